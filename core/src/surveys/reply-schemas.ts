import * as z from 'zod/mini';
import { orNull, type AllTrue, type Reads } from '../platform/reply-schema';
import {
  QUESTION_TYPES,
  RECURRENCES,
  SURVEY_EVIDENCE_SUBCRITERIA,
  SURVEY_STATUSES,
  TEMPLATE_IDS,
  type PreviewCardReply,
  type Survey,
  type SurveyDetail,
  type SurveyDraft,
  type SurveyEvidenceReply,
  type SurveyListReply,
  type SurveyReply,
  type SurveyResults,
  type SurveyTemplatesReply,
  type SurveyWave,
} from './contract';

/*
 * The survey replies of contract.ts, checked at run time: the tab reads every answer with them (in
 * the survey pages' chunk, not at start) and the API tests check the service's answers against
 * them. Shapes and codes only (the draft's rules are survey-schema.ts's, for what the tab sends);
 * a field the contract says may be null may also be left out.
 */

const bilingualSchema = z.object({ cs: z.string(), en: z.string() });
const optionTextsSchema = z.object({ cs: z.array(z.string()), en: z.array(z.string()) });
const questionTypeSchema = z.enum(QUESTION_TYPES);
const subcriteriaSchema = z.array(z.enum(SURVEY_EVIDENCE_SUBCRITERIA));

const draftShape = {
  title: bilingualSchema,
  introduction: bilingualSchema,
  template: orNull(z.enum(TEMPLATE_IDS)),
  questions: z.array(
    z.object({
      key: z.string(),
      type: questionTypeSchema,
      text: bilingualSchema,
      options: optionTextsSchema,
    }),
  ),
  audience: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('office') }),
    z.object({ kind: z.literal('departments'), departmentCodes: z.array(z.string()) }),
  ]),
  schedule: z.object({
    recurrence: z.enum(RECURRENCES),
    opensAt: z.string(),
    waveDays: z.number(),
    endsAt: z.nullable(z.string()),
    reminderAfterDays: z.nullable(z.number()),
  }),
  evidenceFor: subcriteriaSchema,
};

const draftSchema = z.object(draftShape);

export const surveySchema = z.object({
  ...draftShape,
  key: z.string(),
  status: z.enum(SURVEY_STATUSES),
  currentWave: z.number(),
  ownerEmail: orNull(z.string()),
  createdAt: z.string(),
  etag: z.string(),
});

export const surveyReplySchema = z.object({ survey: surveySchema });

export const surveyWaveSchema = z.object({
  number: z.number(),
  opensAt: z.string(),
  closesAt: z.string(),
  remindAt: orNull(z.string()),
});

export const surveyListReplySchema = z.object({
  surveys: z.array(
    z.object({
      key: z.string(),
      title: bilingualSchema,
      status: z.enum(SURVEY_STATUSES),
      recurrence: z.enum(RECURRENCES),
      questionCount: z.number(),
      currentWave: z.number(),
      openWave: orNull(surveyWaveSchema),
      nextWave: orNull(surveyWaveSchema),
      evidenceFor: subcriteriaSchema,
      etag: z.string(),
    }),
  ),
});

export const surveyTemplatesReplySchema = z.object({
  templates: z.array(
    z.object({
      id: z.enum(TEMPLATE_IDS),
      name: bilingualSchema,
      description: bilingualSchema,
      draft: draftSchema,
    }),
  ),
});

export const surveyDetailSchema = z.object({ survey: surveySchema, waves: z.array(surveyWaveSchema) });

export const previewCardReplySchema = z.object({
  card: z.looseObject({ type: z.literal('AdaptiveCard') }),
});

const waveResultSchema = z.object({
  wave: surveyWaveSchema,
  invited: z.number(),
  respondents: z.number(),
  respondentsRounded: z.boolean(),
  responseRate: orNull(z.number()),
  inProgress: z.boolean(),
  hidden: z.boolean(),
  questions: z.array(
    z.object({
      key: z.string(),
      type: questionTypeSchema,
      text: bilingualSchema,
      distribution: orNull(z.record(z.string(), z.number())),
      average: orNull(z.number()),
      enps: orNull(
        z.object({ score: z.number(), promoters: z.number(), passives: z.number(), detractors: z.number() }),
      ),
      optionCounts: orNull(z.array(z.number())),
      optionTexts: optionTextsSchema,
      texts: orNull(z.array(z.string())),
      answered: orNull(z.number()),
    }),
  ),
  departments: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      hidden: z.boolean(),
      respondents: orNull(z.number()),
      questions: z.array(
        z.object({ key: z.string(), average: orNull(z.number()), enps: orNull(z.number()) }),
      ),
    }),
  ),
  differencing: orNull(
    z.object({ scope: z.enum(['wave', 'departments']), surveyKey: z.string(), title: bilingualSchema }),
  ),
});

export const surveyResultsSchema = z.object({
  surveyKey: z.string(),
  title: bilingualSchema,
  threshold: z.number(),
  textThreshold: z.number(),
  waves: z.array(waveResultSchema),
  trends: z.array(
    z.object({
      key: z.string(),
      type: questionTypeSchema,
      text: bilingualSchema,
      points: z.array(
        z.object({
          wave: z.number(),
          opensAt: z.string(),
          average: orNull(z.number()),
          enps: orNull(z.number()),
        }),
      ),
    }),
  ),
});

export const surveyEvidenceReplySchema = z.object({
  evidence: z.array(
    z.object({
      surveyKey: z.string(),
      title: bilingualSchema,
      subcriteria: subcriteriaSchema,
      waves: z.number(),
      lastWaveOpensAt: z.string(),
    }),
  ),
});

type _SurveyReplies = AllTrue<
  [
    Reads<typeof draftSchema, SurveyDraft>,
    Reads<typeof surveySchema, Survey>,
    Reads<typeof surveyReplySchema, SurveyReply>,
    Reads<typeof surveyWaveSchema, SurveyWave>,
    Reads<typeof surveyListReplySchema, SurveyListReply>,
    Reads<typeof surveyTemplatesReplySchema, SurveyTemplatesReply>,
    Reads<typeof surveyDetailSchema, SurveyDetail>,
    Reads<typeof previewCardReplySchema, PreviewCardReply>,
    Reads<typeof surveyResultsSchema, SurveyResults>,
    Reads<typeof surveyEvidenceReplySchema, SurveyEvidenceReply>,
  ]
>;
