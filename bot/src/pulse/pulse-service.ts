import { isoWeekStart, parsePulseId, weeklyPulseId, type PulseAnswer } from '@kvalita/core';
import type { RecordOutcome, SurveyResponsesRepository } from '@kvalita/sharepoint';
import type { RespondentKeyer } from './respondent-key';

export type PulseOutcome = RecordOutcome | 'closed';

/** Who answers: a stable id from the identity provider, and the department if the directory knows it. */
export interface Respondent {
  readonly personId: string;
  readonly departmentCode: string | null;
}

export const WEEKLY_PULSE_QUESTION = 'weekly-wellbeing';

/** A week's pulse stays open through the following week, for cards answered late. */
const OPEN_DAYS = 14;

export class PulseService {
  constructor(
    private readonly responses: SurveyResponsesRepository,
    private readonly respondentKey: RespondentKeyer,
    private readonly now: () => Date,
  ) {}

  currentPulseId(): string {
    return weeklyPulseId(this.now());
  }

  isOpen(pulseId: string): boolean {
    const week = parsePulseId(pulseId);
    if (week === null) return false;
    const opens = isoWeekStart(week.year, week.week).getTime();
    const now = this.now().getTime();
    return now >= opens && now < opens + OPEN_DAYS * 86_400_000;
  }

  /** Whether this person has answered the pulse (the keyed hash answers without revealing who). */
  hasAnswered(pulseId: string, personId: string): Promise<boolean> {
    return this.responses.hasAnswered(this.respondentKey(pulseId, personId));
  }

  async answer(answer: PulseAnswer, respondent: Respondent): Promise<PulseOutcome> {
    if (!this.isOpen(answer.pulseId)) return 'closed';
    return this.responses.record({
      surveyKey: answer.pulseId,
      questionKey: WEEKLY_PULSE_QUESTION,
      respondentKey: this.respondentKey(answer.pulseId, respondent.personId),
      score: answer.score,
      departmentCode: respondent.departmentCode,
    });
  }
}
