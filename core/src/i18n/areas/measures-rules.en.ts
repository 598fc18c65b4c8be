import type { measuresRulesCs } from './measures-rules.cs';

/** English sentences of the same area, the same keys (checked by the compiler). */
export const measuresRulesEn = {
  'measures.refused.hidden': 'This office does not show measures of other departments.',
  'measures.refused.createRole': 'Measures are created by the quality manager or a head of department.',
  'measures.refused.createDepartment':
    'A head of department creates measures only for their own department and its sections.',
  'measures.refused.ownerByQualityManager': 'Only the quality manager may make someone else the owner.',
  'measures.refused.approveRole': 'Measures are approved by the quality manager or the director.',
  'measures.refused.runRole':
    'This measure is run by the head of its department, its owner or the quality manager.',
  'measures.refused.progressRole':
    'Progress is reported by the owner, the co-owners, the head of department or the quality manager.',
  'measures.refused.checkRole': 'The effectiveness of a measure is checked by the quality manager.',
  'measures.refused.cancelRole':
    'Measures are cancelled by the quality manager or the director; a head of department may withdraw only their own proposal.',
  'measures.rule.notInStatus.edit': 'A closed or cancelled measure can no longer be edited.',
  'measures.rule.notInStatus.approve': 'Only a proposed measure can be approved.',
  'measures.rule.notInStatus.start': 'Only an approved measure can be started.',
  'measures.rule.notInStatus.reportProgress':
    'Progress can be reported only on an approved or running measure.',
  'measures.rule.notInStatus.requestCheck':
    'An effectiveness check can be requested only for a running measure.',
  'measures.rule.notInStatus.checkEffectiveness':
    'Effectiveness can be checked only when the measure awaits its check.',
  'measures.rule.notInStatus.cancel': 'A closed or cancelled measure cannot be cancelled.',
  'measures.rule.reasonRequired': 'Give the reason for cancelling the measure.',
  'measures.rule.noCriterion': 'Add the effectiveness criterion before asking for the check.',
  'measures.rule.noCheckDate': 'Add the check date before asking for the check.',
  'measures.rule.stepsOpen':
    'Some steps are not done. Finish them, or say why the measure is ready for its check without them.',
  'measures.rule.newDeadlineRequired': 'A measure that was not effective goes on: give it a new deadline.',
  'measures.rule.newDeadlinePast': 'The new deadline cannot be in the past.',
  'measures.rule.unknownStep': 'The report names a step the measure does not have. Reload the measure.',
  'measures.invalid.unknownPerson': 'That person is not in the office directory.',
  'measures.invalid.unknownDepartment': 'That department is not in the office directory.',
} as const satisfies Record<keyof typeof measuresRulesCs, string>;
