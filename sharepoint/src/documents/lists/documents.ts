import { DOCUMENT_LIMITS } from '@kvalita/core';
import { MAX_VERSION_LIMIT, type ListSchema } from '../../platform/schema/types';
import {
  ACKNOWLEDGEMENT_SCOPE_CHOICES,
  DOCUMENT_KIND_CHOICES,
  DOCUMENT_STATUS_CHOICES,
  ISSUING_BODY_CHOICES,
  REVISION_STATUS_CHOICES,
} from './document-choices';

export {
  ACKNOWLEDGEMENT_SCOPE_CHOICES,
  DOCUMENT_KIND_CHOICES,
  DOCUMENT_STATUS_CHOICES,
  ISSUING_BODY_CHOICES,
  REVISION_STATUS_CHOICES,
};

/**
 * The controlled documents (ISO 9001 clause 7.5): one file per document, named after its code
 * (SM-01.docx), with its metadata on the file's item. SharePoint's own versioning carries the
 * lifecycle: minor versions (0.1, 1.1) are drafts, a major version (1.0, 2.0) is an approved issue,
 * published by the app and approved through content approval. Drafts and pending versions are
 * visible only to approvers (nobody but the app and site collection administrators holds Approve
 * here), so people read only the approved version. Every version is kept: internal directives
 * are records. Codes of several values (departments, subcriteria, roles) are stored as
 * ";A;B;" in one text column, so a filter matches a whole code with substringof(';A;').
 */
export const documentsLibrary = {
  key: 'documents',
  urlName: 'KvalitaDocuments',
  template: 'documentLibrary',
  title: { cs: 'Dokumenty kvality', en: 'Quality documents' },
  description: {
    cs: 'Řízená dokumentace úřadu: metodiky, směrnice, standardy, strategie, etický kodex, popisy procesů a formuláře.',
    en: "The office's controlled documents: methodologies, directives, standards, strategies, the code of ethics, process descriptions and forms.",
  },
  titleField: { cs: 'Název dokumentu', en: 'Document title' },
  versioning: true,
  library: {
    minorVersions: true,
    contentApproval: true,
    draftVisibility: 'approver',
    majorVersionLimit: MAX_VERSION_LIMIT,
    majorWithMinorVersionsLimit: MAX_VERSION_LIMIT,
  },
  // People read the approved versions in SharePoint (and open earlier ones); only the app writes,
  // so nobody publishes, approves or changes a document around the approval workflow.
  permissions: 'readOnlyForPeople',
  fields: [
    {
      name: 'DocumentCode',
      type: 'Text',
      title: { cs: 'Označení', en: 'Document code' },
      required: true,
      indexed: true,
      unique: true,
      maxLength: DOCUMENT_LIMITS.code,
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
    /** The draft in progress (empty when none). */
    {
      name: 'RevisionStatus',
      type: 'Choice',
      title: { cs: 'Rozpracovaná verze', en: 'Draft in progress' },
      indexed: true,
      choices: REVISION_STATUS_CHOICES,
    },
    { name: 'DocumentDescription', type: 'Note', title: { cs: 'Popis', en: 'Description' } },
    {
      name: 'DocumentOwner',
      type: 'User',
      title: { cs: 'Garant dokumentu', en: 'Document owner' },
      indexed: true,
    },
    {
      name: 'DocumentApprover',
      type: 'User',
      title: { cs: 'Schvaluje', en: 'Approver' },
      indexed: true,
    },
    {
      name: 'DocumentReviewers',
      type: 'UserMulti',
      title: { cs: 'Připomínkující', en: 'Reviewers' },
    },
    {
      name: 'IssuingBody',
      type: 'Choice',
      title: { cs: 'Vydává', en: 'Issuing body' },
      required: true,
      choices: ISSUING_BODY_CHOICES,
    },
    {
      name: 'IssuingResolution',
      type: 'Text',
      title: { cs: 'Usnesení', en: 'Resolution' },
      maxLength: DOCUMENT_LIMITS.resolution,
    },
    /** Departments the document applies to, ";OSV;OD;" (empty = the whole office). */
    {
      name: 'DepartmentScope',
      type: 'Text',
      title: { cs: 'Platí pro útvary', en: 'Applies to departments' },
      indexed: true,
      maxLength: 255,
    },
    {
      name: 'ReviewIntervalMonths',
      type: 'Number',
      title: { cs: 'Interval revize (měsíce)', en: 'Review interval (months)' },
      min: DOCUMENT_LIMITS.reviewIntervalMonths.min,
      max: DOCUMENT_LIMITS.reviewIntervalMonths.max,
    },
    {
      name: 'NextReviewDate',
      type: 'DateTime',
      dateOnly: true,
      title: { cs: 'Termín revize', en: 'Next review' },
      indexed: true,
    },
    {
      name: 'EffectiveFrom',
      type: 'DateTime',
      dateOnly: true,
      title: { cs: 'Platnost od', en: 'Effective from' },
      indexed: true,
    },
    /** The label of the version in force ("2.0"); empty before the first approval and after withdrawal. */
    {
      name: 'EffectiveVersion',
      type: 'Text',
      title: { cs: 'Platná verze', en: 'Effective version' },
      maxLength: 16,
    },
    {
      name: 'RequiresAcknowledgement',
      type: 'Boolean',
      title: { cs: 'Vyžaduje potvrzení seznámení', en: 'Requires acknowledgement' },
      indexed: true,
    },
    {
      name: 'AcknowledgementScope',
      type: 'Choice',
      title: { cs: 'Kdo se seznamuje', en: 'Acknowledgement audience' },
      choices: ACKNOWLEDGEMENT_SCOPE_CHOICES,
    },
    /** ";OSV;OD;" when the audience is departments. */
    {
      name: 'AudienceDepartments',
      type: 'Text',
      title: { cs: 'Útvary k seznámení', en: 'Audience departments' },
      maxLength: 255,
    },
    /** ";employee;headOfDepartment;" when the audience is roles (core's ROLES). */
    {
      name: 'AudienceRoles',
      type: 'Text',
      title: { cs: 'Role k seznámení', en: 'Audience roles' },
      maxLength: 255,
    },
    /** CAF 2020 subcriteria the document is evidence for, ";1.1;5.2;". */
    {
      name: 'RelatedSubcriteria',
      type: 'Text',
      title: { cs: 'Subkritéria CAF', en: 'CAF subcriteria' },
      indexed: true,
      maxLength: 255,
    },
    { name: 'ReasonForChange', type: 'Note', title: { cs: 'Důvod změny', en: 'Reason for change' } },
    {
      name: 'SubmittedAt',
      type: 'DateTime',
      title: { cs: 'Předloženo ke schválení', en: 'Submitted' },
    },
    { name: 'ReturnComment', type: 'Note', title: { cs: 'Vráceno s komentářem', en: 'Return comment' } },
    { name: 'WithdrawnReason', type: 'Note', title: { cs: 'Důvod zrušení', en: 'Withdrawal reason' } },
    /** The last approval: who, when, which draft became which version, and the approver's words. */
    { name: 'ApprovedBy', type: 'User', title: { cs: 'Schválil(a)', en: 'Approved by' } },
    { name: 'ApprovedAt', type: 'DateTime', title: { cs: 'Schváleno', en: 'Approved' } },
    {
      name: 'ApprovedDraft',
      type: 'Text',
      title: { cs: 'Schválený koncept', en: 'Approved draft' },
      maxLength: 16,
    },
    { name: 'ApprovalComment', type: 'Note', title: { cs: 'Komentář ke schválení', en: 'Approval comment' } },
    /** Who created the document (the app writes every file, so the built-in Author is the app). */
    { name: 'CreatedBy', type: 'User', title: { cs: 'Založil(a)', en: 'Created by' } },
  ],
} as const satisfies ListSchema;
