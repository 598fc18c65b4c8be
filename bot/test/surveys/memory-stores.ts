import type { Survey, SurveyStatus } from '@kvalita/core';
import type { AnswerRow } from '@kvalita/sharepoint';
import type { ResponseStore } from '../../src/surveys/answering/survey-answering';

/**
 * Responses kept in memory with SharePoint's unique RespondentKey: a repeat stores nothing, a
 * retry of a half-written submit adds the rows still missing (as recordWave's $batch does).
 */
export class MemoryResponses implements ResponseStore {
  readonly rows: (AnswerRow & { surveyKey: string; wave: number })[] = [];

  async recordWave(
    surveyKey: string,
    wave: number,
    rows: readonly AnswerRow[],
  ): Promise<'stored' | 'duplicate'> {
    const missing = rows.filter(
      (row) => !this.rows.some((stored) => stored.respondentKey === row.respondentKey),
    );
    this.rows.push(...missing.map((row) => ({ ...row, surveyKey, wave })));
    return missing.length > 0 ? 'stored' : 'duplicate';
  }

  async answeredKeys(respondentKeys: readonly string[]): Promise<Set<string>> {
    const wanted = new Set(respondentKeys);
    return new Set(this.rows.map((row) => row.respondentKey).filter((key) => wanted.has(key)));
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
