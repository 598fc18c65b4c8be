import {
  DuplicateKeyError,
  StaleVersionError,
  approvedLabelOf,
  documentContentUrl,
  nextDraftLabel,
  normalizeEmail,
  type AcknowledgementsStore,
  type Department,
  type DocumentComment,
  type DocumentContent,
  type DocumentDraft,
  type DocumentEvent,
  type DocumentFileType,
  type DocumentStateChange,
  type DocumentUpload,
  type DocumentVersion,
  type DocumentsStore,
  type NewDocumentEvent,
  type Person,
  type PersonRef,
  type StoredAcknowledgement,
  type StoredDocument,
  type StoredDocumentQuery,
  type StoredDocumentSummary,
  type VersionApproval,
} from '@kvalita/core';

/**
 * The documents' storage ports in memory, as the KvalitaDocuments library would keep them: an
 * ETag per document ("1", "2", …) every change must match (StaleVersionError, nothing written),
 * codes unique (DuplicateKeyError), drafts as minor versions and approvals as the next major
 * version, every version kept, a history and comments only ever appended to. An upload is read
 * whole before anything is written, so one that fails or breaks off leaves no version. `writes`
 * counts what was written, so a test sees that a refused request wrote nothing.
 */
interface Entry {
  document: StoredDocument;
  etag: number;
  /** Oldest first. */
  versions: DocumentVersion[];
  files: Map<string, Uint8Array>;
  events: DocumentEvent[];
  comments: DocumentComment[];
  submittedAt: string | null;
}

export class MemoryDocumentsStore implements DocumentsStore {
  private readonly entries = new Map<number, Entry>();
  private nextId = 1;
  private nextEventId = 1;
  writes = 0;

  constructor(
    private readonly people: readonly Person[],
    private readonly departments: readonly Department[],
    private readonly now: () => Date,
  ) {}

  async summaries(query: StoredDocumentQuery): Promise<StoredDocumentSummary[]> {
    return [...this.entries.values()]
      .filter(({ document }) => matches(document, query))
      .map(({ document, submittedAt }) => ({
        id: document.id,
        code: document.code,
        title: document.title,
        kind: document.kind,
        status: document.status,
        versionLabel: document.effectiveVersion?.label ?? null,
        effectiveFrom: document.effectiveFrom,
        nextReviewDate: document.nextReviewDate,
        owner: document.owner,
        departmentCodes: document.departmentCodes,
        relatedSubcriteria: document.relatedSubcriteria,
        requiresAcknowledgement: document.requiresAcknowledgement,
        revisionStatus: document.revision?.status ?? null,
        webUrl: document.webUrl,
        modifiedAt: document.modifiedAt,
        ownerEmail: document.ownerEmail,
        approverEmail: document.approverEmail,
        reviewerEmails: document.reviewerEmails,
        acknowledgementAudience: document.acknowledgementAudience,
        submittedAt,
      }));
  }

  async get(id: number): Promise<StoredDocument | null> {
    return this.entries.get(id)?.document ?? null;
  }

  async versions(id: number): Promise<DocumentVersion[]> {
    return [...(this.entries.get(id)?.versions ?? [])].reverse();
  }

  async events(id: number): Promise<DocumentEvent[]> {
    return [...(this.entries.get(id)?.events ?? [])].reverse();
  }

  async comments(id: number): Promise<DocumentComment[]> {
    return [...(this.entries.get(id)?.comments ?? [])].reverse();
  }

  async create(
    draft: DocumentDraft,
    fileType: DocumentFileType,
    createdByEmail: string,
    event: NewDocumentEvent,
  ): Promise<number> {
    this.codeFree(draft.code, null);
    this.writes++;
    const id = this.nextId++;
    const at = this.now().toISOString();
    const document: StoredDocument = {
      ...this.metadata(draft),
      id,
      fileType,
      status: 'draft',
      effectiveVersion: null,
      revision: {
        label: nextDraftLabel(null),
        status: 'draft',
        reasonForChange: null,
        submittedAt: null,
        returnComment: null,
        file: null,
      },
      effectiveFrom: null,
      nextReviewDate: null,
      withdrawnReason: null,
      webUrl: null,
      createdAt: at,
      modifiedAt: at,
      etag: '"1"',
    };
    void createdByEmail;
    const entry: Entry = {
      document,
      etag: 1,
      versions: [],
      files: new Map(),
      events: [],
      comments: [],
      submittedAt: null,
    };
    this.entries.set(id, entry);
    this.append(entry, event);
    return id;
  }

  async change(
    id: number,
    etag: string,
    change: { readonly draft?: DocumentDraft; readonly state?: DocumentStateChange },
    event: NewDocumentEvent,
  ): Promise<void> {
    const entry = this.current(id, etag);
    if (change.draft) this.codeFree(change.draft.code, id);
    this.writes++;
    let document = entry.document;
    if (change.draft) document = { ...document, ...this.metadata(change.draft) };
    if (change.state) document = this.applyState(entry, document, change.state);
    this.save(entry, document);
    this.append(entry, event);
  }

  async uploadDraft(
    id: number,
    etag: string,
    upload: DocumentUpload,
    event: NewDocumentEvent,
  ): Promise<void> {
    this.current(id, etag);
    // Read whole first: a body that fails or breaks off writes nothing.
    const chunks: Uint8Array[] = [];
    let bytes = 0;
    for await (const chunk of upload.content) {
      chunks.push(chunk);
      bytes += chunk.byteLength;
    }
    if (bytes !== upload.bytes) throw new Error(`declared ${upload.bytes} bytes, ${bytes} arrived`);
    const entry = this.current(id, etag);
    this.writes++;
    const revision = entry.document.revision ?? {
      label: nextDraftLabel(entry.document.effectiveVersion?.label ?? null),
      status: 'draft' as const,
      reasonForChange: null,
      submittedAt: null,
      returnComment: null,
      file: null,
    };
    const label = revision.file ? nextDraftLabel(revision.label) : revision.label;
    const file = { name: upload.name, type: upload.type, bytes };
    const content = new Uint8Array(bytes);
    let offset = 0;
    for (const chunk of chunks) {
      content.set(chunk, offset);
      offset += chunk.byteLength;
    }
    entry.files.set(label, content);
    entry.versions.push({
      label,
      status: 'draft',
      file,
      createdAt: this.now().toISOString(),
      createdBy: this.ref(event.byEmail),
      approvedAt: null,
      approvedBy: null,
      effectiveFrom: null,
      effectiveUntil: null,
      reasonForChange: null,
      contentUrl: documentContentUrl(id, label),
    });
    this.save(entry, { ...entry.document, revision: { ...revision, label, file } });
    this.append(entry, event);
  }

  async approve(id: number, etag: string, approval: VersionApproval, event: NewDocumentEvent): Promise<void> {
    const entry = this.current(id, etag);
    const revision = entry.document.revision;
    if (!revision?.file || revision.label !== approval.versionLabel)
      throw new StaleVersionError(`the draft is no longer ${approval.versionLabel}`);
    this.writes++;
    const label = approvedLabelOf(revision.label);
    const at = this.now().toISOString();
    for (const version of entry.versions)
      if (version.status === 'inReview' || version.status === 'draft')
        Object.assign(version, { status: 'draft' });
    const content = entry.files.get(revision.label);
    if (content) entry.files.set(label, content);
    entry.versions.push({
      label,
      status: approval.status,
      file: revision.file,
      createdAt: at,
      createdBy: this.ref(approval.approverEmail),
      approvedAt: at,
      approvedBy: this.ref(approval.approverEmail),
      effectiveFrom: approval.effectiveFrom,
      effectiveUntil: null,
      reasonForChange: revision.reasonForChange,
      contentUrl: documentContentUrl(id, label),
    });
    let document: StoredDocument = {
      ...entry.document,
      revision: null,
      issuingResolution: approval.issuingResolution,
    };
    entry.submittedAt = null;
    if (approval.status === 'effective')
      document = this.takeEffect(entry, document, label, approval.nextReviewDate);
    else document = { ...document, status: 'approved' };
    this.save(entry, document);
    this.append(entry, event);
  }

  async addComment(id: number, versionLabel: string, byEmail: string, text: string): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry) throw new Error(`no document ${id}`);
    this.writes++;
    entry.comments.push({
      id: entry.comments.length + 1,
      versionLabel,
      by: this.ref(byEmail),
      at: this.now().toISOString(),
      text,
    });
  }

  async content(id: number, versionLabel: string): Promise<DocumentContent | null> {
    const entry = this.entries.get(id);
    const version = entry?.versions.find((candidate) => candidate.label === versionLabel);
    const bytes = entry?.files.get(versionLabel);
    if (!version || !bytes) return null;
    return {
      name: version.file.name,
      type: version.file.type,
      bytes: bytes.byteLength,
      content: (async function* () {
        yield bytes;
      })(),
    };
  }

  /** The stored file of a version, for tests. */
  fileOf(id: number, versionLabel: string): Uint8Array | undefined {
    return this.entries.get(id)?.files.get(versionLabel);
  }

  private applyState(entry: Entry, before: StoredDocument, state: DocumentStateChange): StoredDocument {
    let document = before;
    if (state.submittedAt !== undefined) entry.submittedAt = state.submittedAt;
    if (state.revisionStatus !== undefined) {
      if (state.revisionStatus === null) document = { ...document, revision: null };
      else {
        const revision = document.revision ?? {
          label: nextDraftLabel(document.effectiveVersion?.label ?? null),
          status: 'draft' as const,
          reasonForChange: null,
          submittedAt: null,
          returnComment: null,
          file: null,
        };
        document = { ...document, revision: { ...revision, status: state.revisionStatus } };
        const current = entry.versions.find((version) => version.label === revision.label);
        if (current) Object.assign(current, { status: state.revisionStatus });
      }
    }
    if (document.revision) {
      const revision = document.revision;
      document = {
        ...document,
        revision: {
          ...revision,
          ...(state.reasonForChange !== undefined ? { reasonForChange: state.reasonForChange } : {}),
          ...(state.submittedAt !== undefined ? { submittedAt: state.submittedAt } : {}),
          ...(state.returnComment !== undefined ? { returnComment: state.returnComment } : {}),
        },
      };
    }
    if (state.nextReviewDate !== undefined) document = { ...document, nextReviewDate: state.nextReviewDate };
    if (state.withdrawnReason !== undefined)
      document = { ...document, withdrawnReason: state.withdrawnReason };
    if (state.status === 'effective' && before.status === 'approved') {
      // The approved version's date has come: it takes effect, the one before is superseded.
      const waiting = entry.versions.find((version) => version.status === 'approved');
      if (waiting) document = this.takeEffect(entry, document, waiting.label, state.nextReviewDate ?? null);
    } else if (state.status === 'withdrawn') {
      const today = this.now().toISOString().slice(0, 10);
      for (const version of entry.versions)
        if (version.status === 'effective' || version.status === 'approved')
          Object.assign(version, { status: 'withdrawn', effectiveUntil: today });
      document = { ...document, status: 'withdrawn', effectiveVersion: null, webUrl: null };
    } else if (state.status !== undefined) document = { ...document, status: state.status };
    if (state.effectiveFrom !== undefined && state.status !== 'effective')
      document = { ...document, effectiveFrom: state.effectiveFrom };
    return document;
  }

  private takeEffect(
    entry: Entry,
    document: StoredDocument,
    label: string,
    nextReviewDate: string | null,
  ): StoredDocument {
    const version = entry.versions.find((candidate) => candidate.label === label);
    if (!version) return document;
    for (const earlier of entry.versions)
      if (earlier.status === 'effective')
        Object.assign(earlier, { status: 'superseded', effectiveUntil: version.effectiveFrom });
    Object.assign(version, { status: 'effective' });
    return {
      ...document,
      status: 'effective',
      effectiveVersion: { ...version },
      effectiveFrom: version.effectiveFrom,
      nextReviewDate: nextReviewDate ?? document.nextReviewDate,
      webUrl: `https://lipova.sharepoint.com/sites/kvalita/KvalitaDocuments/${document.code}.${document.fileType}`,
    };
  }

  private current(id: number, etag: string): Entry {
    const entry = this.entries.get(id);
    if (!entry) throw new Error(`no document ${id}`);
    if (etag !== `"${entry.etag}"`) throw new StaleVersionError();
    return entry;
  }

  private save(entry: Entry, document: StoredDocument): void {
    entry.etag++;
    entry.document = { ...document, etag: `"${entry.etag}"`, modifiedAt: this.now().toISOString() };
  }

  private append(entry: Entry, event: NewDocumentEvent): void {
    entry.events.push({
      id: this.nextEventId++,
      kind: event.kind,
      at: this.now().toISOString(),
      by: this.ref(event.byEmail),
      versionLabel: event.versionLabel,
      note: event.note,
    });
  }

  private codeFree(code: string, except: number | null): void {
    for (const [id, { document }] of this.entries)
      if (id !== except && document.code.toLowerCase() === code.toLowerCase())
        throw new DuplicateKeyError(`the code ${code} is taken`);
  }

  private ref(email: string | null): PersonRef | null {
    if (email === null) return null;
    const person = this.people.find((candidate) => normalizeEmail(candidate.email) === normalizeEmail(email));
    return { email: normalizeEmail(email), displayName: person?.displayName ?? email };
  }

  private metadata(draft: DocumentDraft) {
    const names = new Map(this.departments.map((department) => [department.code, department.name]));
    return {
      code: draft.code,
      title: draft.title,
      kind: draft.kind,
      description: draft.description,
      issuingBody: draft.issuingBody,
      issuingResolution: draft.issuingResolution,
      departmentCodes: draft.departmentCodes,
      reviewIntervalMonths: draft.reviewIntervalMonths,
      requiresAcknowledgement: draft.requiresAcknowledgement,
      acknowledgementAudience: draft.acknowledgementAudience,
      relatedSubcriteria: draft.relatedSubcriteria,
      owner: this.ref(draft.ownerEmail),
      approver: this.ref(draft.approverEmail),
      reviewers: draft.reviewerEmails.map((email) => this.ref(email) as PersonRef),
      departmentNames: draft.departmentCodes.map((code) => names.get(code) ?? code),
      ownerEmail: draft.ownerEmail,
      approverEmail: draft.approverEmail,
      reviewerEmails: draft.reviewerEmails,
    };
  }
}

function matches(document: StoredDocument, query: StoredDocumentQuery): boolean {
  if (query.statuses && !query.statuses.includes(document.status)) return false;
  if (query.kind && document.kind !== query.kind) return false;
  if (query.subcriterionCode && !document.relatedSubcriteria.includes(query.subcriterionCode)) return false;
  if (
    query.reviewBy &&
    (document.status !== 'effective' ||
      document.nextReviewDate === null ||
      document.nextReviewDate > query.reviewBy)
  )
    return false;
  if (
    query.requiresAcknowledgement !== undefined &&
    document.requiresAcknowledgement !== query.requiresAcknowledgement
  )
    return false;
  return true;
}

/** Acknowledgements in memory: append-only, one per person and version. */
export class MemoryAcknowledgementsStore implements AcknowledgementsStore {
  readonly records: StoredAcknowledgement[] = [];

  async forDocuments(documentIds?: readonly number[]): Promise<StoredAcknowledgement[]> {
    return this.records.filter((ack) => documentIds === undefined || documentIds.includes(ack.documentId));
  }

  async forPerson(email: string): Promise<StoredAcknowledgement[]> {
    return this.records.filter((ack) => normalizeEmail(ack.email) === normalizeEmail(email));
  }

  async record(ack: StoredAcknowledgement): Promise<'recorded' | 'already'> {
    const already = this.records.some(
      (other) =>
        other.documentId === ack.documentId &&
        other.versionLabel === ack.versionLabel &&
        normalizeEmail(other.email) === normalizeEmail(ack.email),
    );
    if (already) return 'already';
    this.records.push({ ...ack, email: normalizeEmail(ack.email) });
    return 'recorded';
  }
}
