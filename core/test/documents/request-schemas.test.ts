import { describe, expect, it } from '@jest/globals';
import {
  approveDocumentBodySchema,
  createDocumentBodySchema,
  documentFilterQuerySchema,
  documentUploadQuerySchema,
  returnDocumentBodySchema,
} from '../../src/schemas';

const draft = (changes: Record<string, unknown> = {}): Record<string, unknown> => ({
  code: ' SM-01 ',
  title: 'Metodika řízení kvality',
  kind: 'methodology',
  description: 'Jak úřad řídí kvalitu.',
  ownerEmail: 'Jana.Novakova@lipova.example',
  approverEmail: 'petr.svoboda@lipova.example',
  issuingBody: 'secretary',
  issuingResolution: '',
  reviewerEmails: ['marie.prochazkova@lipova.example'],
  departmentCodes: [],
  reviewIntervalMonths: 12,
  requiresAcknowledgement: true,
  acknowledgementAudience: { scope: 'office', departmentCodes: ['OSV'], roles: ['employee'] },
  relatedSubcriteria: ['1.1', '5.2'],
  ...changes,
});

describe('a new document as the create form sends it', () => {
  it('is cleaned: code trimmed, e-mails lower-cased, an empty resolution is none, the audience only what its scope reads', () => {
    const parsed = createDocumentBodySchema.parse({ draft: draft(), fileType: 'docx' });
    expect(parsed.draft.code).toBe('SM-01');
    expect(parsed.draft.ownerEmail).toBe('jana.novakova@lipova.example');
    expect(parsed.draft.issuingResolution).toBeNull();
    expect(parsed.draft.acknowledgementAudience).toEqual({ scope: 'office', departmentCodes: [], roles: [] });
    expect(parsed.fileType).toBe('docx');
  });

  it('needs a file type of the three a controlled document may have', () => {
    expect(createDocumentBodySchema.safeParse({ draft: draft() }).success).toBe(false);
    expect(createDocumentBodySchema.safeParse({ draft: draft(), fileType: 'exe' }).success).toBe(false);
  });

  it('refuses an owner approving their own document, and the approver as a reviewer', () => {
    const own = createDocumentBodySchema.safeParse({
      draft: draft({ approverEmail: 'jana.novakova@lipova.example' }),
      fileType: 'pdf',
    });
    expect(own.success).toBe(false);
    const reviewer = createDocumentBodySchema.safeParse({
      draft: draft({ reviewerEmails: ['petr.svoboda@lipova.example'] }),
      fileType: 'pdf',
    });
    expect(reviewer.success).toBe(false);
  });

  it('refuses codes with quotes or spaces (OData injection) and a department audience without departments', () => {
    for (const code of ["SM-01' or 1 eq 1", 'SM 01', '01-SM', 'A'.repeat(40)])
      expect(createDocumentBodySchema.safeParse({ draft: draft({ code }), fileType: 'pdf' }).success).toBe(
        false,
      );
    const audience = { scope: 'departments', departmentCodes: [], roles: [] };
    expect(
      createDocumentBodySchema.safeParse({
        draft: draft({ acknowledgementAudience: audience }),
        fileType: 'pdf',
      }).success,
    ).toBe(false);
  });

  it('keeps markup as text but drops bidirectional controls from the title', () => {
    const parsed = createDocumentBodySchema.parse({
      draft: draft({ title: '<b>Etický\u202E kodex</b>' }),
      fileType: 'pdf',
    });
    expect(parsed.draft.title).toBe('<b>Etický kodex</b>');
  });
});

describe('approval and return', () => {
  it('names the version read; a return needs a comment', () => {
    expect(
      approveDocumentBodySchema.safeParse({
        etag: '"3"',
        versionLabel: '0.2',
        comment: '',
        effectiveFrom: '2027-02-30',
        issuingResolution: null,
      }).success,
    ).toBe(false);
    expect(
      returnDocumentBodySchema.safeParse({ etag: '"3"', versionLabel: '0.2', comment: '  ' }).success,
    ).toBe(false);
  });
});

describe('query strings', () => {
  it('reads statuses repeated or comma-separated and refuses unknown names', () => {
    expect(documentFilterQuerySchema.parse({ status: ['draft,inReview'], search: ' etický ' })).toEqual({
      status: ['draft', 'inReview'],
      search: 'etický',
    });
    expect(documentFilterQuerySchema.safeParse({ $filter: 'x' }).success).toBe(false);
  });

  it('refuses file names SharePoint would refuse', () => {
    for (const name of ['../a.docx', 'a:b.pdf', '', '.docx'])
      expect(documentUploadQuerySchema.safeParse({ name, etag: '"1"' }).success).toBe(false);
    expect(documentUploadQuerySchema.parse({ name: 'Metodika kvality.docx', etag: '"1"' }).name).toBe(
      'Metodika kvality.docx',
    );
  });
});
