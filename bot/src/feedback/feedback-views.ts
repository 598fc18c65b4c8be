import type {
  CompetencyModel,
  CompetencyModelSummary,
  FeedbackCycle,
  FeedbackCycleSummary,
  FeedbackSubject,
  Nomination,
  StoredFeedbackCycle,
  StoredNomination,
  StoredSubject,
} from '@kvalita/core';

/*
 * The contract's shapes of what storage keeps: the e-mails storage needs for its indexes (the
 * coordinator's, a subject's and their manager's, a rater's) stay in the service; replies carry
 * people as PersonRef only.
 */

export function cycleOf(stored: StoredFeedbackCycle): FeedbackCycle {
  const { coordinatorEmail: _coordinator, ...cycle } = stored;
  return cycle;
}

export function cycleSummaryOf(cycle: StoredFeedbackCycle): FeedbackCycleSummary {
  return {
    id: cycle.id,
    name: cycle.name,
    phase: cycle.phase,
    modelName: cycle.modelName,
    subjectCount: cycle.subjectCount,
    ratingDeadline: cycle.ratingDeadline,
    coordinator: cycle.coordinator,
  };
}

export function subjectOf(stored: StoredSubject): FeedbackSubject {
  const { email: _email, managerEmail: _manager, ...subject } = stored;
  return subject;
}

export function nominationOf(stored: StoredNomination): Nomination {
  return {
    id: stored.id,
    rater: stored.rater,
    group: stored.group,
    state: stored.state,
    source: stored.source,
    declineReason: stored.declineReason,
  };
}

/** Newest version of each model first (by name), then the older versions, newest first. */
export function modelSummariesOf(models: readonly CompetencyModel[]): CompetencyModelSummary[] {
  const latest = new Map<string, number>();
  for (const model of models)
    latest.set(model.modelKey, Math.max(latest.get(model.modelKey) ?? 0, model.version));
  const summaries = models.map((model): CompetencyModelSummary => {
    const competencies = model.groups.flatMap((group) => group.competencies);
    return {
      id: model.id,
      modelKey: model.modelKey,
      version: model.version,
      name: model.name,
      frozen: model.frozen,
      competencies: competencies.length,
      behaviours: competencies.reduce((sum, competency) => sum + competency.behaviours.length, 0),
      latest: latest.get(model.modelKey) === model.version,
      modifiedAt: model.modifiedAt,
    };
  });
  return summaries.sort(
    (a, b) =>
      Number(b.latest) - Number(a.latest) ||
      (a.latest ? a.name.localeCompare(b.name, 'cs') : 0) ||
      a.modelKey.localeCompare(b.modelKey) ||
      b.version - a.version,
  );
}
