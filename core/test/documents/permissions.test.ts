import { describe, expect, it } from '@jest/globals';
import {
  allowedDocumentActions,
  documentActionRefusal,
  documentCreateRefusal,
  documentOverviewRefusal,
  documentReadRefusal,
  maySeeDrafts,
  type DocumentActor,
  type DocumentParties,
} from '../../src';

const person = (email: string, roles: DocumentActor['roles'] = ['employee']): DocumentActor => ({
  email,
  roles,
  departmentCodes: [],
});
const quality = person('jana.novakova@lipova.example', ['qualityManager']);
const director = person('petr.svoboda@lipova.example', ['director']);
const head = person('lucie.dvorakova@lipova.example', ['headOfDepartment']);
const owner = person('tomas.cerny@lipova.example', ['headOfDepartment']);
const reviewer = person('marie.prochazkova@lipova.example', ['cafTeamMember']);
const clerk = person('eva.vesela@lipova.example');

const parties = (changes: Partial<DocumentParties> = {}): DocumentParties => ({
  status: 'inReview',
  revisionStatus: 'inReview',
  ownerEmail: owner.email,
  approverEmail: director.email,
  reviewerEmails: [reviewer.email],
  departmentCodes: ['OD'],
  ...changes,
});
const reader = { inAudience: true, acknowledged: false, requiresAcknowledgement: true };

describe('who sees a document', () => {
  it('hides a draft from readers but not from its parties, the quality manager and the director', () => {
    expect(documentReadRefusal(clerk, parties())).toBe('hidden');
    expect(documentReadRefusal(head, parties({ status: 'draft', revisionStatus: 'draft' }))).toBe('hidden');
    for (const actor of [quality, director, owner, reviewer])
      expect(documentReadRefusal(actor, parties())).toBeNull();
  });

  it('shows issued documents to everyone, but their revision only to who sees drafts', () => {
    const revising = parties({ status: 'effective', revisionStatus: 'draft' });
    expect(documentReadRefusal(clerk, revising)).toBeNull();
    expect(maySeeDrafts(clerk, revising)).toBe(false);
    expect(maySeeDrafts(reviewer, revising)).toBe(true);
  });
});

describe('who does what', () => {
  it('lets the quality manager, the director and heads create, not employees', () => {
    expect([quality, director, head].map(documentCreateRefusal)).toEqual([null, null, null]);
    expect(documentCreateRefusal(clerk)).toBe('createRole');
  });

  it('gives approval to the named approver only: not the quality manager, never the owner', () => {
    expect(allowedDocumentActions(director, parties(), reader)).toEqual(['comment', 'approve', 'return']);
    expect(documentActionRefusal(quality, parties(), reader, 'approve')).toBe('approverRole');
    const selfApproved = parties({ approverEmail: owner.email });
    expect(documentActionRefusal(owner, selfApproved, reader, 'approve')).toBe('selfApproval');
  });

  it('lets reviewers comment on the draft in review and nothing else', () => {
    expect(allowedDocumentActions(reviewer, parties(), reader)).toEqual(['comment']);
    expect(
      allowedDocumentActions(reviewer, parties({ status: 'draft', revisionStatus: 'draft' }), reader),
    ).toEqual([]);
  });

  it('gives the owner the draft work and the review of an effective document', () => {
    expect(
      allowedDocumentActions(owner, parties({ status: 'draft', revisionStatus: 'draft' }), reader),
    ).toEqual(['edit', 'upload', 'submit']);
    const effective = parties({ status: 'effective', revisionStatus: null });
    expect(allowedDocumentActions(owner, effective, { ...reader, inAudience: false })).toEqual([
      'confirmReview',
      'revise',
    ]);
  });

  it('lets the approver or the director withdraw an issued document, not its owner', () => {
    const effective = parties({ status: 'effective', revisionStatus: null });
    expect(documentActionRefusal(director, effective, reader, 'withdraw')).toBeNull();
    expect(documentActionRefusal(owner, effective, reader, 'withdraw')).toBe('withdrawRole');
  });

  it('offers acknowledgement to the audience until they confirmed', () => {
    const effective = parties({ status: 'effective', revisionStatus: null });
    expect(allowedDocumentActions(clerk, effective, reader)).toEqual(['acknowledge']);
    expect(allowedDocumentActions(clerk, effective, { ...reader, acknowledged: true })).toEqual([]);
    expect(allowedDocumentActions(clerk, effective, { ...reader, inAudience: false })).toEqual([]);
    expect(documentActionRefusal(clerk, effective, { inAudience: false }, 'acknowledge')).toBe(
      'notInAudience',
    );
  });

  it('keeps the overview for the quality manager and the director', () => {
    expect(documentOverviewRefusal(quality)).toBeNull();
    expect(documentOverviewRefusal(head)).toBe('overviewRole');
  });
});
