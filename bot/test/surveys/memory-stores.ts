import type { Survey, SurveyStatus } from '@kvalita/core';
import type { AnswerRow } from '@kvalita/sharepoint';
import type { ResponseStore } from '../../src/surveys/answering/survey-answering';

/**
 * Responses kept in memory with SharePoint's unique RespondentKey: a repeat stores nothing, a
 * retry of a half-written submit adds the rows still missing (as recordWave's $batch does).
 */
export class MemoryResponses implements ResponseStore {
  readonly rows: (AnswerRow & { surveyKey: string; wave: number; id: number })[] = [];
  /** Seals by `${surveyKey}#${wave}`: an ID taken from the same sequence as the rows'. */
  readonly seals = new Map<string, number>();
  private lastId = 0;

  async recordWave(
    surveyKey: string,
    wave: number,
    rows: readonly AnswerRow[],
  ): Promise<'stored' | 'duplicate'> {
    return (await this.recordAnswer(surveyKey, wave, rows)).outcome;
  }

  async recordAnswer(surveyKey: string, wave: number, rows: readonly AnswerRow[]) {
    const missing = rows.filter(
      (row) => !this.rows.some((stored) => stored.respondentKey === row.respondentKey),
    );
    const added = missing.map((row) => ({ ...row, surveyKey, wave, id: ++this.lastId }));
    this.rows.push(...added);
    return {
      outcome: added.length > 0 ? ('stored' as const) : ('duplicate' as const),
      ids: added.map((row) => row.id),
    };
  }

  async sealWaves(surveyKey: string, waves: readonly number[]): Promise<Map<number, number>> {
    for (const wave of waves)
      if (!this.seals.has(`${surveyKey}#${wave}`)) this.seals.set(`${surveyKey}#${wave}`, ++this.lastId);
    return this.waveSeals(surveyKey, waves);
  }

  async waveSeals(surveyKey: string, waves: readonly number[]): Promise<Map<number, number>> {
    return new Map(
      waves.flatMap((wave) => {
        const seal = this.seals.get(`${surveyKey}#${wave}`);
        return seal === undefined ? [] : [[wave, seal] as const];
      }),
    );
  }

  async removeRows(ids: readonly number[]): Promise<void> {
    const gone = new Set(ids);
    for (let index = this.rows.length - 1; index >= 0; index -= 1)
      if (gone.has(this.rows[index]?.id ?? -1)) this.rows.splice(index, 1);
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
