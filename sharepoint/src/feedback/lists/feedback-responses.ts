import type { ListSchema } from '../../platform/schema/types';
import { RELATIONSHIP_CHOICES } from './feedback-relationship';

/**
 * 360° answers without the rater's identity (architecture rule 7): RaterKey is a keyed hash of
 * cycle, subject, rater and competency, unique, so each rater answers each competency once. The
 * subject is named (the feedback is about them); the relationship groups answers for thresholds.
 */
export const feedbackResponsesList = {
  key: 'feedbackResponses',
  urlName: 'KvalitaFeedbackResponses',
  template: 'genericList',
  title: { cs: 'Odpovědi zpětné vazby 360°', en: '360° feedback responses' },
  description: {
    cs: 'Anonymní hodnocení kompetencí ve zpětné vazbě 360° (bez jmen hodnotitelů).',
    en: 'Anonymous competency ratings in 360° feedback (without raters’ names).',
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
      name: 'Relationship',
      type: 'Choice',
      title: { cs: 'Vztah', en: 'Relationship' },
      required: true,
      indexed: true,
      choices: RELATIONSHIP_CHOICES,
    },
    {
      name: 'Competency',
      type: 'Lookup',
      lookupList: 'competencies',
      title: { cs: 'Kompetence', en: 'Competency' },
      required: true,
      indexed: true,
    },
    {
      name: 'RaterKey',
      type: 'Text',
      title: { cs: 'Klíč hodnotitele', en: 'Rater key' },
      required: true,
      indexed: true,
      unique: true,
      maxLength: 64,
    },
    {
      name: 'Score',
      type: 'Number',
      title: { cs: 'Hodnocení (1–5)', en: 'Rating (1–5)' },
      min: 1,
      max: 5,
    },
    { name: 'RaterComment', type: 'Note', title: { cs: 'Komentář', en: 'Comment' } },
  ],
} as const satisfies ListSchema;
