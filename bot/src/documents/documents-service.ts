import {
  DocumentCodeTakenError,
  DocumentRefusedError,
  DocumentRuleError,
  DocumentUnknownPartyError,
  DomainError,
  DuplicateKeyError,
  StaleVersionError,
  acknowledgementRates,
  allowedDocumentActions,
  approvedLabelOf,
  documentAcknowledgeRefusal,
  documentActionRefusal,
  documentApproveRefusal,
  documentCreateRefusal,
  documentEditRefusal,
  documentOverviewRefusal,
  documentRatesRefusal,
  documentReadRefusal,
  documentStaleDraftRefusal,
  documentStateRefusal,
  documentSubmitRefusal,
  departmentWithSections,
  isInAudience,
  isReviewDue,
  maySeeDrafts,
  nextDraftLabel,
  nextReviewDate,
  normalizeEmail,
  officeDate,
  pendingAcknowledgementsOf,
  sumDepartmentRates,
  type AcknowledgeableDocument,
  type AcknowledgeDocumentRequest,
  type ApproveDocumentRequest,
  type CommentDocumentRequest,
  type CreateDocumentRequest,
  type Department,
  type DocumentAcknowledgementRate,
  type DocumentAcknowledgementsReply,
  type DocumentAction,
  type DocumentActor,
  type DocumentChangeReply,
  type DocumentContent,
  type DocumentDetailReply,
  type DocumentDraft,
  type DocumentEvidence,
  type DocumentEvidenceReply,
  type DocumentFilter,
  type DocumentOverviewReply,
  type DocumentRegisterReply,
  type DocumentSettings,
  type DocumentStateChange,
  type EditDocumentRequest,
  type MyAcknowledgement,
  type MyAcknowledgementsReply,
  type NewDocumentEvent,
  type ReturnDocumentRequest,
  type ReviewDocumentRequest,
  type StoredDocument,
  type StoredDocumentSummary,
  type SubmitDocumentRequest,
  type WithdrawDocumentRequest,
} from '@kvalita/core';
import type { Identity } from '../platform/auth/identity';
import type { DocumentChatActions } from './document-ports';
import type { DocumentsPerson, DocumentsServiceDeps } from './documents-deps';
import { documentOf, eventsFor, partiesOf, summaryOf, versionsFor } from './document-views';
import { matchesFilter, pageOf, sortRows, storedQueryOf } from './register-rows';
import { checkedLength, checkedUploadType, countedBytes, type IncomingUpload } from './upload-body';

/** How often a comment's history entry is retried when the document changed between read and write. */
const EVENT_RETRIES = 3;

/**
 * The controlled documents' rules (docs/api-documents.md), enforced here and nowhere else: who sees
 * and does what (core documents/permissions.ts), which step each state allows and what it needs
 * (core documents/lifecycle.ts), an append-only history and acknowledgements. Input arrives parsed
 * with the contract's schemas (documents-routes.ts); replies are the contract's shapes; refusals are
 * domain errors only. The chat's cards call acknowledge and comment through DocumentChatActions.
 */
export class DocumentsService implements DocumentChatActions {
  constructor(private readonly deps: DocumentsServiceDeps) {}

  /** The office's acknowledgement reminder and escalation days (the chat's reminders read them). */
  get settings(): DocumentSettings {
    return this.deps.settings;
  }

  /** The office's date today (Europe/Prague). */
  today(): string {
    return officeDate(this.deps.now());
  }

  /** Who asks, with the departments they answer for (their own with its sections). */
  async actorOf(identity: Pick<Identity, 'email' | 'roles'>): Promise<DocumentActor> {
    const [person, departments] = await Promise.all([
      this.deps.people.findByEmail(identity.email),
      this.deps.departments.list(),
    ]);
    return {
      email: normalizeEmail(identity.email),
      roles: identity.roles,
      departmentCodes: departmentWithSections(person?.departmentCode ?? null, departments),
    };
  }

  // ── Reading ──────────────────────────────────────────────────────────────────────────────

  /** GET /api/documents: the register page; readers never see a draft. */
  async register(actor: DocumentActor, filter: DocumentFilter): Promise<DocumentRegisterReply> {
    const [rows, departments, pending] = await Promise.all([
      this.deps.store.summaries(storedQueryOf(filter)),
      this.deps.departments.list(),
      this.myPending(actor),
    ]);
    const today = this.today();
    const visible = rows.filter(
      (row) =>
        documentReadRefusal(actor, partiesOf(row)) === null &&
        matchesFilter(row, filter, { email: actor.email, today, departments }),
    );
    const sorted = sortRows(visible, filter);
    const { items, nextPage } = pageOf(sorted, filter);
    return {
      items: items.map((row) => summaryOf(row, today, maySeeDrafts(actor, partiesOf(row)))),
      total: sorted.length,
      nextPage,
      mayCreate: documentCreateRefusal(actor) === null,
      pendingAcknowledgements: pending.pending.length,
    };
  }

  /** GET /api/documents/:id */
  async detail(actor: DocumentActor, id: number): Promise<DocumentDetailReply> {
    return this.detailOf(actor, await this.readable(actor, id));
  }

  /** GET …/:id/versions/:label/content: a version's file; a draft's only for who sees drafts. */
  async content(actor: DocumentActor, id: number, versionLabel: string): Promise<DocumentContent> {
    const document = await this.readable(actor, id);
    if (!maySeeDrafts(actor, partiesOf(document))) {
      const versions = versionsFor(await this.deps.store.versions(id), false);
      if (!versions.some((version) => version.label === versionLabel))
        throw new DomainError('notFound', { details: `no issued version ${versionLabel}` });
    }
    const content = await this.deps.store.content(id, versionLabel);
    if (!content) throw new DomainError('notFound', { details: `no version ${versionLabel}` });
    return content;
  }

  // ── Writing the draft ────────────────────────────────────────────────────────────────────

  /** POST /api/documents: the metadata of a new draft (its file follows with uploadDraft). */
  async create(actor: DocumentActor, request: CreateDocumentRequest): Promise<DocumentChangeReply> {
    const refusal = documentCreateRefusal(actor);
    if (refusal) throw new DocumentRefusedError(refusal);
    if (
      request.draft.ownerEmail !== null &&
      request.draft.ownerEmail !== actor.email &&
      !isQualityManager(actor)
    )
      throw new DocumentRefusedError('ownerByQualityManager');
    const draft: DocumentDraft = { ...request.draft, ownerEmail: request.draft.ownerEmail ?? actor.email };
    await this.checkDraft(draft);
    const id = await this.codeUnique(draft.code, () =>
      this.deps.store.create(draft, request.fileType, actor.email, {
        kind: 'created',
        byEmail: actor.email,
        versionLabel: nextDraftLabel(null),
        note: '',
      }),
    );
    return this.detailOf(actor, await this.stored(id));
  }

  /** PUT /api/documents/:id: the working draft's metadata. */
  async edit(actor: DocumentActor, id: number, request: EditDocumentRequest): Promise<DocumentChangeReply> {
    const document = await this.forAction(actor, id, 'edit');
    const rule = documentEditRefusal(document, request.draft.code);
    if (rule) throw new DocumentRuleError(rule);
    const draft: DocumentDraft = {
      ...request.draft,
      ownerEmail: request.draft.ownerEmail ?? document.ownerEmail,
    };
    // Who answers for the document is the quality manager's to hand over.
    if (draft.ownerEmail !== document.ownerEmail && !isQualityManager(actor))
      throw new DocumentRefusedError('ownerByQualityManager');
    await this.checkDraft(draft);
    await this.codeUnique(draft.code, () =>
      this.deps.store.change(
        id,
        request.etag,
        { draft },
        this.event(actor, 'edited', workingLabel(document), ''),
      ),
    );
    return this.detailOf(actor, await this.stored(id));
  }

  /**
   * PUT …/:id/file: the file as the next draft, streamed to storage as it arrives. Its length and
   * type are checked before a byte is read; a body that breaks off leaves the previous file as it was.
   */
  async uploadDraft(actor: DocumentActor, id: number, upload: IncomingUpload): Promise<DocumentChangeReply> {
    const bytes = checkedLength(upload.declaredBytes);
    const document = await this.forAction(actor, id, 'upload');
    const type = checkedUploadType(upload, document.fileType);
    const revision = document.revision;
    const label = revision?.file ? nextDraftLabel(revision.label) : (revision?.label ?? nextDraftLabel(null));
    await this.deps.store.uploadDraft(
      id,
      upload.etag,
      { name: upload.name, type, bytes, content: countedBytes(upload.content, bytes) },
      this.event(actor, 'uploaded', label, upload.name),
    );
    return this.detailOf(actor, await this.stored(id));
  }

  /** POST …/:id/submit: to the reviewers and the approver. */
  async submit(
    actor: DocumentActor,
    id: number,
    request: SubmitDocumentRequest,
  ): Promise<DocumentChangeReply> {
    const document = await this.forAction(actor, id, 'submit');
    const rule = documentSubmitRefusal(document, request.reasonForChange);
    if (rule) throw new DocumentRuleError(rule);
    const state: DocumentStateChange = {
      ...(document.status === 'draft' ? { status: 'inReview' as const } : {}),
      revisionStatus: 'inReview',
      reasonForChange: request.reasonForChange === '' ? null : request.reasonForChange,
      submittedAt: this.deps.now().toISOString(),
      returnComment: null,
    };
    const label = workingLabel(document);
    await this.deps.store.change(
      id,
      request.etag,
      { state },
      this.event(actor, 'submitted', label, request.reasonForChange),
    );
    const submitted = await this.stored(id);
    await this.notify('submitted', () => this.deps.notifier.submitted(submitted));
    return this.detailOf(actor, submitted);
  }

  /** POST …/:id/comments (also from the chat card): a comment on the draft in review, and its history entry. */
  async comment(
    actor: DocumentActor,
    id: number,
    request: CommentDocumentRequest,
  ): Promise<DocumentChangeReply> {
    let document = await this.forAction(actor, id, 'comment');
    const stale = documentStaleDraftRefusal(document, request.versionLabel, 'comment');
    if (stale) throw new DocumentRuleError(stale);
    await this.deps.store.addComment(id, request.versionLabel, actor.email, request.text);
    // The history entry follows the comment; someone else's change in between only means reading again.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.deps.store.change(
          id,
          document.etag,
          {},
          this.event(actor, 'commented', request.versionLabel, request.text),
        );
        break;
      } catch (error) {
        if (!(error instanceof StaleVersionError) || attempt >= EVENT_RETRIES) throw error;
        document = await this.stored(id);
      }
    }
    return this.detailOf(actor, await this.stored(id));
  }

  // ── Deciding ─────────────────────────────────────────────────────────────────────────────

  /**
   * POST …/:id/approve: the draft the approver read becomes the next major version. Effective today,
   * its audience is asked to confirm it at once; effective later, it waits as 'approved' and
   * takeEffectDue makes it effective on its date. The owner is told either way.
   */
  async approve(
    actor: DocumentActor,
    id: number,
    request: ApproveDocumentRequest,
  ): Promise<DocumentChangeReply> {
    const document = await this.forAction(actor, id, 'approve');
    const today = this.today();
    const effectiveFrom = request.effectiveFrom ?? today;
    const rule = documentApproveRefusal(
      document,
      { versionLabel: request.versionLabel, effectiveFrom, issuingResolution: request.issuingResolution },
      today,
      document.issuingResolution,
    );
    if (rule) throw new DocumentRuleError(rule);
    const status = effectiveFrom > today ? ('approved' as const) : ('effective' as const);
    await this.deps.store.approve(
      id,
      request.etag,
      {
        versionLabel: request.versionLabel,
        approverEmail: actor.email,
        comment: request.comment,
        effectiveFrom,
        nextReviewDate: nextReviewDate(effectiveFrom, document.reviewIntervalMonths),
        issuingResolution: request.issuingResolution ?? document.issuingResolution,
        status,
      },
      this.event(actor, 'approved', approvedLabelOf(request.versionLabel), request.comment),
    );
    const approved = await this.stored(id);
    await this.notify('approved', () => this.deps.notifier.approved(approved));
    if (status === 'effective')
      await this.notify('tookEffect', () => this.deps.notifier.tookEffect(approved));
    return this.detailOf(actor, approved);
  }

  /** POST …/:id/return: back to the owner with what to change. */
  async returnDraft(
    actor: DocumentActor,
    id: number,
    request: ReturnDocumentRequest,
  ): Promise<DocumentChangeReply> {
    const document = await this.forAction(actor, id, 'return');
    const stale = documentStaleDraftRefusal(document, request.versionLabel, 'return');
    if (stale) throw new DocumentRuleError(stale);
    const state: DocumentStateChange = {
      ...(document.status === 'inReview' ? { status: 'draft' as const } : {}),
      revisionStatus: 'draft',
      returnComment: request.comment,
      submittedAt: null,
    };
    await this.deps.store.change(
      id,
      request.etag,
      { state },
      this.event(actor, 'returned', request.versionLabel, request.comment),
    );
    const returned = await this.stored(id);
    await this.notify('returned', () => this.deps.notifier.returned(returned, request.comment));
    return this.detailOf(actor, returned);
  }

  /**
   * POST …/:id/review: the periodic review's outcome. Confirmed: the same version, a review date one
   * interval from today (when its suitability was last established). Revise: a new draft beside it.
   */
  async review(
    actor: DocumentActor,
    id: number,
    request: ReviewDocumentRequest,
  ): Promise<DocumentChangeReply> {
    const confirmed = request.outcome === 'confirmed';
    const document = await this.forAction(actor, id, confirmed ? 'confirmReview' : 'revise');
    const effectiveLabel = document.effectiveVersion?.label ?? workingLabel(document);
    if (confirmed) {
      const state: DocumentStateChange = {
        nextReviewDate: nextReviewDate(this.today(), document.reviewIntervalMonths),
      };
      await this.deps.store.change(
        id,
        request.etag,
        { state },
        this.event(actor, 'reviewConfirmed', effectiveLabel, request.note),
      );
    } else {
      const state: DocumentStateChange = {
        revisionStatus: 'draft',
        reasonForChange: request.note === '' ? null : request.note,
        submittedAt: null,
        returnComment: null,
      };
      await this.deps.store.change(
        id,
        request.etag,
        { state },
        this.event(actor, 'revisionStarted', nextDraftLabel(effectiveLabel), request.note),
      );
    }
    return this.detailOf(actor, await this.stored(id));
  }

  /** POST …/:id/withdraw: the document leaves force; every version stays as a record. */
  async withdraw(
    actor: DocumentActor,
    id: number,
    request: WithdrawDocumentRequest,
  ): Promise<DocumentChangeReply> {
    const document = await this.forAction(actor, id, 'withdraw');
    const label = document.effectiveVersion?.label ?? workingLabel(document);
    await this.deps.store.change(
      id,
      request.etag,
      { state: { status: 'withdrawn', revisionStatus: null, withdrawnReason: request.reason } },
      this.event(actor, 'withdrawn', label, request.reason),
    );
    const withdrawn = await this.stored(id);
    await this.notify('withdrawn', () => this.deps.notifier.withdrawn(withdrawn));
    return this.detailOf(actor, withdrawn);
  }

  // ── Read and acknowledge ─────────────────────────────────────────────────────────────────

  /**
   * POST …/:id/acknowledge (also from the chat card): one confirmation per person and version. A
   * second confirmation stores nothing new and answers the same (with the first one's time).
   */
  async acknowledge(
    actor: DocumentActor,
    id: number,
    request: AcknowledgeDocumentRequest,
  ): Promise<DocumentChangeReply> {
    const document = await this.readable(actor, id);
    const state = documentStateRefusal(partiesOf(document), 'acknowledge');
    const notYet = document.effectiveVersion?.status === 'effective' ? null : notInForce;
    const rule = documentAcknowledgeRefusal(document, request.versionLabel) ?? state ?? notYet;
    if (rule) throw new DocumentRuleError(rule);
    const [person, departments] = await Promise.all([this.person(actor.email), this.deps.departments.list()]);
    if (person === null || !isInAudience(person, document.acknowledgementAudience, departments))
      throw new DocumentRefusedError('notInAudience');
    await this.deps.acknowledgements.record({
      documentId: id,
      versionLabel: request.versionLabel,
      email: actor.email,
      departmentCode: person.departmentCode,
      at: this.deps.now().toISOString(),
    });
    return this.detailOf(actor, document);
  }

  /** GET /api/documents/acknowledgements/mine: what the person still has to confirm, longest waiting first. */
  async myPending(actor: DocumentActor): Promise<MyAcknowledgementsReply> {
    const [person, rows, departments, mine] = await Promise.all([
      this.person(actor.email),
      this.deps.store.summaries({ statuses: ['effective', 'approved'], requiresAcknowledgement: true }),
      this.deps.departments.list(),
      this.deps.acknowledgements.forPerson(actor.email),
    ]);
    if (person === null) return { pending: [] };
    const today = this.today();
    const documents = rows.flatMap((row) => acknowledgeableOf(row, today));
    return {
      pending: pendingAcknowledgementsOf(
        person,
        documents,
        departments,
        mine,
        today,
        person.joinedOn ?? null,
      ),
    };
  }

  /** GET …/:id/acknowledgements: the effective version's rate, overall and per department. */
  async acknowledgementRates(actor: DocumentActor, id: number): Promise<DocumentAcknowledgementsReply> {
    const document = await this.readable(actor, id);
    const refusal = documentRatesRefusal(actor, partiesOf(document));
    if (refusal) throw new DocumentRefusedError(refusal);
    const version = document.effectiveVersion;
    if (!document.requiresAcknowledgement || version === null)
      return {
        versionLabel: version?.label ?? null,
        total: { audience: 0, acknowledged: 0 },
        byDepartment: [],
      };
    const [people, departments, acks] = await Promise.all([
      this.deps.people.list(),
      this.deps.departments.list(),
      this.deps.acknowledgements.forDocuments([id]),
    ]);
    const rates = acknowledgementRates(
      {
        documentId: id,
        versionLabel: version.label,
        acknowledgementAudience: document.acknowledgementAudience,
      },
      people,
      departments,
      acks,
    );
    return { versionLabel: version.label, ...rates };
  }

  // ── The quality manager's overview, CAF evidence, the daily step ─────────────────────────

  /** GET /api/documents/overview: approvals waiting, reviews due or overdue, acknowledgement rates. */
  async overview(actor: DocumentActor): Promise<DocumentOverviewReply> {
    const refusal = documentOverviewRefusal(actor);
    if (refusal) throw new DocumentRefusedError(refusal);
    const rows = await this.deps.store.summaries({});
    const today = this.today();
    const awaiting = rows
      .filter((row) => row.revisionStatus === 'inReview')
      .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || a.id - b.id);
    const due = rows
      .filter(
        (row) =>
          (row.status === 'effective' || row.status === 'approved') && isReviewDue(row.nextReviewDate, today),
      )
      .sort((a, b) => (a.nextReviewDate ?? '').localeCompare(b.nextReviewDate ?? '') || a.id - b.id);
    const acknowledgeable = rows
      .filter((row) => row.requiresAcknowledgement)
      .flatMap((row) => acknowledgeableOf(row, today));
    const byDocument = await this.ratesOf(acknowledgeable, rows);
    return {
      awaitingApproval: awaiting.map((row) => summaryOf(row, today, true)),
      reviewsDue: due.map((row) => summaryOf(row, today, true)),
      acknowledgementsByDocument: byDocument.map(({ byDepartment: _departments, ...rate }) => rate),
      acknowledgementsByDepartment: sumDepartmentRates(byDocument.map((rate) => rate.byDepartment)),
    };
  }

  /**
   * GET /api/documents/evidence: the documents in force on `onDate` (default today) by the CAF
   * subcriteria they are evidence for; only those asked for when `subcriteria` is given.
   */
  async evidence(subcriteria?: readonly string[], onDate?: string): Promise<DocumentEvidenceReply> {
    const inForce = await this.inForce(onDate ?? this.today());
    const bySubcriterion: Record<string, DocumentEvidence[]> = {};
    for (const { evidence, relatedSubcriteria } of inForce)
      for (const code of relatedSubcriteria)
        if (subcriteria === undefined || subcriteria.includes(code))
          (bySubcriterion[code] ??= []).push(evidence);
    return { bySubcriterion };
  }

  /**
   * Every document in force on a date, with the version then in force, by code: the CAF report's
   * "Platné řízené dokumenty". The current effective version when it was already in force; else
   * the versions' history says which one was (a document since withdrawn or revised).
   */
  async documentsInForce(onDate: string): Promise<DocumentEvidence[]> {
    return (await this.inForce(onDate)).map(({ evidence }) => evidence);
  }

  /**
   * The daily step (the scheduler runs it every minute; it does something once a day): approved
   * versions whose effective date has come take effect, and their audience is asked to confirm.
   * Returns how many took effect. A document changed meanwhile is tried again on the next run.
   */
  async takeEffectDue(today: string = this.today()): Promise<number> {
    const waiting = await this.deps.store.summaries({ statuses: ['approved'] });
    let count = 0;
    for (const row of waiting) {
      const versions = await this.deps.store.versions(row.id);
      const due = versions.find(
        (version) =>
          version.status === 'approved' && version.effectiveFrom !== null && version.effectiveFrom <= today,
      );
      if (!due) continue;
      const document = await this.deps.store.get(row.id);
      if (!document || document.status !== 'approved') continue;
      try {
        await this.deps.store.change(
          row.id,
          document.etag,
          {
            state: {
              status: 'effective',
              effectiveFrom: due.effectiveFrom,
              nextReviewDate: nextReviewDate(due.effectiveFrom ?? today, document.reviewIntervalMonths),
            },
          },
          {
            kind: 'tookEffect',
            byEmail: due.approvedBy?.email ?? document.approverEmail ?? '',
            versionLabel: due.label,
            note: '',
          },
        );
      } catch (error) {
        if (error instanceof StaleVersionError) continue;
        throw error;
      }
      count++;
      const effective = await this.stored(row.id);
      await this.notify('tookEffect', () => this.deps.notifier.tookEffect(effective));
    }
    return count;
  }

  // ── Internals ────────────────────────────────────────────────────────────────────────────

  private async inForce(onDate: string) {
    const rows = await this.deps.store.summaries({ statuses: ['effective', 'approved', 'withdrawn'] });
    const found: { evidence: DocumentEvidence; relatedSubcriteria: readonly string[] }[] = [];
    for (const row of rows) {
      let label: string | null = null;
      let from: string | null = null;
      if (
        row.versionLabel !== null &&
        row.effectiveFrom !== null &&
        row.effectiveFrom <= onDate &&
        row.status !== 'withdrawn'
      ) {
        label = row.versionLabel;
        from = row.effectiveFrom;
      } else {
        // Revised or withdrawn since: the version whose time in force spans the date, if any.
        const versions = await this.deps.store.versions(row.id);
        const then = versions.find(
          (version) =>
            version.effectiveFrom !== null &&
            version.effectiveFrom <= onDate &&
            (version.effectiveUntil === null || version.effectiveUntil > onDate) &&
            version.status !== 'draft' &&
            version.status !== 'inReview' &&
            version.status !== 'approved',
        );
        if (then) {
          label = then.label;
          from = then.effectiveFrom;
        }
      }
      if (label === null || from === null) continue;
      found.push({
        evidence: {
          documentId: row.id,
          code: row.code,
          title: row.title,
          kind: row.kind,
          versionLabel: label,
          effectiveFrom: from,
          webUrl: row.webUrl,
        },
        relatedSubcriteria: row.relatedSubcriteria,
      });
    }
    const collator = new Intl.Collator('cs', { numeric: true });
    return found.sort((a, b) => collator.compare(a.evidence.code, b.evidence.code));
  }

  private async ratesOf(
    documents: readonly AcknowledgeableDocument[],
    rows: readonly StoredDocumentSummary[],
  ): Promise<
    (DocumentAcknowledgementRate & {
      byDepartment: ReturnType<typeof acknowledgementRates>['byDepartment'];
    })[]
  > {
    if (documents.length === 0) return [];
    const [people, departments, acks] = await Promise.all([
      this.deps.people.list(),
      this.deps.departments.list(),
      this.deps.acknowledgements.forDocuments(documents.map((document) => document.documentId)),
    ]);
    const titles = new Map(rows.map((row) => [row.id, row]));
    return documents.map((document) => {
      const rates = acknowledgementRates(document, people, departments, acks);
      const row = titles.get(document.documentId);
      return {
        documentId: document.documentId,
        code: row?.code ?? document.code,
        title: row?.title ?? document.title,
        versionLabel: document.versionLabel,
        ...rates.total,
        byDepartment: rates.byDepartment,
      };
    });
  }

  private async person(email: string): Promise<DocumentsPerson | null> {
    return this.deps.people.findByEmail(email);
  }

  private async stored(id: number): Promise<StoredDocument> {
    if (!Number.isSafeInteger(id) || id < 1)
      throw new DomainError('notFound', { details: 'no such document' });
    const document = await this.deps.store.get(id);
    if (!document) throw new DomainError('notFound', { details: `no document ${id}` });
    return document;
  }

  /** The document if the person may see it; a draft they may not see is as if it did not exist. */
  private async readable(actor: DocumentActor, id: number): Promise<StoredDocument> {
    const document = await this.stored(id);
    if (documentReadRefusal(actor, partiesOf(document)))
      throw new DomainError('notFound', { details: `no document ${id}` });
    return document;
  }

  /** The document, if the role matrix and then the lifecycle allow the action. */
  private async forAction(actor: DocumentActor, id: number, action: DocumentAction): Promise<StoredDocument> {
    const document = await this.readable(actor, id);
    const parties = partiesOf(document);
    const refusal = documentActionRefusal(actor, parties, { inAudience: true }, action);
    if (refusal) throw new DocumentRefusedError(refusal);
    const state = documentStateRefusal(parties, action);
    if (state) throw new DocumentRuleError(state);
    return document;
  }

  private async detailOf(actor: DocumentActor, stored: StoredDocument): Promise<DocumentDetailReply> {
    const parties = partiesOf(stored);
    const seesDrafts = maySeeDrafts(actor, parties);
    const [versions, events, comments, acknowledgement] = await Promise.all([
      this.deps.store.versions(stored.id),
      this.deps.store.events(stored.id),
      seesDrafts ? this.deps.store.comments(stored.id) : Promise.resolve([]),
      this.myAcknowledgement(actor, stored),
    ]);
    return {
      document: documentOf(stored, seesDrafts),
      versions: versionsFor(versions, seesDrafts),
      events: eventsFor(events, seesDrafts),
      comments,
      acknowledgement,
      allowed: allowedDocumentActions(actor, parties, {
        inAudience: acknowledgement.required,
        acknowledged: acknowledgement.acknowledgedAt !== null,
        requiresAcknowledgement: stored.requiresAcknowledgement,
      }),
    };
  }

  private async myAcknowledgement(
    actor: DocumentActor,
    document: StoredDocument,
  ): Promise<MyAcknowledgement> {
    const version = document.effectiveVersion;
    // A version approved for a later date is not yet read and confirmed: the one in force is.
    const inForce = version?.status === 'effective' && document.status !== 'withdrawn';
    if (!document.requiresAcknowledgement || version === null || !inForce)
      return { required: false, versionLabel: version?.label ?? null, acknowledgedAt: null };
    const [person, departments, mine] = await Promise.all([
      this.person(actor.email),
      this.deps.departments.list(),
      this.deps.acknowledgements.forPerson(actor.email),
    ]);
    const required = person !== null && isInAudience(person, document.acknowledgementAudience, departments);
    const confirmed = mine.find(
      (ack) => ack.documentId === document.id && ack.versionLabel === version.label,
    );
    return { required, versionLabel: version.label, acknowledgedAt: confirmed?.at ?? null };
  }

  private event(
    actor: DocumentActor,
    kind: NewDocumentEvent['kind'],
    versionLabel: string,
    note: string,
  ): NewDocumentEvent {
    return { kind, byEmail: actor.email, versionLabel, note };
  }

  /** A notification goes after the change is stored; if it fails the change stands and the failure is logged. */
  private async notify(what: string, send: () => Promise<void>): Promise<void> {
    try {
      await send();
    } catch (error) {
      (this.deps.log ?? console.log)(
        `documents: the ${what} notification failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  /** A taken code (storage's DuplicateKeyError) is said as such. */
  private async codeUnique<T>(code: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (error instanceof DuplicateKeyError) throw new DocumentCodeTakenError(code);
      throw error;
    }
  }

  /** Every person and department a draft names must be in the office directory; the owner never approves. */
  private async checkDraft(draft: DocumentDraft): Promise<void> {
    if (draft.ownerEmail !== null && draft.ownerEmail === draft.approverEmail)
      throw new DomainError(
        'badRequest',
        { details: 'approverEmail: the owner may not approve their own document' },
        'documents.refused.selfApproval',
      );
    if (draft.ownerEmail !== null && draft.reviewerEmails.includes(draft.ownerEmail))
      throw new DomainError('badRequest', {
        details: 'reviewerEmails: the owner does not review their own document',
      });
    const departments: readonly Department[] = await this.deps.departments.list();
    const known = new Set(departments.map((department) => department.code));
    const codes: [string, string][] = [
      ...draft.departmentCodes.map((code, index): [string, string] => [
        `draft.departmentCodes.${index}`,
        code,
      ]),
      ...draft.acknowledgementAudience.departmentCodes.map((code, index): [string, string] => [
        `draft.acknowledgementAudience.departmentCodes.${index}`,
        code,
      ]),
    ];
    const unknownDepartment = codes.find(([, code]) => !known.has(code));
    if (unknownDepartment) throw new DocumentUnknownPartyError(unknownDepartment[0], 'department');
    const people: [string, string][] = [
      ...(draft.ownerEmail === null ? [] : [['draft.ownerEmail', draft.ownerEmail] as [string, string]]),
      ['draft.approverEmail', draft.approverEmail],
      ...draft.reviewerEmails.map((email, index): [string, string] => [
        `draft.reviewerEmails.${index}`,
        email,
      ]),
    ];
    const found = await Promise.all(people.map(([, email]) => this.deps.people.findByEmail(email)));
    const missing = people.find((_, index) => found[index] === null);
    if (missing) throw new DocumentUnknownPartyError(missing[0], 'person');
  }
}

/** A version approved for a later date cannot be confirmed before it is in force. */
const notInForce = { kind: 'supersededVersion', action: 'acknowledge' } as const;

const isQualityManager = (actor: DocumentActor) => actor.roles.includes('qualityManager');

/** The label of the draft being written (the first draft's before any upload). */
function workingLabel(document: StoredDocument): string {
  return document.revision?.label ?? nextDraftLabel(document.effectiveVersion?.label ?? null);
}

/** The row as an acknowledgeable version when a version is in force today and asks for confirmations. */
function acknowledgeableOf(row: StoredDocumentSummary, today: string): AcknowledgeableDocument[] {
  if (!row.requiresAcknowledgement || row.versionLabel === null || row.effectiveFrom === null) return [];
  if (row.status !== 'effective' && !(row.status === 'approved' && row.effectiveFrom <= today)) return [];
  return [
    {
      documentId: row.id,
      code: row.code,
      title: row.title,
      versionLabel: row.versionLabel,
      effectiveFrom: row.effectiveFrom,
      webUrl: row.webUrl,
      acknowledgementAudience: row.acknowledgementAudience,
    },
  ];
}
