import type { ListSchema } from '../../platform/schema/types';

/**
 * Reviewers' comments on drafts. Service-only: drafts are not for readers, and neither is what
 * was said about them.
 */
export const documentCommentsList = {
  key: 'documentComments',
  urlName: 'KvalitaDocumentComments',
  template: 'genericList',
  title: { cs: 'Připomínky k dokumentům', en: 'Document comments' },
  description: {
    cs: 'Připomínky k rozpracovaným verzím řízených dokumentů.',
    en: 'Comments on drafts of controlled documents.',
  },
  titleField: { cs: 'Shrnutí', en: 'Summary' },
  permissions: 'serviceOnly',
  fields: [
    {
      name: 'DocumentId',
      type: 'Number',
      title: { cs: 'Dokument (ID)', en: 'Document (ID)' },
      required: true,
      indexed: true,
      min: 1,
    },
    {
      name: 'VersionLabel',
      type: 'Text',
      title: { cs: 'Verze', en: 'Version' },
      required: true,
      maxLength: 16,
    },
    { name: 'CommentBy', type: 'User', title: { cs: 'Kdo', en: 'Who' } },
    { name: 'CommentAt', type: 'DateTime', title: { cs: 'Kdy', en: 'When' }, required: true },
    { name: 'CommentText', type: 'Note', title: { cs: 'Připomínka', en: 'Comment' }, required: true },
  ],
} as const satisfies ListSchema;
