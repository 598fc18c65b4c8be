import type { ListSchema } from '../../platform/schema/types';
import { uniqueKeyField } from '../../platform/schema/fields';

export const ACKNOWLEDGEMENT_STATUS_CHOICES = [
  { code: 'requested', label: 'Vyžádáno' },
  { code: 'acknowledged', label: 'Potvrzeno' },
] as const;

/**
 * Who was asked to read which version of a document and when they confirmed it. One row per
 * document, version and person (AcknowledgementKey is unique), so a reminder never duplicates.
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
  fields: [
    {
      name: 'Document',
      type: 'Lookup',
      lookupList: 'qualityDocuments',
      title: { cs: 'Dokument', en: 'Document' },
      required: true,
      indexed: true,
    },
    {
      name: 'Reader',
      type: 'User',
      title: { cs: 'Zaměstnanec/kyně', en: 'Employee' },
      required: true,
      indexed: true,
    },
    {
      name: 'DocumentVersion',
      type: 'Text',
      title: { cs: 'Verze', en: 'Version' },
      required: true,
      maxLength: 16,
    },
    uniqueKeyField('AcknowledgementKey', { cs: 'Klíč potvrzení', en: 'Acknowledgement key' }),
    {
      name: 'AcknowledgementStatus',
      type: 'Choice',
      title: { cs: 'Stav', en: 'Status' },
      required: true,
      indexed: true,
      choices: ACKNOWLEDGEMENT_STATUS_CHOICES,
    },
    { name: 'RequestedOn', type: 'DateTime', title: { cs: 'Vyžádáno dne', en: 'Requested on' } },
    {
      name: 'AcknowledgedOn',
      type: 'DateTime',
      title: { cs: 'Potvrzeno dne', en: 'Acknowledged on' },
    },
  ],
} as const satisfies ListSchema;
