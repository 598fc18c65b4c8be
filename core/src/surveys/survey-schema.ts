import { z } from 'zod';
import { etagSchema } from '../platform/etag-schema';
import {
  CHOICE_TYPES,
  MAX_WAVE_DAYS,
  QUESTION_KEY_PATTERN,
  QUESTION_TYPES,
  RECURRENCES,
  SURVEY_EVIDENCE_SUBCRITERIA,
  SURVEY_LIMITS,
  TEMPLATE_IDS,
  type CreateSurveyRequest,
  type PreviewSurveyRequest,
  type SurveyDraft,
  type SurveyStepRequest,
  type UpdateSurveyRequest,
} from './contract';

/*
 * The survey API's request bodies (docs/api-surveys.md) with every rule the service relies on; the
 * tab's authoring form repeats these rules field by field (draftForm.ts) so each message appears
 * beside its field, with the limits of the contract.
 */

const text = (max: number) => z.string().trim().max(max);
const bilingual = (max: number, czechRequired: boolean) =>
  z.strictObject({ cs: czechRequired ? text(max).min(1) : text(max), en: text(max) });
const isoDateTime = z.iso.datetime({ offset: true });

const questionSchema = z.strictObject({
  key: z.string().regex(QUESTION_KEY_PATTERN, 'question keys are short lowercase words like q1'),
  type: z.enum(QUESTION_TYPES),
  text: bilingual(SURVEY_LIMITS.questionText, true),
  options: z.strictObject({
    cs: z.array(text(SURVEY_LIMITS.option).min(1)).max(SURVEY_LIMITS.maxOptions),
    en: z.array(text(SURVEY_LIMITS.option)).max(SURVEY_LIMITS.maxOptions),
  }),
});

const audienceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('office') }),
  z.strictObject({
    kind: z.literal('departments'),
    departmentCodes: z
      .array(z.string().trim().min(1).max(SURVEY_LIMITS.departmentCode))
      .min(1)
      .max(SURVEY_LIMITS.maxDepartments),
  }),
]);

const scheduleSchema = z.strictObject({
  recurrence: z.enum(RECURRENCES),
  opensAt: isoDateTime,
  waveDays: z.number().int().min(1).max(SURVEY_LIMITS.maxWaveDays),
  endsAt: isoDateTime.nullable(),
  reminderAfterDays: z.number().int().min(1).max(SURVEY_LIMITS.maxWaveDays).nullable(),
});

/**
 * A survey draft from the authoring form, with every rule the service relies on. Issues carry
 * paths (e.g. ["questions", 1, "options", "en"]) so the tab can show each message by its field.
 */
export const surveyDraftSchema: z.ZodType<SurveyDraft> = z
  .strictObject({
    title: bilingual(SURVEY_LIMITS.title, true),
    introduction: bilingual(SURVEY_LIMITS.introduction, false),
    template: z.enum(TEMPLATE_IDS).nullable(),
    questions: z.array(questionSchema).min(SURVEY_LIMITS.minQuestions).max(SURVEY_LIMITS.maxQuestions),
    audience: audienceSchema,
    schedule: scheduleSchema,
    evidenceFor: z.array(z.enum(SURVEY_EVIDENCE_SUBCRITERIA)).max(SURVEY_EVIDENCE_SUBCRITERIA.length),
  })
  .superRefine((draft, context) => {
    const seen = new Set<string>();
    draft.questions.forEach((question, index) => {
      if (seen.has(question.key))
        context.addIssue({
          code: 'custom',
          path: ['questions', index, 'key'],
          message: 'question keys must be unique',
        });
      seen.add(question.key);
      const { cs, en } = question.options;
      if (CHOICE_TYPES.includes(question.type)) {
        if (cs.length < SURVEY_LIMITS.minOptions)
          context.addIssue({
            code: 'custom',
            path: ['questions', index, 'options', 'cs'],
            message: `a choice question needs ${SURVEY_LIMITS.minOptions} to ${SURVEY_LIMITS.maxOptions} options`,
          });
        if (en.length !== 0 && en.length !== cs.length)
          context.addIssue({
            code: 'custom',
            path: ['questions', index, 'options', 'en'],
            message: 'English options must match the Czech ones in number and order (or be left empty)',
          });
        if (new Set(cs).size !== cs.length)
          context.addIssue({
            code: 'custom',
            path: ['questions', index, 'options', 'cs'],
            message: 'options must differ from each other',
          });
      } else if (cs.length > 0 || en.length > 0) {
        context.addIssue({
          code: 'custom',
          path: ['questions', index, 'options'],
          message: 'only choice questions have options',
        });
      }
    });
    if (
      draft.audience.kind === 'departments' &&
      new Set(draft.audience.departmentCodes).size !== draft.audience.departmentCodes.length
    )
      context.addIssue({
        code: 'custom',
        path: ['audience', 'departmentCodes'],
        message: 'departments are listed twice',
      });
    if (new Set(draft.evidenceFor).size !== draft.evidenceFor.length)
      context.addIssue({ code: 'custom', path: ['evidenceFor'], message: 'subcriteria are listed twice' });
    const { schedule } = draft;
    const maxDays = MAX_WAVE_DAYS[schedule.recurrence];
    if (schedule.waveDays > maxDays)
      context.addIssue({
        code: 'custom',
        path: ['schedule', 'waveDays'],
        message: `a ${schedule.recurrence} wave lasts at most ${maxDays} days`,
      });
    if (schedule.reminderAfterDays !== null && schedule.reminderAfterDays >= schedule.waveDays)
      context.addIssue({
        code: 'custom',
        path: ['schedule', 'reminderAfterDays'],
        message: 'the reminder must come before the wave closes',
      });
    if (schedule.endsAt !== null && Date.parse(schedule.endsAt) <= Date.parse(schedule.opensAt))
      context.addIssue({
        code: 'custom',
        path: ['schedule', 'endsAt'],
        message: 'the end must come after the first wave opens',
      });
  });

/** The survey row's etag, as every survey write sends it (PUT and step bodies, DELETE's ?etag=). */
export const surveyEtagSchema = etagSchema;

export const createSurveyBodySchema: z.ZodType<CreateSurveyRequest> = z.strictObject({
  draft: surveyDraftSchema,
});
export const updateSurveyBodySchema: z.ZodType<UpdateSurveyRequest> = z.strictObject({
  draft: surveyDraftSchema,
  etag: surveyEtagSchema,
});
export const surveyStepBodySchema: z.ZodType<SurveyStepRequest> = z.strictObject({ etag: surveyEtagSchema });
export const previewSurveyBodySchema: z.ZodType<PreviewSurveyRequest> = z.strictObject({
  draft: surveyDraftSchema,
  locale: z.enum(['cs', 'en']),
});
