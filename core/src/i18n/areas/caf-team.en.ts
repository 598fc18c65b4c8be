import type { cafTeamCs } from './caf-team.cs';

/** English strings of the same area, the same keys (checked by the compiler). */
export const cafTeamEn = {
  'error.caf.cycleNameTaken':
    'A cycle named “{existing}” already exists in the office. Cycle names are compared regardless of case, diacritics and spacing; choose another name.',
  'error.caf.teamHasLeader':
    'The self-assessment team already has a leader ({name}) and can have only one. Add this person as a team member.',
  'error.caf.leaderByQualityManager':
    'Only the quality manager chooses or changes the leader of the self-assessment team.',
  'error.caf.noDepartment':
    'The office directory lists no department for you, so you cannot change the team. Ask for your department to be added.',
  'error.caf.otherDepartment':
    '{name} is not in the department you head. A head of department adds and removes only people of their own department and its sections; the quality manager makes any other change to the team.',
  'tab.caf.team.ownDepartmentsHint':
    'As a head of department you can nominate people of your department and its sections. The quality manager chooses the team leader.',
  'error.caf.scoresSubmitted': 'You have already submitted your scores, so they can no longer be changed.',
  'error.caf.memberSubmitted':
    'This team member has already submitted their scores, which count in the self-assessment, so they cannot be removed from the team.',
  'error.caf.scoreSavedElsewhere':
    'Subcriterion {code} already has a saved score, perhaps from another device, so nothing was overwritten. Reload the page to see it and change it there.',
  'error.caf.submitBusy': 'Your scores are being saved right now. Please submit them again in a moment.',
  'tab.caf.team.person': 'Person',
  'tab.caf.team.error.person': 'Choose a person from the list of those found.',
  'tab.caf.team.removeTitle': 'Remove {name} from the self-assessment team?',
  'tab.caf.team.removeEffect':
    '{name} will no longer be on this cycle’s self-assessment team and can no longer score.',
  'tab.caf.team.removeDrafts': 'Draft scores that were not submitted do not count in the results.',
  'tab.caf.team.removeClose': 'Close',
  'tab.caf.team.removeConfirm': 'Yes, remove',
} as const satisfies Record<keyof typeof cafTeamCs, string>;
