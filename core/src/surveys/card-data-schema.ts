import { z } from 'zod';
import type { SurveyCardData } from './answers';
import { SURVEY_KEY_PATTERN } from './contract';

/** The survey card's data (which survey wave it belongs to); everything from the client is untrusted. */
export const surveyCardDataSchema: z.ZodType<SurveyCardData, unknown> = z.object({
  surveyKey: z.string().regex(SURVEY_KEY_PATTERN, 'surveyKey must look like srv-abcd1234'),
  wave: z.coerce.number().int().min(1).max(10_000),
});
