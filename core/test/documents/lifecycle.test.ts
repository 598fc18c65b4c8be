import { describe, expect, it } from '@jest/globals';
import {
  documentAcknowledgeRefusal,
  documentApproveRefusal,
  documentEditRefusal,
  documentSubmitRefusal,
  documentUploadRefusal,
  lifecycleAllowsDocument,
  type DocumentParties,
  type DocumentVersion,
  type QualityDocument,
} from '../../src';

const parties = (status: DocumentParties['status'], revisionStatus: DocumentParties['revisionStatus']) => ({
  status,
  revisionStatus,
  ownerEmail: null,
  approverEmail: null,
  reviewerEmails: [],
  departmentCodes: [],
});

const version = (label: string): DocumentVersion => ({
  label,
  status: 'effective',
  file: { name: 'SM-01.docx', type: 'docx', bytes: 1000 },
  createdAt: '2026-01-05T09:00:00Z',
  createdBy: null,
  approvedAt: '2026-01-05T09:00:00Z',
  approvedBy: null,
  effectiveFrom: '2026-01-05',
  effectiveUntil: null,
  reasonForChange: null,
  contentUrl: `/api/documents/1/versions/${label}/content`,
});

type Facts = Pick<
  QualityDocument,
  'revision' | 'effectiveVersion' | 'issuingBody' | 'code' | 'fileType' | 'requiresAcknowledgement'
>;
const facts = (changes: Partial<Facts> = {}): Facts => ({
  code: 'SM-01',
  fileType: 'docx',
  issuingBody: 'secretary',
  requiresAcknowledgement: true,
  effectiveVersion: null,
  revision: {
    label: '0.2',
    status: 'inReview',
    reasonForChange: null,
    submittedAt: null,
    returnComment: null,
    file: { name: 'SM-01.docx', type: 'docx', bytes: 1000 },
  },
  ...changes,
});

describe('which state allows which action', () => {
  it('edits, uploads and submits a draft; comments, approves and returns one in review', () => {
    expect(lifecycleAllowsDocument(parties('draft', 'draft'), 'submit')).toBe(true);
    expect(lifecycleAllowsDocument(parties('draft', 'draft'), 'approve')).toBe(false);
    expect(lifecycleAllowsDocument(parties('inReview', 'inReview'), 'approve')).toBe(true);
    expect(lifecycleAllowsDocument(parties('inReview', 'inReview'), 'upload')).toBe(false);
  });

  it('runs a revision beside an effective version, which stays acknowledgeable', () => {
    expect(lifecycleAllowsDocument(parties('effective', 'draft'), 'upload')).toBe(true);
    expect(lifecycleAllowsDocument(parties('effective', 'draft'), 'acknowledge')).toBe(true);
    expect(lifecycleAllowsDocument(parties('effective', 'draft'), 'revise')).toBe(false);
    expect(lifecycleAllowsDocument(parties('effective', null), 'confirmReview')).toBe(true);
  });

  it('withdraws only an issued document, and a withdrawn one allows nothing', () => {
    expect(lifecycleAllowsDocument(parties('draft', 'draft'), 'withdraw')).toBe(false);
    expect(lifecycleAllowsDocument(parties('approved', null), 'withdraw')).toBe(true);
    expect(lifecycleAllowsDocument(parties('withdrawn', null), 'acknowledge')).toBe(false);
  });
});

describe('what a step needs', () => {
  it('submits a draft with a file, and a reason from the second version on', () => {
    expect(documentSubmitRefusal(facts({ revision: { ...facts().revision!, file: null } }), '')).toEqual({
      kind: 'noFile',
      action: 'submit',
    });
    expect(documentSubmitRefusal(facts(), '')).toBeNull();
    expect(documentSubmitRefusal(facts({ effectiveVersion: version('1.0') }), ' ')?.kind).toBe(
      'reasonRequired',
    );
  });

  it('approves the draft that was read, from today on, with a resolution for the council', () => {
    const request = { versionLabel: '0.2', effectiveFrom: '2026-12-03', issuingResolution: null };
    expect(documentApproveRefusal(facts(), request, '2026-12-03', null)).toBeNull();
    expect(
      documentApproveRefusal(facts(), { ...request, versionLabel: '0.1' }, '2026-12-03', null)?.kind,
    ).toBe('staleVersion');
    expect(documentApproveRefusal(facts(), request, '2026-12-04', null)?.kind).toBe('effectivePast');
    const council = facts({ issuingBody: 'council' });
    expect(documentApproveRefusal(council, request, '2026-12-03', null)?.kind).toBe('resolutionRequired');
    expect(documentApproveRefusal(council, request, '2026-12-03', 'usnesení RM č. 12/2026')).toBeNull();
  });

  it('keeps an issued document’s code and its file type', () => {
    expect(documentEditRefusal(facts(), 'SM-02')).toBeNull();
    expect(documentEditRefusal(facts({ effectiveVersion: version('1.0') }), 'SM-02')?.kind).toBe('codeFixed');
    expect(documentUploadRefusal(facts(), 'pdf')?.kind).toBe('fileTypeMismatch');
  });

  it('acknowledges the effective version only', () => {
    const effective = facts({ effectiveVersion: version('2.0') });
    expect(documentAcknowledgeRefusal(effective, '2.0')).toBeNull();
    expect(documentAcknowledgeRefusal(effective, '1.0')?.kind).toBe('supersededVersion');
    expect(documentAcknowledgeRefusal({ ...effective, requiresAcknowledgement: false }, '2.0')?.kind).toBe(
      'noAcknowledgement',
    );
  });
});
