import {
  SURVEY_KEY_PATTERN,
  SURVEY_TEMPLATES,
  defaultFirstWave,
  lastWaveNumber,
  mayAuthorSurveys,
  mayReadSurveys,
  newSurveyKey,
  surveyFromTemplate,
  waveOf,
  type AdaptiveCardJson,
  type CreateSurveyRequest,
  type Locale,
  type PreviewSurveyRequest,
  type Role,
  type Survey,
  type SurveyDetail,
  type SurveyDraft,
  type SurveyOutline,
  type SurveyStepRequest,
  type SurveySummary,
  type SurveyTemplateOption,
  type SurveyWave,
  type UpdateSurveyRequest,
  DomainError,
  DuplicateKeyError,
  StaleVersionError,
} from '@kvalita/core';
import type { Identity } from '../platform/auth/identity';
import type { DepartmentDirectory, SurveyStore, WaveSealer } from './survey-ports';
import { liveWaves, openedWaves } from './survey-waves';

/** The survey the preview card shows: the draft under a placeholder key (no survey is stored). */
export type PreviewSurvey = Pick<Survey, 'key' | 'title' | 'introduction' | 'questions'>;
export type PreviewCard = (locale: Locale, survey: PreviewSurvey, wave: SurveyWave) => AdaptiveCardJson;

export interface SurveyServiceDeps {
  readonly surveys: SurveyStore;
  readonly departments: DepartmentDirectory;
  /** The card the bot sends for a wave (bot/src/surveys/cards/survey-card.ts). */
  readonly previewCard: PreviewCard;
  readonly now: () => Date;
  /** [0, 1): where new survey keys come from (crypto-backed in the service). */
  readonly random: () => number;
  /**
   * Told after a survey's status changed by hand (closed), so the chat's survey cache forgets it at
   * once and a closed survey takes no further answer.
   */
  readonly onSurveyChanged?: (key: string) => void;
  /**
   * Deletes a wave's reminder rows (they name exactly who had not answered). The scheduler does it
   * when a wave closes on time; a survey closed by hand is no longer the scheduler's, so close does.
   */
  readonly removeReminders?: (surveyKey: string, wave: number) => Promise<number>;
  /** Seals the waves a close ends, so answers written afterwards never count (survey-answering.ts). */
  readonly seals?: WaveSealer;
}

const PREVIEW_KEY = 'srv-preview0';

/**
 * Authoring and lifecycle of surveys (docs/api-surveys.md): who may do what, in which status, with
 * which etag. Bodies arrive parsed with the contract's schemas (survey-api.ts).
 */
export class SurveyService {
  constructor(private readonly deps: SurveyServiceDeps) {}

  async list(identity: Identity): Promise<SurveySummary[]> {
    requireRole(identity, mayReadSurveys);
    const surveys = await this.deps.surveys.list();
    const now = this.deps.now();
    return [...surveys]
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.key.localeCompare(a.key))
      .map((survey) => summaryOf(survey, now));
  }

  templates(identity: Identity): SurveyTemplateOption[] {
    requireRole(identity, mayAuthorSurveys);
    const opensAt = defaultFirstWave(this.deps.now());
    return SURVEY_TEMPLATES.map((template) => ({
      id: template.id,
      name: template.name,
      description: template.description,
      draft: surveyFromTemplate(template.id, opensAt),
    }));
  }

  async detail(identity: Identity, key: string): Promise<SurveyDetail> {
    requireRole(identity, mayReadSurveys);
    const survey = await this.find(key);
    return { survey, waves: wavesToShow(survey, this.deps.now()) };
  }

  /**
   * A survey whose results are read, with every survey's outline for the distinct-audience rule:
   * one read where the store can (the same role as reading the survey).
   */
  async forResults(identity: Identity, key: string): Promise<{ survey: Survey; outlines: SurveyOutline[] }> {
    requireRole(identity, mayReadSurveys);
    if (!this.deps.surveys.getWithOutlines) return { survey: await this.find(key), outlines: [] };
    if (!SURVEY_KEY_PATTERN.test(key)) throw new DomainError('notFound');
    const found = await this.deps.surveys.getWithOutlines(key);
    if (!found) throw new DomainError('notFound');
    return found;
  }

  async create(identity: Identity, { draft }: CreateSurveyRequest): Promise<Survey> {
    requireRole(identity, mayAuthorSurveys);
    await this.checkAudience(draft);
    // A clash of random keys is unlikely (36^8) but harmless: try another.
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.deps.surveys.create({
          key: newSurveyKey(this.deps.random),
          draft,
          ownerEmail: identity.email,
        });
      } catch (error) {
        if (!(error instanceof DuplicateKeyError) || attempt >= 2) throw error;
      }
    }
  }

  async update(identity: Identity, key: string, { draft, etag }: UpdateSurveyRequest): Promise<Survey> {
    requireRole(identity, mayAuthorSurveys);
    const survey = await this.find(key);
    requireStatus(survey, ['draft'], 'only a draft can be edited');
    await this.checkAudience(draft);
    return this.deps.surveys.updateDraft(key, draft, etag);
  }

  async publish(identity: Identity, key: string, { etag }: SurveyStepRequest): Promise<Survey> {
    requireRole(identity, mayAuthorSurveys);
    const survey = await this.find(key);
    requireStatus(survey, ['draft'], 'only a draft can be published');
    const last = lastWaveNumber(survey.schedule);
    if (last !== null && Date.parse(waveOf(survey.schedule, last).closesAt) <= this.deps.now().getTime())
      throw new DomainError('badRequest', {
        details: 'schedule.endsAt: every wave of this schedule has already closed',
      });
    // An opensAt in the past is fine: the scheduler opens wave 1 on its next run.
    return this.deps.surveys.setState(key, { status: 'scheduled', currentWave: 0 }, etag);
  }

  async close(identity: Identity, key: string, { etag }: SurveyStepRequest): Promise<Survey> {
    requireRole(identity, mayAuthorSurveys);
    const survey = await this.find(key);
    requireStatus(survey, ['scheduled', 'open'], 'only a scheduled or open survey can be closed');
    // The chat takes answers from the moment the schedule opens a wave, before the scheduler has
    // recorded it: a close keeps every wave opened by then, so no answer given in one is dropped.
    const waves = openedWaves(survey, this.deps.now()).map((wave) => wave.number);
    // A stale etag is refused first, sealing nothing. The waves are sealed before the status
    // changes, so a survey recorded as closed has its waves sealed: from the seal on, an answer
    // another instance accepts from its cache does not count.
    if (survey.etag !== etag) throw new StaleVersionError();
    await this.deps.seals?.sealWaves(key, waves);
    const closed = await this.deps.surveys.setState(
      key,
      { status: 'closed', currentWave: waves.length },
      etag,
    );
    this.deps.onSurveyChanged?.(key);
    if (survey.currentWave > 0) await this.deps.removeReminders?.(key, survey.currentWave);
    return closed;
  }

  async remove(identity: Identity, key: string, etag: string): Promise<void> {
    requireRole(identity, mayAuthorSurveys);
    const survey = await this.find(key);
    requireStatus(survey, ['draft'], 'only a draft can be deleted; close a published survey instead');
    await this.deps.surveys.delete(key, etag);
  }

  /** The card wave 1 would bring, from an unsaved draft. */
  async preview(identity: Identity, { draft, locale }: PreviewSurveyRequest): Promise<AdaptiveCardJson> {
    requireRole(identity, mayAuthorSurveys);
    return this.deps.previewCard(
      locale,
      { key: PREVIEW_KEY, title: draft.title, introduction: draft.introduction, questions: draft.questions },
      waveOf(draft.schedule, 1),
    );
  }

  /** A survey by key; a malformed key is simply not found (nothing is queried with it). */
  async find(key: string): Promise<Survey> {
    if (!SURVEY_KEY_PATTERN.test(key)) throw new DomainError('notFound');
    const survey = await this.deps.surveys.get(key);
    if (!survey) throw new DomainError('notFound');
    return survey;
  }

  private async checkAudience(draft: SurveyDraft): Promise<void> {
    if (draft.audience.kind !== 'departments') return;
    const known = new Set((await this.deps.departments.list()).map((department) => department.code));
    const unknown = draft.audience.departmentCodes.filter((code) => !known.has(code));
    if (unknown.length > 0)
      throw new DomainError('badRequest', {
        details: `draft.audience.departmentCodes: unknown department ${unknown.join(', ')}`,
      });
  }
}

/** Refuses (403) whoever core's survey rule (mayAuthorSurveys, mayReadSurveys) does not let in. */
export function requireRole(identity: Identity, may: (roles: readonly Role[]) => boolean): void {
  if (!may(identity.roles)) throw new DomainError('forbidden');
}

function requireStatus(survey: Survey, allowed: readonly Survey['status'][], details: string): void {
  if (!allowed.includes(survey.status)) throw new DomainError('conflict', { details });
}

/** Waves opened so far, plus the next one to open, if any. */
function wavesToShow(survey: Survey, now: Date): SurveyWave[] {
  const opened = openedWaves(survey, now);
  if (survey.status === 'closed') return opened;
  const last = lastWaveNumber(survey.schedule);
  const next = opened.length + 1;
  return last !== null && next > last ? opened : [...opened, waveOf(survey.schedule, next)];
}

export function summaryOf(survey: Survey, now: Date): SurveySummary {
  return {
    key: survey.key,
    title: survey.title,
    status: survey.status,
    recurrence: survey.schedule.recurrence,
    questionCount: survey.questions.length,
    currentWave: survey.currentWave,
    ...liveWaves(survey, now),
    evidenceFor: survey.evidenceFor,
    etag: survey.etag,
  };
}
