import type { mysteryRulesCs } from './mystery-rules.cs';

/** English texts of mystery shopping's rules and service refusals. */
export const mysteryRulesEn = {
  'mystery.refused.notQualityManager':
    'Only the quality manager prepares and reviews mystery-shopping campaigns.',
  'mystery.refused.notEvaluator': 'This record belongs to another evaluator.',
  'mystery.refused.notResultsReader':
    'Mystery-shopping results are for the quality manager, the director and heads for their own department.',
  'mystery.rule.notInPreparation': 'The campaign is running; its set-up no longer changes.',
  'mystery.rule.notRunning': 'The campaign is not running; records are made only while it runs.',
  'mystery.rule.closed': 'The campaign is closed; its results are final.',
  'mystery.rule.notNow': 'This step cannot be taken on the record now.',
  'mystery.rule.checklistFrozen': 'A running campaign uses this checklist; edit a new version of it.',
  'mystery.rule.checklistSuperseded': 'The checklist has a newer version; the campaign uses that one.',
  'mystery.rule.unanswered':
    'Answer every item ({count} missing); mark what does not apply as “not applicable”.',
  'mystery.rule.personalNames':
    'The notes contain what looks like a name ({names}). Describe staff by role or place, never by name.',
  'mystery.rule.notCounted': 'A finding rests on released evaluations only.',
  'mystery.rule.findingScope':
    'A finding rests on evaluations of the same department and this campaign only.',
  'mystery.rule.recorded':
    'The evaluator has filled in this record; only a planned evaluation can be cancelled.',
  'mystery.campaign.period': 'The campaign ends before it starts.',
  'mystery.campaign.duplicateKey': 'Two service points or two scenarios share a key.',
  'mystery.campaign.servicePointDepartment': 'A service point belongs to a department not in the campaign.',
  'mystery.campaign.quotaDepartment': 'A quota belongs to a department not in the campaign.',
  'mystery.campaign.quotaWithoutServicePoint':
    'A quota names a channel the department has no service point for.',
  'mystery.campaign.checklistMissing': 'Choose a checklist for every channel of the campaign.',
  'mystery.campaign.checklistChannel': 'The chosen checklist is for another channel.',
  'mystery.campaign.scenarioWithoutServicePoint':
    'A scenario has only channels the campaign has no service point for.',
  'mystery.campaign.staffNotInformed':
    'Staff must be told beforehand that mystery shopping will happen: enter the date they were informed (on or before the day the campaign starts).',
  'mystery.campaign.noEvaluators': 'The campaign has no evaluator.',
  'mystery.campaign.noQuota': 'The campaign has no quota of evaluations.',
  'mystery.campaign.nothingToVisit': 'The campaign needs at least one service point and one scenario.',
  'mystery.plan.lockout':
    'Row {row}: this evaluator would return to the same place too soon after the last contact.',
  'mystery.plan.ownDepartment': 'Row {row}: an evaluator may not evaluate their own department.',
  'mystery.plan.notEvaluator': 'Row {row}: this person is not an evaluator of the campaign.',
  'mystery.plan.outsidePeriod': 'Row {row}: the week is outside the campaign’s period.',
  'mystery.plan.unknownServicePoint': 'Row {row}: the campaign has no such service point.',
  'mystery.plan.scenarioChannel': 'Row {row}: the scenario does not fit this place’s channel.',
  'mystery.plan.departmentMismatch': 'Row {row}: the service point belongs to another department.',
  'mystery.invalid.unknownChecklist': 'There is no such checklist.',
  'mystery.invalid.unknownDepartment': 'The office’s directory has no such department.',
  'mystery.invalid.unknownPerson': 'The office’s directory has no such person.',
  'mystery.invalid.unknownDocument': 'There is no such controlled document.',
  'mystery.invalid.unknownEvaluation': 'The campaign has no such evaluation.',
  'mystery.invalid.fileType': 'A record takes photos (JPEG, PNG, WebP) and PDF only.',
  'mystery.invalid.fileTooLarge': 'The file is larger than 10 MB.',
  'mystery.invalid.tooManyFiles': 'A record takes at most 10 files.',
} as const satisfies Record<keyof typeof mysteryRulesCs, string>;
