import type { NewDocumentEvent } from '@kvalita/core';
import { AcknowledgementsRepository, DocumentsRepository, type SiteContext } from '@kvalita/sharepoint';
import { DEMO_DOCUMENTS, type DemoDocument } from './demo-documents';
import { DEMO_PEOPLE } from './office';

const email = (local: string) => `${local}@lipova.example`;
const DAY_MS = 24 * 60 * 60 * 1000;
const SEED_TOGETHER = 4;

/** The day `months` months before `now` (the 1st for whole months keeps dates readable). */
function monthsBefore(now: Date, months: number): Date {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1, 9, 0, 0));
  return day;
}

const isoDay = (at: Date) => at.toISOString().slice(0, 10);

async function* bytesOf(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}

/**
 * Replays one demo document through the storage the service uses, each step on its own day:
 * created, each approved version uploaded, submitted and approved (a revision started before the
 * second and later ones), then the draft in progress and its reviewers' comments, and the
 * confirmations of the effective version.
 */
async function replay(site: SiteContext, demo: DemoDocument, now: Date): Promise<void> {
  const first = demo.approved[0]?.monthsAgo ?? 1;
  const at = (when: Date) => new DocumentsRepository(site, { now: () => when });
  const event = (
    kind: NewDocumentEvent['kind'],
    versionLabel: string,
    by: string,
    note = '',
  ): NewDocumentEvent => ({
    kind,
    versionLabel,
    byEmail: by,
    note,
  });
  const owner = demo.draft.ownerEmail ?? email('jana.novakova');
  const approver = demo.draft.approverEmail;
  const start = new Date(monthsBefore(now, first).getTime() - 20 * DAY_MS);
  const id = await at(start).create(demo.draft, demo.type, owner, event('created', '0.1', owner));
  const current = async () => {
    const document = await at(now).get(id);
    if (!document) throw new Error(`demo document ${demo.draft.code} vanished`);
    return document;
  };
  const upload = async (when: Date, file: () => Promise<Uint8Array>) => {
    const bytes = await file();
    const document = await current();
    await at(when).uploadDraft(
      id,
      document.etag,
      {
        name: `${demo.draft.code}.${demo.type}`,
        type: demo.type,
        bytes: bytes.length,
        content: bytesOf(bytes),
      },
      event('uploaded', document.revision?.label ?? '', owner),
    );
  };
  const submit = async (when: Date, reason: string, firstVersion: boolean) => {
    const document = await current();
    await at(when).change(
      id,
      document.etag,
      {
        state: {
          ...(firstVersion ? { status: 'inReview' as const } : {}),
          revisionStatus: 'inReview',
          reasonForChange: reason,
          submittedAt: when.toISOString(),
        },
      },
      event('submitted', document.revision?.label ?? '', owner, reason),
    );
  };
  const startRevision = async (when: Date, reason: string) => {
    const document = await current();
    await at(when).change(
      id,
      document.etag,
      { state: { revisionStatus: 'draft', reasonForChange: reason, returnComment: null } },
      event('revisionStarted', document.revision?.label ?? '', owner, reason),
    );
  };

  for (const [index, version] of demo.approved.entries()) {
    const effective = monthsBefore(now, version.monthsAgo);
    if (index > 0) await startRevision(new Date(effective.getTime() - 30 * DAY_MS), version.reason);
    await upload(new Date(effective.getTime() - 20 * DAY_MS), version.file);
    await submit(new Date(effective.getTime() - 14 * DAY_MS), version.reason, index === 0);
    const document = await current();
    const draftLabel = document.revision?.label ?? '';
    const review = new Date(effective);
    review.setUTCMonth(review.getUTCMonth() + demo.draft.reviewIntervalMonths);
    await at(new Date(effective.getTime() - 7 * DAY_MS)).approve(
      id,
      document.etag,
      {
        versionLabel: draftLabel,
        approverEmail: approver,
        comment: version.approverComment,
        effectiveFrom: isoDay(effective),
        nextReviewDate: isoDay(review),
        issuingResolution: demo.draft.issuingResolution,
        status: 'effective',
      },
      event('approved', `${Number.parseInt(draftLabel, 10) + 1}.0`, approver, version.approverComment),
    );
  }

  const revision = demo.revision;
  if (revision) {
    const started = new Date(now.getTime() - 12 * DAY_MS);
    if (demo.approved.length > 0) await startRevision(started, revision.reason);
    await upload(new Date(now.getTime() - 10 * DAY_MS), revision.file);
    if (revision.submitted)
      await submit(new Date(now.getTime() - 6 * DAY_MS), revision.reason, demo.approved.length === 0);
    const label = (await current()).revision?.label ?? '';
    for (const comment of revision.comments ?? [])
      await at(new Date(now.getTime() - 3 * DAY_MS)).addComment(id, label, email(comment.by), comment.text);
  }

  const acknowledged = demo.acknowledgedBy ?? [];
  if (acknowledged.length > 0) {
    const document = await current();
    const label = document.effectiveVersion?.label ?? '';
    const acknowledgements = new AcknowledgementsRepository(site);
    for (const [index, local] of acknowledged.entries()) {
      const person = DEMO_PEOPLE.find((candidate) => candidate.email === email(local));
      await acknowledgements.record({
        documentId: id,
        versionLabel: label,
        email: email(local),
        departmentCode: person?.departmentCode ?? null,
        at: new Date(
          monthsBefore(now, demo.approved.at(-1)?.monthsAgo ?? 0).getTime() + (index + 2) * DAY_MS,
        ).toISOString(),
      });
    }
  }
}

/**
 * Seeds the demo office's controlled documents whose code the library does not have yet (so a
 * second start adds nothing and keeps what people changed). The number added.
 */
export async function seedDemoDocuments(site: SiteContext, now: Date = new Date()): Promise<number> {
  const existing = new Set((await new DocumentsRepository(site).summaries({})).map((row) => row.code));
  const missing = DEMO_DOCUMENTS.filter((demo) => !existing.has(demo.draft.code));
  // A few documents at a time: each one's steps wait on SharePoint's answers, not on each other.
  for (let start = 0; start < missing.length; start += SEED_TOGETHER)
    await Promise.all(missing.slice(start, start + SEED_TOGETHER).map((demo) => replay(site, demo, now)));
  return missing.length;
}
