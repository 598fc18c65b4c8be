import type { ListSchema } from '../../platform/schema/types';
import { uniqueKeyField } from '../../platform/schema/fields';
import { cycleLookup } from './fields';

export const TEAM_ROLE_CHOICES = [
  { code: 'leader', label: 'Vedoucí týmu' },
  { code: 'member', label: 'Člen/ka' },
  { code: 'facilitator', label: 'Facilitátor/ka' },
] as const;

/** CAF criteria a member scores; codes are the criterion numbers. */
export const CRITERION_CHOICES = Array.from({ length: 9 }, (_, index) => ({
  code: String(index + 1),
  label: `Kritérium ${index + 1}`,
}));

/** Step 3: who sits in which self-assessment group of a cycle (one row per person and cycle). */
export const assessmentTeamList = {
  key: 'assessmentTeam',
  urlName: 'KvalitaAssessmentTeam',
  template: 'genericList',
  title: { cs: 'Hodnoticí tým', en: 'Self-assessment team' },
  description: {
    cs: 'Členové hodnoticích skupin CAF v jednotlivých cyklech.',
    en: 'Members of the CAF self-assessment groups in each cycle.',
  },
  titleField: { cs: 'Jméno', en: 'Name' },
  // What the service guards (docs/sharepoint.md, "Who reads what in SharePoint").
  permissions: 'serviceOnly',
  fields: [
    cycleLookup(),
    { name: 'Member', type: 'User', title: { cs: 'Člen/ka', en: 'Member' }, required: true, indexed: true },
    uniqueKeyField('MembershipKey', { cs: 'Klíč členství', en: 'Membership key' }),
    {
      name: 'TeamRole',
      type: 'Choice',
      title: { cs: 'Role v týmu', en: 'Team role' },
      required: true,
      choices: TEAM_ROLE_CHOICES,
    },
    {
      name: 'TeamGroup',
      type: 'Text',
      title: { cs: 'Hodnoticí skupina', en: 'Assessment group' },
      indexed: true,
      maxLength: 64,
    },
    {
      name: 'Criteria',
      type: 'MultiChoice',
      title: { cs: 'Hodnocená kritéria', en: 'Criteria assessed' },
      choices: CRITERION_CHOICES,
    },
    { name: 'NominatedBy', type: 'User', title: { cs: 'Nominoval/a', en: 'Nominated by' } },
    // Scoring: every save of the member's scores bumps ScoresVersion with If-Match, the submit sets
    // ScoresSubmittedOn with If-Match, so the two serialise on this row's ETag.
    {
      name: 'ScoresVersion',
      type: 'Number',
      title: { cs: 'Verze hodnocení', en: 'Scores version' },
      min: 0,
    },
    {
      name: 'ScoresSubmittedOn',
      type: 'DateTime',
      title: { cs: 'Hodnocení odevzdáno', en: 'Scores submitted on' },
    },
    {
      name: 'TrainingCompleted',
      type: 'Boolean',
      title: { cs: 'Absolvoval/a školení', en: 'Training completed' },
    },
  ],
} as const satisfies ListSchema;
