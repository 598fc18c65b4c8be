import type { ListSchema } from '../../platform/schema/types';
import { departmentLookup } from '../../platform/directory/lists/departments';

export const DOCUMENT_KIND_CHOICES = [
  { code: 'policy', label: 'Politika' },
  { code: 'directive', label: 'Směrnice' },
  { code: 'procedure', label: 'Postup' },
  { code: 'methodology', label: 'Metodika' },
  { code: 'form', label: 'Formulář' },
  { code: 'report', label: 'Zpráva' },
  { code: 'record', label: 'Záznam' },
] as const;

/** Document control: drafted, commented, approved by the director, in force, withdrawn. */
export const DOCUMENT_STATUS_CHOICES = [
  { code: 'draft', label: 'Koncept' },
  { code: 'inReview', label: 'V připomínkovém řízení' },
  { code: 'approved', label: 'Schváleno' },
  { code: 'effective', label: 'Platný' },
  { code: 'withdrawn', label: 'Zrušený' },
] as const;

/**
 * The quality system's controlled documents: a library (files with versions), each document with
 * its owner, approver, version, next review date and status.
 */
export const qualityDocumentsList = {
  key: 'qualityDocuments',
  urlName: 'KvalitaDocuments',
  template: 'documentLibrary',
  title: { cs: 'Dokumenty kvality', en: 'Quality documents' },
  description: {
    cs: 'Řízená dokumentace systému kvality: směrnice, postupy, metodiky a zprávy.',
    en: 'Controlled documents of the quality system: directives, procedures, methodologies and reports.',
  },
  titleField: { cs: 'Název dokumentu', en: 'Document title' },
  versioning: true,
  fields: [
    {
      name: 'DocumentCode',
      type: 'Text',
      title: { cs: 'Označení', en: 'Document code' },
      required: true,
      indexed: true,
      unique: true,
      maxLength: 32,
    },
    {
      name: 'DocumentKind',
      type: 'Choice',
      title: { cs: 'Druh dokumentu', en: 'Document kind' },
      required: true,
      indexed: true,
      choices: DOCUMENT_KIND_CHOICES,
    },
    {
      name: 'DocumentStatus',
      type: 'Choice',
      title: { cs: 'Stav', en: 'Status' },
      required: true,
      indexed: true,
      choices: DOCUMENT_STATUS_CHOICES,
    },
    {
      name: 'DocumentOwner',
      type: 'User',
      title: { cs: 'Garant dokumentu', en: 'Document owner' },
      indexed: true,
    },
    { name: 'Approver', type: 'User', title: { cs: 'Schvaluje', en: 'Approver' } },
    {
      name: 'DocumentVersion',
      type: 'Text',
      title: { cs: 'Verze', en: 'Version' },
      maxLength: 16,
    },
    {
      name: 'ApprovedOn',
      type: 'DateTime',
      dateOnly: true,
      title: { cs: 'Schváleno dne', en: 'Approved on' },
    },
    {
      name: 'EffectiveFrom',
      type: 'DateTime',
      dateOnly: true,
      title: { cs: 'Platnost od', en: 'Effective from' },
    },
    {
      name: 'ReviewDate',
      type: 'DateTime',
      dateOnly: true,
      title: { cs: 'Termín revize', en: 'Review date' },
      indexed: true,
    },
    departmentLookup(),
    {
      name: 'RequiresAcknowledgement',
      type: 'Boolean',
      title: { cs: 'Vyžaduje potvrzení seznámení', en: 'Requires acknowledgement' },
      indexed: true,
    },
  ],
} as const satisfies ListSchema;
