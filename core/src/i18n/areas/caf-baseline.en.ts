import type { cafBaselineCs } from './caf-baseline.cs';

/** English strings of the previous cycle a cycle is compared with (the same keys as Czech). */
export const cafBaselineEn = {
  'caf.baseline.refused.sameCycle': 'A cycle cannot be compared with itself. Choose an earlier cycle.',
  'caf.baseline.refused.notEarlier': 'A cycle can only be compared with a cycle that started before it.',
  'caf.baseline.refused.notClosed':
    'A cycle can only be compared with a closed cycle: the results of a cycle still running may change.',
  'caf.baseline.refused.notApproved':
    "A cycle can only be compared with a cycle whose self-assessment report the office's director approved.",

  'tab.caf.baseline.comparedDefault':
    'The change is measured against the cycle {name} ({period}): the last closed and approved cycle with the same scope and method (the default).',
  'tab.caf.baseline.comparedChosen':
    'The change is measured against the cycle {name} ({period}), which the quality manager chose for the comparison.',
  'tab.caf.baseline.none.noEarlierApproved':
    'There is nothing to compare with: no earlier cycle is closed with an approved report.',
  'tab.caf.baseline.none.noSameScopeAndMethod':
    'There is nothing to compare with: no earlier closed and approved cycle has the same scope and method. The quality manager may choose one of them for the comparison.',
  'tab.caf.baseline.label': 'Compare with',
  'tab.caf.baseline.default': 'default (the last closed and approved cycle with the same scope and method)',
  'tab.caf.baseline.option': '{name} ({period})',
  'tab.caf.baseline.optionNotes': '{option} – {notes}',
  'tab.caf.baseline.note.default': 'the default',
  'tab.caf.baseline.note.otherScope': 'another scope',
  'tab.caf.baseline.note.otherMethod': 'another method',
  'tab.caf.baseline.save': 'Save the comparison',
  'tab.caf.baseline.confirmTitle': 'Change the cycle this one is compared with?',
  'tab.caf.baseline.confirmChosen':
    'The change of scores on this page and in the self-assessment report will be measured against the cycle {name}.',
  'tab.caf.baseline.confirmDefault':
    'The change of scores on this page and in the self-assessment report will be measured by the default rule: against the last closed and approved cycle with the same scope and method.',
  'tab.caf.baseline.confirmDiffers':
    'The chosen cycle has another scope or method, so the changes of scores may not be directly comparable.',
  'tab.caf.baseline.confirm': 'Change the comparison',
  'tab.caf.baseline.saved': 'The comparison is saved.',
} as const satisfies Record<keyof typeof cafBaselineCs, string>;
