import type { cafPhasesCs } from './caf-phases.cs';

/** English strings of the same area, the same keys (checked by the compiler). */
export const cafPhasesEn = {
  'caf.phase.refused.notNextPhase': 'A cycle can only move on to the phase that comes next.',
  'caf.phase.refused.noPreviousPhase':
    'This phase cannot step back: preparation is the first phase, and a closed cycle no longer changes.',
  'caf.phase.refused.emptyTeam':
    'The assessment team has no members. Add its leader and members to the team first.',
  'caf.phase.refused.noLeader': 'The assessment team has no leader. Name the team leader first.',
  'caf.phase.refused.scoresNotSubmitted':
    'These members have not submitted their individual scores yet: {names}. Wait for them, or end individual scoring explicitly.',
  'caf.phase.refused.noConsensus':
    'The team has not agreed a consensus score for any subcriterion yet, so the report would be empty.',
  'caf.phase.refused.reportNotApproved':
    'The director has not approved the self-assessment report yet. The improvement plan and closing the cycle come only after approval.',
  'caf.phase.refused.reportNotWaiting': 'The self-assessment report is not waiting for approval now.',
  'caf.phase.refused.reportAlreadyApproved': 'The self-assessment report is already approved.',

  'tab.caf.phase.effect.scoring':
    'Team members start scoring, each on their own. The team can still change, but scoring is under way.',
  'tab.caf.phase.effect.consensus':
    'Individual scoring ends: whoever has not submitted will not score any more. The team leader sees the submitted scores and leads the consensus.',
  'tab.caf.phase.effect.report':
    'The consensus closes and the self-assessment report waits for the director’s approval; the director is told in chat.',
  'tab.caf.phase.effect.improvement':
    'With the report approved, the improvement plan starts: measures for the areas for improvement.',
  'tab.caf.phase.effect.closed': 'The cycle closes and becomes read-only. This cannot be undone.',
  'tab.caf.phase.confirmTitle': 'Move the cycle to {status}?',
  'tab.caf.phase.confirm': 'Yes, move on',
  'tab.caf.phase.endScoringTitle': 'End individual scoring?',
  'tab.caf.phase.missing': 'Not submitted yet: {names}.',
  'tab.caf.phase.endScoringWarning':
    'If you end scoring, their unsubmitted scores will not count in the consensus. Ending it is recorded in the cycle’s history with their names.',
  'tab.caf.phase.endScoring': 'End individual scoring',
  'tab.caf.phase.stepBack': 'Step back to: {status}',
  'tab.caf.phase.stepBackTitle': 'Step the cycle back to {status}?',
  'tab.caf.phase.stepBackEffect':
    'The cycle goes back one phase. The reason is recorded in the cycle’s history.',
  'tab.caf.phase.stepBackWithdraws':
    'This withdraws the report’s approval; the director will approve it again.',
  'tab.caf.phase.reason': 'Reason',
  'tab.caf.phase.reasonRequired': 'Write a reason.',
  'tab.caf.phase.stepBackConfirm': 'Step back',
  'tab.caf.report.approveTitle': 'Approve the self-assessment report?',
  'tab.caf.report.approveEffect':
    'Approving issues the report on behalf of the office. The cycle can then go on to the improvement plan; the team leader is told in chat.',
  'tab.caf.report.comment': 'Comment (optional)',
  'tab.caf.report.approveConfirm': 'Approve',
  'tab.caf.report.return': 'Return for rework',
  'tab.caf.report.returnTitle': 'Return the report for rework?',
  'tab.caf.report.returnEffect':
    'The cycle goes back to Consensus so the team can rework the report. The team leader gets your reason in chat.',
  'tab.caf.report.returnConfirm': 'Return for rework',
  'tab.caf.history.heading': 'Cycle history',
  'tab.caf.history.empty': 'The cycle has not changed phase yet.',
  'tab.caf.history.moved': '{date} – {name} moved the cycle from {from} to {to}.',
  'tab.caf.history.endedScoring':
    '{date} – {name} ended individual scoring and moved the cycle to {to}. Not submitted: {names}.',
  'tab.caf.history.steppedBack': '{date} – {name} stepped the cycle back from {from} to {to}.',
  'tab.caf.history.approved': '{date} – {name} approved the self-assessment report.',
  'tab.caf.history.returned': '{date} – {name} returned the report for rework.',
  'tab.caf.history.reason': 'Reason: {text}',
  'tab.caf.history.comment': 'Comment: {text}',

  'bot.caf.approval.title': 'A self-assessment report waits for your approval',
  'bot.caf.approval.text':
    'The assessment team has finished the consensus of “{cycle}”. Read the report and approve it, or return it for rework.',
  'bot.caf.approved.title': 'The self-assessment report is approved',
  'bot.caf.approved.text':
    '{name} approved the report of “{cycle}”. The cycle can go on to the improvement plan.',
  'bot.caf.returned.title': 'The self-assessment report was returned for rework',
  'bot.caf.returned.text':
    '{name} returned the report of “{cycle}” for rework. The cycle is back in Consensus.',
  'bot.caf.card.reason': 'Reason',
  'bot.caf.card.comment': 'Comment',
  'bot.caf.card.open': 'Open the cycle’s results',
  'bot.caf.card.where': 'The report is in the Kvalita app, CAF tab, cycle “{cycle}”, Results page.',
} as const satisfies Record<keyof typeof cafPhasesCs, string>;
