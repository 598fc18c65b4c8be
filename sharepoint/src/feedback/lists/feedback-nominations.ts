import type { NOMINATION_SOURCES, RATER_GROUPS, RATER_STATES } from '@kvalita/core';
import { FEEDBACK_LIMITS } from '@kvalita/core';
import { uniqueKeyField } from '../../platform/schema/fields';
import type { ListSchema } from '../../platform/schema/types';
import { cycleIdField } from './cycle-id-field';

export const RATER_GROUP_CHOICES = [
  { code: 'self', label: 'Sebehodnocení' },
  { code: 'manager', label: 'Nadřízený/á' },
  { code: 'directReport', label: 'Podřízení' },
  { code: 'peer', label: 'Kolegové' },
  { code: 'other', label: 'Ostatní' },
] as const satisfies readonly { code: (typeof RATER_GROUPS)[number]; label: string }[];

export const RATER_STATE_CHOICES = [
  { code: 'proposed', label: 'Navrženo' },
  { code: 'approved', label: 'Schváleno' },
  { code: 'declined', label: 'Odmítnuto' },
] as const satisfies readonly { code: (typeof RATER_STATES)[number]; label: string }[];

export const NOMINATION_SOURCE_CHOICES = [
  { code: 'directory', label: 'Z adresáře' },
  { code: 'subject', label: 'Hodnocený/á' },
  { code: 'manager', label: 'Vedoucí' },
  { code: 'coordinator', label: 'Koordinátor/ka' },
] as const satisfies readonly { code: (typeof NOMINATION_SOURCES)[number]; label: string }[];

/**
 * Who rates whom in a cycle (one row per subject and rater). Whether a rater has answered is never
 * written here: it is derived from the keyed answers. Service-only. People as lower-cased e-mails
 * in indexed text columns with the rater's name beside (see feedback-subjects.ts).
 */
export const feedbackNominationsList = {
  key: 'feedbackNominations',
  urlName: 'Kvalita360Nominations',
  template: 'genericList',
  title: { cs: 'Nominace hodnotitelů 360°', en: '360° rater nominations' },
  description: {
    cs: 'Kdo komu poskytuje zpětnou vazbu 360° a v jaké skupině hodnotitelů.',
    en: 'Who gives 360° feedback to whom, and in which rater group.',
  },
  titleField: { cs: 'Název', en: 'Title' },
  permissions: 'serviceOnly',
  fields: [
    cycleIdField,
    {
      name: 'SubjectId',
      type: 'Number',
      title: { cs: 'Hodnocený/á (ID)', en: 'Subject (ID)' },
      required: true,
      indexed: true,
      min: 1,
    },
    {
      name: 'SubjectEmail',
      type: 'Text',
      title: { cs: 'Hodnocený/á', en: 'Subject' },
      required: true,
      maxLength: FEEDBACK_LIMITS.email,
    },
    {
      name: 'RaterEmail',
      type: 'Text',
      title: { cs: 'Hodnotitel/ka', en: 'Rater' },
      required: true,
      indexed: true,
      maxLength: FEEDBACK_LIMITS.email,
    },
    {
      // The rater's name as the directory had it (the row is read without another lookup).
      name: 'RaterName',
      type: 'Text',
      title: { cs: 'Jméno hodnotitele', en: 'Rater name' },
      maxLength: 255,
    },
    {
      name: 'RaterGroup',
      type: 'Choice',
      title: { cs: 'Skupina', en: 'Group' },
      required: true,
      choices: RATER_GROUP_CHOICES,
    },
    {
      name: 'RaterState',
      type: 'Choice',
      title: { cs: 'Stav', en: 'State' },
      required: true,
      indexed: true,
      choices: RATER_STATE_CHOICES,
    },
    {
      name: 'Source',
      type: 'Choice',
      title: { cs: 'Navrhl(a)', en: 'Proposed by' },
      required: true,
      choices: NOMINATION_SOURCE_CHOICES,
    },
    { name: 'DeclineReason', type: 'Note', title: { cs: 'Důvod odmítnutí', en: 'Reason for declining' } },
    /** "<subject id>|<rater e-mail>": one row per subject and rater. */
    { ...uniqueKeyField('NominationKey', { cs: 'Klíč', en: 'Key' }), maxLength: 255 },
  ],
} as const satisfies ListSchema;
