import type { ListSchema } from '../../platform/schema/types';
import { uniqueKeyField } from '../../platform/schema/fields';
import { RELATIONSHIP_CHOICES } from './feedback-relationship';

export const NOMINATION_STATUS_CHOICES = [
  { code: 'proposed', label: 'Navrženo' },
  { code: 'approved', label: 'Schváleno' },
  { code: 'declined', label: 'Odmítnuto' },
  { code: 'invited', label: 'Pozváno' },
] as const;

/**
 * Who gives feedback to whom in a 360° cycle (one row per cycle, subject and rater). Whether a
 * rater has answered is never written here: answers carry only a keyed hash.
 */
export const feedbackNominationsList = {
  key: 'feedbackNominations',
  urlName: 'KvalitaFeedbackNominations',
  template: 'genericList',
  title: { cs: 'Nominace hodnotitelů 360°', en: '360° rater nominations' },
  description: {
    cs: 'Kdo komu poskytuje zpětnou vazbu 360° a v jakém vztahu.',
    en: 'Who gives 360° feedback to whom, and in which relationship.',
  },
  titleField: { cs: 'Název', en: 'Title' },
  fields: [
    {
      name: 'FeedbackCycle',
      type: 'Lookup',
      lookupList: 'feedbackCycles',
      title: { cs: 'Cyklus 360°', en: '360° cycle' },
      required: true,
      indexed: true,
    },
    {
      name: 'Subject',
      type: 'User',
      title: { cs: 'Hodnocená osoba', en: 'Person receiving feedback' },
      required: true,
      indexed: true,
    },
    {
      name: 'Rater',
      type: 'User',
      title: { cs: 'Hodnotitel/ka', en: 'Rater' },
      required: true,
      indexed: true,
    },
    {
      name: 'Relationship',
      type: 'Choice',
      title: { cs: 'Vztah', en: 'Relationship' },
      required: true,
      choices: RELATIONSHIP_CHOICES,
    },
    uniqueKeyField('NominationKey', { cs: 'Klíč nominace', en: 'Nomination key' }),
    {
      name: 'NominationStatus',
      type: 'Choice',
      title: { cs: 'Stav', en: 'Status' },
      required: true,
      indexed: true,
      choices: NOMINATION_STATUS_CHOICES,
    },
    { name: 'NominatedBy', type: 'User', title: { cs: 'Nominoval/a', en: 'Nominated by' } },
  ],
} as const satisfies ListSchema;
