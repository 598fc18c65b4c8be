import type {
  AcknowledgeDocumentRequest,
  ApproveDocumentRequest,
  CommentDocumentRequest,
  CreateDocumentRequest,
  DocumentAction,
  DocumentComment,
  DocumentDetailReply,
  DocumentEvent,
  DocumentEventKind,
  DocumentRegisterReply,
  DocumentSummary,
  DocumentVersion,
  EditDocumentRequest,
  Me,
  PersonRef,
  QualityDocument,
  ReturnDocumentRequest,
  ReviewDocumentRequest,
  SubmitDocumentRequest,
  WithdrawDocumentRequest,
} from '@kvalita/core';
import { DOCUMENT_FILE_TYPES } from '@kvalita/core';
import { errorReply, type CafHandler, type FakeReply } from '../support/fake-service';

/*
 * The /api/documents endpoints in memory, answering in core's contract's shapes
 * (core/src/documents/contract.ts): the register filtered and paged (page size 3), a document's
 * detail whose `allowed` follows a simple rule (the quality manager writes the drafts, the
 * approver decides, everyone asked confirms reading), etags that change on every write and a
 * stale etag answered 409 with the service's "stale" sentence, as the real service answers.
 */

export const PAGE_SIZE = 3;

export const JANA: PersonRef = { email: 'jana.novakova@urad.example', displayName: 'Jana Nováková' };
export const LUCIE: PersonRef = { email: 'lucie.dvorakova@urad.example', displayName: 'Lucie Dvořáková' };
export const PAVEL: PersonRef = { email: 'pavel.reditel@urad.example', displayName: 'Pavel Ředitel' };

const file = (name: string, type: 'docx' | 'pdf' | 'xlsx' = 'docx') => ({ name, type, bytes: 24_576 });

function version(documentId: number, label: string, change: Partial<DocumentVersion>): DocumentVersion {
  return {
    label,
    status: 'superseded',
    file: file(`doc-${documentId}-${label}.docx`),
    createdAt: '2025-01-10T08:00:00Z',
    createdBy: JANA,
    approvedAt: '2025-01-15T08:00:00Z',
    approvedBy: PAVEL,
    effectiveFrom: '2025-02-01',
    effectiveUntil: null,
    reasonForChange: null,
    contentUrl: `/api/documents/${documentId}/versions/${label}/content`,
    ...change,
  };
}

function document(id: number, change: Partial<QualityDocument>): QualityDocument {
  return {
    id,
    code: `DOC-${id}`,
    title: `Dokument ${id}`,
    kind: 'directive',
    description: '',
    issuingBody: 'secretary',
    issuingResolution: null,
    departmentCodes: [],
    reviewIntervalMonths: 12,
    requiresAcknowledgement: false,
    acknowledgementAudience: { scope: 'office', departmentCodes: [], roles: [] },
    relatedSubcriteria: [],
    status: 'effective',
    owner: JANA,
    approver: PAVEL,
    reviewers: [LUCIE],
    departmentNames: [],
    fileType: 'docx',
    effectiveVersion: null,
    revision: null,
    effectiveFrom: null,
    nextReviewDate: null,
    withdrawnReason: null,
    webUrl: null,
    createdAt: '2025-01-10T08:00:00Z',
    modifiedAt: '2026-04-01T08:00:00Z',
    etag: '"1"',
    ...change,
  };
}

interface Stored {
  document: QualityDocument;
  versions: DocumentVersion[];
  events: DocumentEvent[];
  comments: DocumentComment[];
}

function seed(): Stored[] {
  const methodology = [
    version(1, '3.0', {
      status: 'effective',
      effectiveFrom: '2026-01-01',
      reasonForChange: 'Nové kapitoly o PDCA.',
    }),
    version(1, '2.0', {
      effectiveFrom: '2025-01-01',
      effectiveUntil: '2025-12-31',
      reasonForChange: 'Revize.',
    }),
    version(1, '1.0', { effectiveFrom: '2024-01-01', effectiveUntil: '2024-12-31' }),
  ];
  const ethics = version(2, '1.0', { status: 'effective', effectiveFrom: '2026-03-01' });
  const standard = version(3, '1.0', { status: 'effective', effectiveFrom: '2024-05-01' });
  return [
    {
      document: document(1, {
        code: 'SM-01',
        title: 'Metodika řízení kvality',
        kind: 'methodology',
        issuingBody: 'director',
        relatedSubcriteria: ['1.1', '2.1'],
        effectiveVersion: methodology[0] ?? null,
        effectiveFrom: '2026-01-01',
        nextReviewDate: '2027-01-01',
        revision: {
          label: '3.1',
          status: 'inReview',
          reasonForChange: 'Doplněna kapitola o rizicích.',
          submittedAt: '2026-05-02T08:00:00Z',
          returnComment: null,
          file: file('SM-01 koncept.docx'),
        },
        webUrl: 'https://lipova.sharepoint.test/KvalitaDocuments/SM-01.docx',
      }),
      versions: [
        version(1, '3.1', { status: 'inReview', approvedAt: null, approvedBy: null, effectiveFrom: null }),
        ...methodology,
      ],
      events: [],
      comments: [
        { id: 1, versionLabel: '3.1', by: LUCIE, at: '2026-05-03T09:00:00Z', text: 'Kapitola 4 je nejasná.' },
      ],
    },
    {
      document: document(2, {
        code: 'ES-01',
        title: 'Etický kodex',
        kind: 'codeOfEthics',
        issuingBody: 'council',
        issuingResolution: 'usnesení RM č. 12/2026',
        requiresAcknowledgement: true,
        relatedSubcriteria: ['1.1'],
        effectiveVersion: ethics,
        effectiveFrom: '2026-03-01',
        nextReviewDate: '2027-03-01',
        fileType: 'pdf',
      }),
      versions: [{ ...ethics, file: file('ES-01.pdf', 'pdf') }],
      events: [],
      comments: [],
    },
    {
      document: document(3, {
        code: 'ST-02',
        title: 'Standard zákaznické orientace',
        kind: 'standard',
        effectiveVersion: standard,
        effectiveFrom: '2024-05-01',
        nextReviewDate: '2025-05-01',
        departmentCodes: ['OD'],
        departmentNames: ['Odbor dopravy'],
      }),
      versions: [standard],
      events: [],
      comments: [],
    },
    {
      document: document(4, {
        code: 'SM-05',
        title: 'Směrnice o oběhu dokladů',
        status: 'draft',
        revision: {
          label: '0.1',
          status: 'draft',
          reasonForChange: null,
          submittedAt: null,
          returnComment: null,
          file: null,
        },
      }),
      versions: [],
      events: [],
      comments: [],
    },
  ];
}

const TODAY = '2026-05-12';
const NOW = '2026-05-12T09:00:00Z';
const overdue = (item: QualityDocument) =>
  item.status === 'effective' && item.nextReviewDate !== null && item.nextReviewDate < TODAY;

function summaryOf(item: QualityDocument): DocumentSummary {
  return {
    id: item.id,
    code: item.code,
    title: item.title,
    kind: item.kind,
    status: item.status,
    versionLabel: item.effectiveVersion?.label ?? null,
    effectiveFrom: item.effectiveFrom,
    nextReviewDate: item.nextReviewDate,
    reviewOverdue: overdue(item),
    owner: item.owner,
    departmentCodes: item.departmentCodes,
    relatedSubcriteria: item.relatedSubcriteria,
    requiresAcknowledgement: item.requiresAcknowledgement,
    revisionStatus: item.revision?.status ?? null,
    webUrl: item.webUrl,
    modifiedAt: item.modifiedAt,
  };
}

export function createFakeDocuments() {
  const stored = seed();
  /** "email|documentId|version" of every confirmation. */
  const acknowledged = new Set<string>();
  let etagCounter = 10;
  let nextId = 100;

  const pendingFor = (me: Me, item: QualityDocument) =>
    item.requiresAcknowledgement &&
    item.effectiveVersion !== null &&
    item.status === 'effective' &&
    !acknowledged.has(`${me.email}|${item.id}|${item.effectiveVersion.label}`);

  const allowedFor = (me: Me, item: QualityDocument): DocumentAction[] => {
    const allowed: DocumentAction[] = [];
    const manager = me.roles.includes('qualityManager');
    const approver = item.approver?.email === me.email;
    if (manager && item.revision?.status === 'draft') allowed.push('edit', 'upload', 'submit');
    if ((manager || approver) && item.revision?.status === 'inReview') allowed.push('comment');
    if (approver && item.revision?.status === 'inReview') allowed.push('approve', 'return');
    if (manager && item.status === 'effective' && item.revision === null)
      allowed.push('edit', 'confirmReview', 'revise', 'withdraw');
    if (pendingFor(me, item)) allowed.push('acknowledge');
    return allowed;
  };

  const detailOf = (entry: Stored, me: Me): DocumentDetailReply => {
    const item = entry.document;
    // Owners, approvers, reviewers and the quality manager see drafts; readers the approved versions only.
    const sees =
      me.roles.includes('qualityManager') ||
      [item.owner?.email, item.approver?.email, ...item.reviewers.map((person) => person.email)].includes(
        me.email,
      );
    const ack = item.effectiveVersion?.label ?? null;
    return {
      document: sees ? item : { ...item, revision: null },
      versions: sees ? entry.versions : entry.versions.filter((v) => v.approvedAt !== null),
      events: [...entry.events].reverse(),
      comments: sees ? entry.comments : [],
      acknowledgement: {
        required: item.requiresAcknowledgement && ack !== null,
        versionLabel: ack,
        acknowledgedAt:
          ack !== null && acknowledged.has(`${me.email}|${item.id}|${ack}`) ? '2026-05-12T09:00:00Z' : null,
      },
      allowed: allowedFor(me, item),
    };
  };

  const write = (
    entry: Stored,
    change: Partial<QualityDocument>,
    event: DocumentEventKind,
    me: Me,
    note = '',
  ) => {
    entry.document = { ...entry.document, ...change, etag: `"${(etagCounter += 1)}"`, modifiedAt: NOW };
    entry.events.push({
      id: entry.events.length + 1,
      kind: event,
      at: NOW,
      by: { email: me.email, displayName: me.displayName },
      versionLabel: entry.document.revision?.label ?? entry.document.effectiveVersion?.label ?? '0.1',
      note,
    });
  };

  const register = (search: URLSearchParams, me: Me): DocumentRegisterReply => {
    const text = (search.get('search') ?? '').toLocaleLowerCase('cs');
    const statuses = search.get('status')?.split(',') ?? null;
    let items = stored
      .map((entry) => entry.document)
      .filter(
        (item) =>
          (search.get('kind') === null || item.kind === search.get('kind')) &&
          (statuses === null || statuses.includes(item.status)) &&
          (search.get('departmentCode') === null ||
            item.departmentCodes.includes(search.get('departmentCode') ?? '')) &&
          (search.get('subcriterionCode') === null ||
            item.relatedSubcriteria.includes(search.get('subcriterionCode') ?? '')) &&
          (text === '' || `${item.code} ${item.title}`.toLocaleLowerCase('cs').includes(text)) &&
          (search.get('mine') !== 'true' ||
            [item.owner?.email, item.approver?.email, ...item.reviewers.map((p) => p.email)].includes(
              me.email,
            )) &&
          (search.get('reviewOverdue') !== 'true' || overdue(item)),
      );
    const sort = search.get('sort') ?? 'code';
    const keyOf = (item: QualityDocument) => (sort === 'title' ? item.title : item.code);
    items = [...items].sort((a, b) => keyOf(a).localeCompare(keyOf(b), 'cs'));
    if (search.get('descending') === 'true') items.reverse();
    const start = Number(search.get('page') ?? '0');
    return {
      items: items.slice(start, start + PAGE_SIZE).map(summaryOf),
      total: items.length,
      nextPage: start + PAGE_SIZE < items.length ? String(start + PAGE_SIZE) : null,
      mayCreate: me.roles.includes('qualityManager'),
      pendingAcknowledgements: stored.filter((entry) => pendingFor(me, entry.document)).length,
    };
  };

  const ok = (body: unknown): FakeReply => ({ status: 200, body });
  const stale = (): FakeReply => ({
    status: 409,
    body: {
      error: {
        code: 'conflict',
        message: 'Dokument mezitím změnil někdo jiný.',
        reason: { key: 'error.stale' },
      },
    },
  });

  /** PUT /api/documents/:id/file, as the fake XMLHttpRequest delivers it. */
  const upload = (
    id: number,
    name: string,
    etag: string,
    contentType: string,
    size: number,
    me: Me,
  ): FakeReply => {
    const entry = stored.find((candidate) => candidate.document.id === id);
    if (entry === undefined) return errorReply(404, 'notFound', 'Nenalezeno.');
    if (etag !== entry.document.etag) return stale();
    const type = entry.document.fileType;
    if (contentType !== DOCUMENT_FILE_TYPES[type])
      return errorReply(415, 'unsupportedMediaType', 'Dokument přijímá jen soubory svého typu.');
    const revision = entry.document.revision ?? {
      label: '0.1',
      status: 'draft' as const,
      reasonForChange: null,
      submittedAt: null,
      returnComment: null,
      file: null,
    };
    const [major, minor] = revision.label.split('.').map(Number);
    const label = revision.file === null ? revision.label : `${major}.${(minor ?? 0) + 1}`;
    write(entry, { revision: { ...revision, label, file: { name, type, bytes: size } } }, 'uploaded', me);
    return ok(detailOf(entry, me));
  };

  const handler: CafHandler = ({ method, path, search, body, me }) => {
    if (path === '/api/documents') {
      if (method === 'GET') return ok(register(search, me));
      const { draft, fileType } = body as CreateDocumentRequest;
      const created: Stored = {
        document: document((nextId += 1), {
          ...draft,
          status: 'draft',
          fileType,
          owner:
            draft.ownerEmail === null
              ? { email: me.email, displayName: me.displayName }
              : { email: draft.ownerEmail, displayName: draft.ownerEmail },
          approver: { email: draft.approverEmail, displayName: draft.approverEmail },
          reviewers: draft.reviewerEmails.map((email) => ({ email, displayName: email })),
          revision: {
            label: '0.1',
            status: 'draft',
            reasonForChange: null,
            submittedAt: null,
            returnComment: null,
            file: null,
          },
        }),
        versions: [],
        events: [],
        comments: [],
      };
      stored.push(created);
      write(created, {}, 'created', me);
      return ok(detailOf(created, me));
    }
    if (path === '/api/documents/acknowledgements/mine')
      return ok({
        pending: stored
          .filter((entry) => pendingFor(me, entry.document))
          .map(({ document: item }) => ({
            documentId: item.id,
            code: item.code,
            title: item.title,
            versionLabel: item.effectiveVersion?.label ?? '',
            effectiveFrom: item.effectiveFrom ?? '',
            webUrl: item.webUrl,
            contentUrl: item.effectiveVersion?.contentUrl ?? '',
            daysWaiting: 72,
          })),
      });
    if (path === '/api/documents/overview')
      return ok({
        awaitingApproval: stored
          .filter((e) => e.document.revision?.status === 'inReview')
          .map((e) => summaryOf(e.document)),
        reviewsDue: stored.filter((e) => overdue(e.document)).map((e) => summaryOf(e.document)),
        acknowledgementsByDocument: [
          {
            documentId: 2,
            code: 'ES-01',
            title: 'Etický kodex',
            versionLabel: '1.0',
            audience: 4,
            acknowledged: 3,
          },
        ],
        acknowledgementsByDepartment: [
          { departmentCode: 'OD', departmentName: 'Odbor dopravy', audience: 2, acknowledged: 2 },
          { departmentCode: 'OF', departmentName: 'Odbor financí', audience: 2, acknowledged: 1 },
        ],
      });
    if (path === '/api/documents/overview.xlsx' || /\/content$/.test(path)) return ok({ file: path });
    if (path === '/api/documents/evidence')
      return ok({
        bySubcriterion: {
          '1.1': stored
            .filter((e) => e.document.status === 'effective' && e.document.relatedSubcriteria.includes('1.1'))
            .map(({ document: item }) => ({
              documentId: item.id,
              code: item.code,
              title: item.title,
              kind: item.kind,
              versionLabel: item.effectiveVersion?.label ?? '',
              effectiveFrom: item.effectiveFrom ?? '',
              webUrl: item.webUrl,
            })),
        },
      });
    const match = /^\/api\/documents\/(\d+)(?:\/([a-z]+))?$/.exec(path);
    if (match === null) return undefined;
    const entry = stored.find((candidate) => candidate.document.id === Number(match[1]));
    if (entry === undefined) return errorReply(404, 'notFound', 'Nenalezeno.');
    const item = entry.document;
    const step = match[2];
    if (method === 'GET' && step === undefined) return ok(detailOf(entry, me));
    if (method === 'GET' && step === 'acknowledgements')
      return ok({
        versionLabel: item.effectiveVersion?.label ?? null,
        total: { audience: 4, acknowledged: 3 },
        byDepartment: [
          { departmentCode: 'OD', departmentName: 'Odbor dopravy', audience: 2, acknowledged: 2 },
          { departmentCode: 'OF', departmentName: 'Odbor financí', audience: 2, acknowledged: 1 },
        ],
      });
    if (step === 'acknowledge') {
      const { versionLabel } = body as AcknowledgeDocumentRequest;
      if (versionLabel !== item.effectiveVersion?.label) return stale();
      acknowledged.add(`${me.email}|${item.id}|${versionLabel}`);
      return ok(detailOf(entry, me));
    }
    if (step === 'comments') {
      const { versionLabel, text } = body as CommentDocumentRequest;
      entry.comments.push({ id: entry.comments.length + 1, versionLabel, by: me, at: NOW, text });
      write(entry, {}, 'commented', me, text);
      return ok(detailOf(entry, me));
    }
    const request = body as { etag: string };
    if (request.etag !== item.etag) return stale();
    if (method === 'PUT') {
      const { draft } = body as EditDocumentRequest;
      const { ownerEmail: _o, approverEmail: _a, reviewerEmails: _r, ...rest } = draft;
      write(entry, rest, 'edited', me);
      return ok(detailOf(entry, me));
    }
    const revision = item.revision;
    switch (step) {
      case 'submit': {
        const { reasonForChange } = body as SubmitDocumentRequest;
        if (revision === null) return undefined;
        write(
          entry,
          {
            status: item.status === 'draft' ? 'inReview' : item.status,
            revision: { ...revision, status: 'inReview', reasonForChange, submittedAt: NOW },
          },
          'submitted',
          me,
          reasonForChange,
        );
        return ok(detailOf(entry, me));
      }
      case 'approve': {
        const approve = body as ApproveDocumentRequest;
        if (revision === null || approve.versionLabel !== revision.label) return stale();
        const label = `${Number(revision.label.split('.')[0]) + 1}.0`;
        const effectiveFrom = approve.effectiveFrom ?? TODAY;
        const approved = version(item.id, label, {
          status: 'effective',
          approvedAt: NOW,
          approvedBy: me,
          effectiveFrom,
          reasonForChange: revision.reasonForChange,
        });
        entry.versions = [
          approved,
          ...entry.versions
            .filter((v) => v.approvedAt !== null)
            .map((v) =>
              v.status === 'effective'
                ? { ...v, status: 'superseded' as const, effectiveUntil: effectiveFrom }
                : v,
            ),
        ];
        write(
          entry,
          { status: 'effective', effectiveVersion: approved, effectiveFrom, revision: null },
          'approved',
          me,
          approve.comment,
        );
        return ok(detailOf(entry, me));
      }
      case 'return': {
        const { comment } = body as ReturnDocumentRequest;
        if (revision === null) return undefined;
        write(
          entry,
          { revision: { ...revision, status: 'draft', returnComment: comment } },
          'returned',
          me,
          comment,
        );
        return ok(detailOf(entry, me));
      }
      case 'review': {
        const { outcome, note } = body as ReviewDocumentRequest;
        if (outcome === 'confirmed')
          write(entry, { nextReviewDate: '2027-05-12' }, 'reviewConfirmed', me, note);
        else {
          const major = Number(item.effectiveVersion?.label.split('.')[0] ?? '0');
          write(
            entry,
            {
              revision: {
                label: `${major}.1`,
                status: 'draft',
                reasonForChange: null,
                submittedAt: null,
                returnComment: null,
                file: null,
              },
            },
            'revisionStarted',
            me,
            note,
          );
        }
        return ok(detailOf(entry, me));
      }
      case 'withdraw': {
        const { reason } = body as WithdrawDocumentRequest;
        write(entry, { status: 'withdrawn', withdrawnReason: reason }, 'withdrawn', me, reason);
        return ok(detailOf(entry, me));
      }
      default:
        return undefined;
    }
  };

  return { handler, upload, stored, acknowledged };
}
