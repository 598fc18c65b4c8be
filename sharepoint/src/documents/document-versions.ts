import {
  documentContentUrl,
  type DocumentEvent,
  type DocumentFileType,
  type DocumentStatus,
  type DocumentVersion,
  type VersionStatus,
} from '@kvalita/core';
import { fromSharePointDate } from '../platform/dates';
import { MODERATION } from './document-rows';
import { compareLabels, isMajorLabel, nextMajorLabel, parseLabel } from './version-labels';

/** One earlier version as SharePoint lists it (SP.FileVersion). */
export interface FileVersionRow {
  readonly VersionLabel: string;
  readonly Created: string;
  readonly Size?: number;
  readonly Length?: string | number;
}

/** The current version of the file (SP.File). */
export interface CurrentFileRow {
  readonly Name: string;
  readonly Length: string | number;
  readonly UIVersionLabel: string;
  readonly TimeLastModified: string;
}

/** An event with what only approvals record (their effective date and reason). */
export interface VersionEvent extends DocumentEvent {
  readonly effectiveFrom: string | null;
  readonly reason: string | null;
}

export interface VersionsInput {
  readonly documentId: number;
  readonly type: DocumentFileType;
  readonly status: DocumentStatus;
  readonly revisionStatus: 'draft' | 'inReview' | null;
  /** The label of the version last approved (EffectiveVersion). */
  readonly effectiveVersion: string | null;
  readonly reasonForChange: string | null;
  readonly moderationStatus: number | null;
  readonly current: CurrentFileRow;
  readonly history: readonly FileVersionRow[];
  readonly events: readonly VersionEvent[];
}

const bytesOf = (row: { readonly Size?: number; readonly Length?: string | number }): number =>
  Number(row.Size ?? row.Length ?? 0) || 0;

/** The approval event of a major version (the event names the major version or the draft it published). */
function approvalOf(label: string, events: readonly VersionEvent[]): VersionEvent | null {
  return (
    events.find(
      (event) =>
        event.kind === 'approved' &&
        (event.versionLabel === label ||
          (!isMajorLabel(event.versionLabel) && safeNextMajor(event.versionLabel) === label)),
    ) ?? null
  );
}

function safeNextMajor(label: string): string | null {
  return parseLabel(label) ? nextMajorLabel(label) : null;
}

/**
 * Every version of a document, newest first, from SharePoint's file versions and the current
 * file: minor versions are drafts (the current one in review when the revision is), major versions
 * approved issues — the last approved one effective (or approved, while it waits for its date, or
 * withdrawn), the ones before it superseded. Who wrote and approved a version, when it took effect
 * and why it changed come from the history. The empty file a new document starts as (0.1 before
 * the first upload fills it) is no version anyone wrote and is left out.
 */
export function buildVersions(input: VersionsInput): DocumentVersion[] {
  const rows = [
    ...input.history.map((row) => ({
      label: row.VersionLabel,
      createdAt: row.Created,
      bytes: bytesOf(row),
      current: false,
    })),
    {
      label: input.current.UIVersionLabel,
      createdAt: input.current.TimeLastModified,
      bytes: bytesOf(input.current),
      current: true,
    },
  ].filter((row) => !(row.bytes === 0 && !isMajorLabel(row.label) && !uploaded(row.label, input.events)));

  const majors = rows.filter((row) => isMajorLabel(row.label)).map((row) => row.label);
  const effective = input.effectiveVersion;
  const waiting = input.status === 'approved';
  // While an approved version waits for its date, the one before it stays in force.
  const inForce = waiting
    ? ([...majors].filter((label) => effective === null || compareLabels(label, effective) < 0).pop() ?? null)
    : effective;

  const versions = rows.map((row): DocumentVersion => {
    const approval = isMajorLabel(row.label) ? approvalOf(row.label, input.events) : null;
    const status = versionStatus(row.label, row.current, input, inForce);
    return {
      label: row.label,
      status,
      file: { name: input.current.Name, type: input.type, bytes: row.bytes },
      createdAt: approval?.at ?? row.createdAt,
      createdBy: approval?.by ?? uploadOf(row.label, input.events)?.by ?? null,
      approvedAt: approval?.at ?? null,
      approvedBy: approval?.by ?? null,
      effectiveFrom: approval?.effectiveFrom ?? null,
      effectiveUntil: null,
      reasonForChange:
        approval?.reason ?? (row.current && !isMajorLabel(row.label) ? input.reasonForChange : null),
      contentUrl: documentContentUrl(input.documentId, row.label),
    };
  });
  return withEffectiveUntil(versions, input.events).sort((a, b) => compareLabels(b.label, a.label));
}

function versionStatus(
  label: string,
  current: boolean,
  input: VersionsInput,
  inForce: string | null,
): VersionStatus {
  if (!isMajorLabel(label)) return current && input.revisionStatus === 'inReview' ? 'inReview' : 'draft';
  // A major version SharePoint has not approved yet: an approval under way.
  if (current && input.moderationStatus !== null && input.moderationStatus !== MODERATION.approved)
    return 'inReview';
  if (input.status === 'withdrawn' && label === input.effectiveVersion) return 'withdrawn';
  if (label === inForce) return 'effective';
  if (inForce === null || compareLabels(label, inForce) > 0) return 'approved';
  return 'superseded';
}

/** A major version was in force until the next one took effect (or the document was withdrawn). */
function withEffectiveUntil(versions: DocumentVersion[], events: readonly VersionEvent[]): DocumentVersion[] {
  const majors = versions
    .filter((version) => isMajorLabel(version.label))
    .sort((a, b) => compareLabels(a.label, b.label));
  const withdrawal = events.find((event) => event.kind === 'withdrawn');
  return versions.map((version) => {
    if (!isMajorLabel(version.label)) return version;
    const index = majors.findIndex((major) => major.label === version.label);
    const next = majors[index + 1];
    if (version.status === 'superseded' && next?.effectiveFrom)
      return { ...version, effectiveUntil: next.effectiveFrom };
    if (version.status === 'withdrawn' && withdrawal)
      return { ...version, effectiveUntil: fromSharePointDate(withdrawal.at) };
    return version;
  });
}

function uploadOf(label: string, events: readonly VersionEvent[]): VersionEvent | null {
  return events.find((event) => event.kind === 'uploaded' && event.versionLabel === label) ?? null;
}

const uploaded = (label: string, events: readonly VersionEvent[]): boolean =>
  uploadOf(label, events) !== null;
