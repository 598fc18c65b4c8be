import { describe, expect, it } from '@jest/globals';
import { createSurveyBodySchema, previewSurveyBodySchema, surveyEtagSchema } from '@kvalita/core/schemas';
import { parseBody } from '../../src/platform/http/parse-body';
import { sampleDraft } from './fakes';

/** What the survey router does with a body before SurveyService sees it (as a promise, like a request). */
const parsed = async (schema: Parameters<typeof parseBody>[0], body: unknown) => parseBody(schema, body);

describe('survey request bodies', () => {
  it('refuses unknown fields and wrong types, naming the field', async () => {
    await expect(parsed(createSurveyBodySchema, { draft: sampleDraft(), extra: 1 })).rejects.toMatchObject({
      code: 'badRequest',
    });
    await expect(
      parsed(createSurveyBodySchema, { draft: { ...sampleDraft(), title: { cs: 7, en: '' } } }),
    ).rejects.toMatchObject({
      code: 'badRequest',
      params: { details: expect.stringContaining('draft.title.cs') },
    });
  });

  it('needs the etag to delete a draft', async () => {
    await expect(parsed(surveyEtagSchema, undefined)).rejects.toMatchObject({
      code: 'badRequest',
    });
  });

  it('previews in Czech or English only', async () => {
    await expect(
      parsed(previewSurveyBodySchema, { draft: sampleDraft(), locale: 'de' }),
    ).rejects.toMatchObject({
      code: 'badRequest',
    });
  });
});
