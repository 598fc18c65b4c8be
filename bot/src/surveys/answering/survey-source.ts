import type { Survey } from '@kvalita/core';

/** Where the chat reads surveys from (SurveysRepository in the service). */
export interface SurveyReader {
  get(key: string): Promise<Survey | null>;
  active(): Promise<Survey[]>;
}

/**
 * Keeps surveys for a few seconds, since every card answer and refresh needs its survey and a
 * wave of cards brings many at once. A survey changed in this process (closed through the survey
 * API) is dropped at once through `invalidate`; a change made elsewhere is seen within `ttlMs`.
 * The cache only spares work: whether an answer counts is decided after its write by the wave's
 * seal, read from SharePoint (survey-answering.ts), so a stale copy cannot reopen a closed wave.
 */
export class CachedSurveys implements SurveyReader {
  private readonly byKey = new Map<string, { at: number; survey: Promise<Survey | null> }>();
  private activeCache: { at: number; surveys: Promise<Survey[]> } | null = null;

  constructor(
    private readonly source: SurveyReader,
    private readonly now: () => number = Date.now,
    private readonly ttlMs = 15_000,
  ) {}

  get(key: string): Promise<Survey | null> {
    const cached = this.byKey.get(key);
    if (cached && this.now() - cached.at < this.ttlMs) return cached.survey;
    const survey = this.source.get(key);
    this.byKey.set(key, { at: this.now(), survey });
    // A failed read is not kept: the next turn asks SharePoint again.
    survey.catch(() => this.byKey.delete(key));
    if (this.byKey.size > 500) this.byKey.delete(this.byKey.keys().next().value as string);
    return survey;
  }

  /** Forgets the survey (and the active list), so the next read sees its new status. */
  invalidate(key: string): void {
    this.byKey.delete(key);
    this.activeCache = null;
  }

  active(): Promise<Survey[]> {
    if (this.activeCache && this.now() - this.activeCache.at < this.ttlMs) return this.activeCache.surveys;
    const surveys = this.source.active();
    this.activeCache = { at: this.now(), surveys };
    surveys.catch(() => {
      this.activeCache = null;
    });
    return surveys;
  }
}
