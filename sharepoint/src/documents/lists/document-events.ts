import type { ListSchema } from '../../platform/schema/types';
import { DOCUMENT_EVENT_KIND_CHOICES } from './document-choices';

export { DOCUMENT_EVENT_KIND_CHOICES };

/**
 * A document's history, only ever appended to: who created, uploaded, submitted, returned,
 * approved, confirmed or withdrew which version, and why. Service-only: it holds return comments
 * and drafts' labels that readers do not see (the service shows readers approvals and effective
 * dates only), and a row written in SharePoint would forge the record.
 */
export const documentEventsList = {
  key: 'documentEvents',
  urlName: 'KvalitaDocumentEvents',
  template: 'genericList',
  title: { cs: 'Historie dokumentů', en: 'Document history' },
  description: {
    cs: 'Záznamy o schvalování, revizích a změnách řízených dokumentů.',
    en: 'Records of approvals, reviews and changes of controlled documents.',
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
      name: 'EventKind',
      type: 'Choice',
      title: { cs: 'Událost', en: 'Event' },
      required: true,
      indexed: true,
      choices: DOCUMENT_EVENT_KIND_CHOICES,
    },
    {
      name: 'VersionLabel',
      type: 'Text',
      title: { cs: 'Verze', en: 'Version' },
      required: true,
      maxLength: 16,
    },
    { name: 'EventBy', type: 'User', title: { cs: 'Kdo', en: 'Who' } },
    { name: 'EventAt', type: 'DateTime', title: { cs: 'Kdy', en: 'When' }, required: true },
    { name: 'Note', type: 'Note', title: { cs: 'Poznámka', en: 'Note' } },
    /** An approval's effective date: the versions' history reads when each version was in force. */
    {
      name: 'EffectiveFrom',
      type: 'DateTime',
      dateOnly: true,
      title: { cs: 'Platnost od', en: 'Effective from' },
    },
    /** An approval's reason for change (the draft's, as submitted). */
    { name: 'Reason', type: 'Note', title: { cs: 'Důvod změny', en: 'Reason for change' } },
  ],
} as const satisfies ListSchema;
