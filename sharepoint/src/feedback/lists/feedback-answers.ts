import { noteField, uniqueKeyField } from '../../platform/schema/fields';
import type { ListSchema } from '../../platform/schema/types';
import { cycleIdField } from './cycle-id-field';

/**
 * 360° answers (docs/privacy.md): one row per rater and subject, keyed by hashes only the service
 * can compute — SubjectKey (whom) and RespondentKey (who; unique, so a second answer stores
 * nothing) — the group and ratings sealed in SealedAnswer and the comments in SealedComments, each
 * padded to one length per model. Service-only; no readable column says who, whom, which group or what.
 */
export const feedbackAnswersList = {
  key: 'feedbackAnswers',
  urlName: 'Kvalita360Answers',
  template: 'genericList',
  title: { cs: 'Odpovědi 360°', en: '360° answers' },
  description: {
    cs: 'Zapečetěné odpovědi zpětné vazby 360° bez identity hodnotitele i hodnoceného.',
    en: 'Sealed 360° feedback answers, without the identity of rater or subject.',
  },
  titleField: { cs: 'Název', en: 'Title' },
  permissions: 'serviceOnly',
  versioning: false,
  fields: [
    cycleIdField,
    {
      name: 'SubjectKey',
      type: 'Text',
      title: { cs: 'Klíč hodnoceného', en: 'Subject key' },
      required: true,
      indexed: true,
      maxLength: 64,
    },
    uniqueKeyField('RespondentKey', { cs: 'Klíč hodnotitele', en: 'Respondent key' }),
    /** The rater group and every rating, sealed together. */
    noteField('SealedAnswer', { cs: 'Zapečetěná odpověď', en: 'Sealed answer' }),
    /** The comments, sealed apart (the organisation view reads the ratings alone). */
    noteField('SealedComments', { cs: 'Zapečetěné komentáře', en: 'Sealed comments' }),
  ],
} as const satisfies ListSchema;
