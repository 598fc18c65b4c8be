import { DOCUMENT_LIMITS } from '@kvalita/core';
import { uniqueKeyField } from '../../platform/schema/fields';
import type { ListSchema } from '../../platform/schema/types';

/**
 * Who confirmed that they read which version of a document, and when: only ever appended to, one
 * row per document, version and person (AcknowledgementKey is unique, so a second confirm, a retry
 * or a race stores nothing new). Service-only: put together, the rows tell who has not read the
 * code of ethics, and a row written in SharePoint would be a forged confirmation.
 */
export const documentAcknowledgementsList = {
  key: 'documentAcknowledgements',
  urlName: 'KvalitaDocumentAcknowledgements',
  template: 'genericList',
  title: { cs: 'Potvrzení seznámení', en: 'Document acknowledgements' },
  description: {
    cs: 'Potvrzení zaměstnanců, že se seznámili s platnou verzí dokumentu.',
    en: 'Staff confirmations that they have read the effective version of a document.',
  },
  titleField: { cs: 'Dokument', en: 'Document' },
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
    /** Lower-cased e-mail: the person's key (a site user id would need ensureUser for each of 590). */
    {
      name: 'ReaderEmail',
      type: 'Text',
      title: { cs: 'E-mail', en: 'E-mail' },
      required: true,
      indexed: true,
      maxLength: DOCUMENT_LIMITS.email,
    },
    {
      name: 'ReaderDepartment',
      type: 'Text',
      title: { cs: 'Útvar', en: 'Department' },
      indexed: true,
      maxLength: DOCUMENT_LIMITS.departmentCode,
    },
    {
      name: 'AcknowledgedAt',
      type: 'DateTime',
      title: { cs: 'Potvrzeno', en: 'Acknowledged' },
      required: true,
    },
    /** "<document id>|<version>|<e-mail>" (see acknowledgementKey): one row per person and version. */
    {
      ...uniqueKeyField('AcknowledgementKey', { cs: 'Klíč potvrzení', en: 'Acknowledgement key' }),
      maxLength: 255,
    },
  ],
} as const satisfies ListSchema;
