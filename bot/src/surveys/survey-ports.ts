import type { Survey, SurveyDraft, SurveyOutline, SurveyStatus } from '@kvalita/core';

/**
 * What the survey API needs from storage, in the shapes of the SharePoint repositories
 * (SurveysRepository, SurveyResponsesRepository, SurveyDeliveriesRepository, DepartmentsRepository)
 * so they plug in as they are and unit tests can use in-memory stand-ins. Failures are domain errors
 * (the composition root wraps the repositories with `withDomainErrors`).
 */
export interface SurveyStore {
  list(): Promise<Survey[]>;
  get(key: string): Promise<Survey | null>;
  /**
   * The survey and every survey's outline, together (SurveysRepository: one $batch), for the
   * results' distinct-audience rule. A store without it reads outlines as none.
   */
  getWithOutlines?(key: string): Promise<{ survey: Survey; outlines: SurveyOutline[] } | null>;
  create(input: { key: string; draft: SurveyDraft; ownerEmail: string | null }): Promise<Survey>;
  /** A stale etag throws StaleVersionError; a taken key on create, DuplicateKeyError. */
  updateDraft(key: string, draft: SurveyDraft, etag: string): Promise<Survey>;
  setState(key: string, state: { status: SurveyStatus; currentWave: number }, etag: string): Promise<Survey>;
  delete(key: string, etag: string): Promise<void>;
}

/** One stored answer row of a wave and question, without identity. */
export interface StoredAnswer {
  readonly score: number | null;
  readonly choice: string | null;
  readonly text: string | null;
  readonly departmentCode: string | null;
}

export interface AnswerReader {
  /** With `seal`, only the rows written before it. */
  waveAnswers(
    surveyKey: string,
    wave: number,
    questionKey: string,
    seal?: number | null,
  ): Promise<StoredAnswer[]>;
  /** The seals of the waves sealed so far; a store without it never seals (kept in memory). */
  waveSeals?(surveyKey: string, waves: readonly number[]): Promise<ReadonlyMap<number, number>>;
}

export interface DeliveryCounter {
  /** Delivery rows of a wave by state; `kind` 'invitation' counts who was asked (not reminders). */
  countByState(
    surveyKey: string,
    wave: number,
    kind?: 'invitation' | 'reminder',
  ): Promise<Readonly<Record<string, number>>>;
}

/** Which questions' answers to read of one wave. */
export interface WaveSlice {
  readonly wave: number;
  readonly questionKeys: readonly string[];
}

/** One wave as the results read it: each slice question's answers and the planned audience. */
export interface WaveRead {
  readonly answers: StoredAnswer[][];
  /** Invitation rows in every state. */
  readonly invited: number;
  /**
   * Whether the wave's figures are fixed (sealed: only rows written before the seal are in
   * `answers`). A store without seals (kept in memory, written by nobody late) reads true.
   */
  readonly sealed: boolean;
}

/**
 * Seals waves that have ended (SurveyResponsesRepository.sealWaves): each wave gets one seal, the
 * next item ID of the answer list at one moment; only rows before it count. Idempotent.
 */
export interface WaveSealer {
  sealWaves(surveyKey: string, waves: readonly number[]): Promise<ReadonlyMap<number, number>>;
}

/** Everything the results read of a survey's waves, together (SurveyWaveReader: one $batch). */
export interface WaveReader {
  read(surveyKey: string, slices: readonly WaveSlice[]): Promise<WaveRead[]>;
}

export interface DepartmentDirectory {
  list(): Promise<{ readonly code: string; readonly name: string; readonly parentCode: string | null }[]>;
}
