import type { Survey, SurveyStatus } from '@kvalita/core';
import type { AnswerRow, ResponseStore } from '../src/answering/survey-answering';

/** Responses kept in memory with SharePoint's unique RespondentKey: a repeat stores nothing. */
export class MemoryResponses implements ResponseStore {
  readonly rows: (AnswerRow & { surveyKey: string; wave: number })[] = [];

  async recordWave(
    surveyKey: string,
    wave: number,
    rows: readonly AnswerRow[],
  ): Promise<'stored' | 'duplicate'> {
    if (rows.some((row) => this.rows.some((stored) => stored.respondentKey === row.respondentKey)))
      return 'duplicate';
    this.rows.push(...rows.map((row) => ({ ...row, surveyKey, wave })));
    return 'stored';
  }

  async hasAnswered(respondentKey: string): Promise<boolean> {
    return this.rows.some((row) => row.respondentKey === respondentKey);
  }

  async respondentKeys(surveyKey: string, wave: number, questionKey: string): Promise<Set<string>> {
    return new Set(
      this.rows
        .filter((row) => row.surveyKey === surveyKey && row.wave === wave && row.questionKey === questionKey)
        .map((row) => row.respondentKey),
    );
  }
}

export class MemorySurveys {
  private version = 1;
  constructor(readonly surveys: Survey[]) {}

  async get(key: string): Promise<Survey | null> {
    return this.surveys.find((survey) => survey.key === key) ?? null;
  }

  async active(): Promise<Survey[]> {
    return this.surveys.filter((survey) => survey.status === 'scheduled' || survey.status === 'open');
  }

  async setState(
    key: string,
    state: { status: SurveyStatus; currentWave: number },
    etag: string,
  ): Promise<Survey> {
    const index = this.surveys.findIndex((survey) => survey.key === key);
    const current = this.surveys[index];
    if (!current) throw new Error(`no survey ${key}`);
    if (current.etag !== etag) throw new Error('412 stale etag');
    const updated = { ...current, ...state, etag: `"${++this.version}"` };
    this.surveys[index] = updated;
    return updated;
  }
}
