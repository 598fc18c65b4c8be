import type { feedbackRulesCs } from './feedback-rules.cs';

/** English texts of why 360° feedback's service refused a step. */
export const feedbackRulesEn = {
  'feedback.refused.notCoordinator':
    'Competency models and 360° feedback cycles are run by the quality manager or the HR coordinator.',
  'feedback.refused.notSubject': 'Raters are proposed by the person being rated in the cycle.',
  'feedback.refused.notManager':
    'The list of raters is approved or changed by the subject’s manager or the cycle’s coordinator.',
  'feedback.refused.notRater': 'You were not asked for feedback on this person in this cycle.',
  'feedback.refused.notReportReader':
    'A 360° feedback report is read only by the person rated and their manager.',
  'feedback.refused.notReleased': 'The 360° feedback reports have not been released yet.',
  'feedback.refused.organisationView':
    'The office view is for the coordinators, the director, and heads of department for their own departments.',
  'feedback.rule.notInPhase': 'This step is not possible in the cycle’s current phase.',
  'feedback.rule.cycleClosed': 'The feedback cycle is closed and no longer takes answers. Thank you.',
  'feedback.rule.notNextPhase': 'A cycle moves on one phase at a time.',
  'feedback.rule.modelFrozen':
    'A cycle uses this version of the model, so it cannot be changed. Make a new version.',
  'feedback.rule.deadlineOrder':
    'The deadlines must follow one another: nominations, then approval, then answers.',
  'feedback.rule.deadlinePast': 'The deadline for answers may not be in the past.',
  'feedback.rule.noSubjects': 'Choose the people or departments the cycle is for.',
  'feedback.rule.ruleOrder': 'A group’s least number of raters may not exceed its greatest.',
  'feedback.rule.tooManySubjects':
    'The people and departments chosen make more subjects than one cycle holds.',
  'feedback.rule.onlyDeadlines': 'Once the cycle has started, only its deadlines can change.',
  'feedback.rule.nominationState': 'The list of raters has changed state meanwhile. Reload it.',
  'feedback.rule.alreadyAnswered': 'You have already answered this form, so it can no longer be declined.',
  'feedback.rule.alreadyDeclined': 'You have already declined this request for feedback.',
  'feedback.rule.selfDecline': 'The self-assessment cannot be declined.',
  'feedback.rule.notReleased': 'The reports of this cycle have not been released yet.',
  'feedback.invalid.unknownPerson': 'The person named is not in the office directory.',
  'feedback.invalid.unknownDepartment': 'The department named is not in the office directory.',
  'feedback.invalid.unknownModel': 'The competency model named does not exist.',
  'feedback.invalid.unknownCompetency': 'The competency named is not in the cycle’s model.',
  'feedback.invalid.unknownMeasure': 'The measure named is not in the register.',
  'feedback.invalid.releaseUnconfirmed':
    'Before releasing, confirm that the results are development feedback, not an appraisal for pay.',
  'feedback.invalid.importFile':
    'The file cannot be read: it must be an .xlsx workbook with the sheets Scale and Competencies as the model export makes it.',
  'feedback.invalid.importRows': 'Some rows of the workbook are not right; nothing was stored.',
  'feedback.invalid.ratingShape':
    'The answer does not match the cycle’s model: rate every behaviour (1–5 or “cannot judge”).',
  'feedback.nomination.selfOrManager':
    '{name} is on the list as self or manager and cannot be in another group too.',
  'feedback.nomination.duplicate': '{name} is on the list twice.',
  'feedback.nomination.declinedBefore': '{name} declined this request before and cannot be asked again.',
  'feedback.nomination.overLoad': '{name} already has the most forms allowed in this cycle.',
  'feedback.nomination.unknownPerson': '{name} is not in the office directory.',
  'feedback.nomination.belowMinimum.directReport': 'Choose at least {min} direct reports.',
  'feedback.nomination.belowMinimum.peer': 'Choose at least {min} peers.',
  'feedback.nomination.belowMinimum.other': 'Choose at least {min} other raters.',
  'feedback.nomination.aboveMaximum.directReport': 'Choose at most {max} direct reports.',
  'feedback.nomination.aboveMaximum.peer': 'Choose at most {max} peers.',
  'feedback.nomination.aboveMaximum.other': 'Choose at most {max} other raters.',
} as const satisfies Record<keyof typeof feedbackRulesCs, string>;
