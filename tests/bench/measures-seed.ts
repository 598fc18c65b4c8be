import { MEASURE_STATUSES, allSubcriteria, type MeasureStatus, type PdcaPhase } from '@kvalita/core';
import {
  DepartmentsRepository,
  SiteContext,
  choiceColumn,
  measureUpdatesList,
  measuresList,
  toSharePointDate,
} from '@kvalita/sharepoint';
import '@pnp/sp/site-users/web';
import type { SPFI } from '@pnp/sp';
import type { OfficePerson, SeededOffice } from './office-seed';

/** How big a register to seed: the bench's is 20,000 measures with 100,000 updates. */
export interface RegisterSize {
  readonly measures: number;
  /** Every update of the history, the detail measure's included. */
  readonly updates: number;
  /** Updates of the measure whose detail page is measured. */
  readonly detailUpdates: number;
}

export const BENCH_REGISTER: RegisterSize = { measures: 20_000, updates: 100_000, detailUpdates: 50 };

export interface SeededRegister {
  readonly size: RegisterSize;
  /** An ordinary employee who owns a share of the measures ("mine"). */
  readonly owner: OfficePerson;
  /** The measure whose detail page is measured (in progress, `detailUpdates` updates). */
  readonly detailId: number;
  /** An in-progress measure of `owner`'s, for progress reports (not the detail measure). */
  readonly progressId: number;
  /** Proposed measures, in ID order, for the quality manager to approve one per run. */
  readonly proposedIds: readonly number[];
  /** The filtered view's department (a top-level one, with its sections) and status. */
  readonly departmentCode: string;
  readonly status: MeasureStatus;
}

const measureKinds = choiceColumn(measuresList, 'Kind');
const measureStatuses = choiceColumn(measuresList, 'Status');
const measurePhases = choiceColumn(measuresList, 'Phase');
const measurePriorities = choiceColumn(measuresList, 'Priority');
const measureOrigins = choiceColumn(measuresList, 'Origin');
const updateKinds = choiceColumn(measureUpdatesList, 'UpdateKind');
const updatePhases = choiceColumn(measureUpdatesList, 'Phase');
const updateStatuses = choiceColumn(measureUpdatesList, 'StatusAfter');

const SUBCRITERIA = allSubcriteria().map((subcriterion) => subcriterion.code);
const KINDS = ['corrective', 'preventive', 'improvement'] as const;
const PRIORITIES = ['high', 'medium', 'low'] as const;
const ORIGINS = ['selfAssessment', 'survey', 'complaint', 'audit', 'other'] as const;
const PHASE_OF: Readonly<Record<MeasureStatus, PdcaPhase>> = {
  proposed: 'plan',
  approved: 'plan',
  inProgress: 'do',
  effectivenessCheck: 'check',
  closed: 'act',
  cancelled: 'plan',
};
const PROGRESS_OF: Readonly<Record<MeasureStatus, number>> = {
  proposed: 0,
  approved: 0,
  inProgress: 40,
  effectivenessCheck: 100,
  closed: 100,
  cancelled: 10,
};
/** Measure 3 (index 2) is in progress: its detail page is measured. */
const DETAIL_INDEX = 2;
/** Owners: the first people after the quality manager, at most 50 (400 measures each at 20,000). */
const MAX_OWNERS = 50;
/** Adds per raw $batch on the local SharePoint (SharePoint Online takes 100; the emulator more). */
const SEED_CHUNK = 2_000;

const statusOf = (index: number) => MEASURE_STATUSES[index % MEASURE_STATUSES.length] as MeasureStatus;

/**
 * Seeds a register on the local SharePoint in raw `$batch` requests of 2,000 adds (the emulator
 * takes them; the app's own writes go 100 to a $batch): measures in every status spread over the
 * office's departments, owners and three years of deadlines (some overdue), each with a step, and
 * their history. Rows are written in the columns the register repository writes, so the service
 * reads them as its own.
 */
export async function seedRegister(
  sp: SPFI,
  siteUrl: string,
  office: SeededOffice,
  size: RegisterSize,
): Promise<SeededRegister> {
  const site = new SiteContext(sp);
  const departments = await new DepartmentsRepository(site).list();
  const itemIdOf = new Map(departments.map((department) => [department.code, department.itemId]));
  const owners = office.people.slice(1, 1 + Math.min(MAX_OWNERS, office.people.length - 1));
  const users = await Promise.all(
    [office.qualityManager, ...owners].map(async (person) => (await sp.web.ensureUser(person.email)).Id),
  );
  const [qualityManagerId, ...ownerIds] = users as [number, ...number[]];
  const ownerOf = (index: number) => index % owners.length;
  const codes = office.departments.map((department) => department.code);

  const measureRows = Array.from({ length: size.measures }, (_, index) => {
    const status = statusOf(index);
    const owner = ownerOf(index);
    const stepOwner = owners[(owner + 1) % owners.length] as OfficePerson;
    const year = 2025 + (index % 3);
    const month = String((index % 12) + 1).padStart(2, '0');
    return {
      Title: `Opatření ${index + 1}`,
      Kind: measureKinds.label(KINDS[index % KINDS.length] ?? 'improvement'),
      Status: measureStatuses.label(status),
      Phase: measurePhases.label(PHASE_OF[status]),
      Priority: measurePriorities.label(PRIORITIES[index % PRIORITIES.length] ?? 'medium'),
      Origin: measureOrigins.label(ORIGINS[index % ORIGINS.length] ?? 'other'),
      Subcriterion: SUBCRITERIA[index % SUBCRITERIA.length] ?? null,
      DepartmentId:
        itemIdOf.get(codes[Math.floor(index / MEASURE_STATUSES.length) % codes.length] ?? '') ?? null,
      OwnerId: ownerIds[owner] ?? null,
      Deadline: toSharePointDate(`${year}-${month}-15`),
      Progress: PROGRESS_OF[status],
      Description: 'Občané čekají na vyřízení déle, než je třeba.',
      RootCauseWhys: JSON.stringify(['Chybí zastupitelnost']),
      Steps: JSON.stringify([
        {
          key: 's1',
          title: 'Upravit postup',
          ownerEmail: stepOwner.email,
          ownerName: stepOwner.displayName,
          dueDate: null,
          done: false,
        },
      ]),
      ExpectedResult: 'Vyřízení do 10 dnů.',
      EffectivenessCriterion: 'Žádná stížnost na průtahy po tři měsíce.',
      EvidenceLinks: '[]',
      ReopenedCount: 0,
      RaisedById: qualityManagerId,
    };
  });
  const measureIds = await rawAdds(siteUrl, await site.listUrl(measuresList), measureRows);

  // The detail measure gets its share; the rest go round the other measures.
  const others = measureIds.filter((_, index) => index !== DETAIL_INDEX);
  const detailId = measureIds[DETAIL_INDEX] as number;
  const updateRows = Array.from({ length: size.updates }, (_, index) => {
    const measureId =
      index < size.detailUpdates
        ? detailId
        : (others[(index - size.detailUpdates) % others.length] as number);
    const status: MeasureStatus = index < size.detailUpdates ? 'inProgress' : 'proposed';
    const first = index === 0 || index === size.detailUpdates;
    return {
      Title: updateKinds.label(first ? 'created' : 'progress'),
      MeasureId: measureId,
      UpdateKind: updateKinds.label(first ? 'created' : 'progress'),
      Phase: updatePhases.label(PHASE_OF[status]),
      UpdateDate: toSharePointDate(`2026-${String((index % 11) + 1).padStart(2, '0')}-10`),
      StatusAfter: updateStatuses.label(status),
      Progress: index % 100,
      Details: `Průběh ${index + 1}`,
      UpdatedById: ownerIds[index % ownerIds.length] ?? qualityManagerId,
    };
  });
  await rawAdds(siteUrl, await site.listUrl(measureUpdatesList), updateRows);

  const owner = 0;
  const progressIndex = measureIds.findIndex(
    (_, index) => index !== DETAIL_INDEX && statusOf(index) === 'inProgress' && ownerOf(index) === owner,
  );
  if (progressIndex < 0) throw new Error('the register has no in-progress measure of the owner');
  return {
    size,
    owner: owners[owner] as OfficePerson,
    detailId,
    progressId: measureIds[progressIndex] as number,
    proposedIds: measureIds.filter((_, index) => statusOf(index) === 'proposed'),
    departmentCode: office.departments.find((department) => department.parentCode === null)?.code ?? '',
    status: 'inProgress',
  };
}

/** Adds rows to a list in raw $batch requests; the new items' IDs in row order. */
async function rawAdds(siteUrl: string, listUrl: string, rows: readonly object[]): Promise<number[]> {
  const info = await fetch(`${siteUrl}/_api/contextinfo`, {
    method: 'POST',
    headers: { Accept: 'application/json;odata=nometadata' },
  });
  const { FormDigestValue } = (await info.json()) as { FormDigestValue: string };
  const itemsUrl = `${siteUrl}/_api/web/getlist('${listUrl}')/items`;
  const ids: number[] = [];
  for (let start = 0; start < rows.length; start += SEED_CHUNK) {
    const chunk = rows.slice(start, start + SEED_CHUNK);
    const lines = ['--batch_seed', 'Content-Type: multipart/mixed; boundary="changeset_seed"', ''];
    for (const row of chunk) {
      lines.push(
        '--changeset_seed',
        'Content-Type: application/http',
        'Content-Transfer-Encoding: binary',
        '',
        `POST ${itemsUrl} HTTP/1.1`,
        'Accept: application/json;odata=nometadata',
        'Content-Type: application/json;charset=utf-8',
        '',
        JSON.stringify(row),
        '',
      );
    }
    lines.push('--changeset_seed--', '--batch_seed--', '');
    const reply = await fetch(`${siteUrl}/_api/$batch`, {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/mixed; boundary=batch_seed', 'X-RequestDigest': FormDigestValue },
      body: lines.join('\r\n'),
    });
    const text = await reply.text();
    const added = [...text.matchAll(/"Id":(\d+)/g)].map((match) => Number(match[1]));
    if (added.length !== chunk.length)
      throw new Error(`seeding added ${added.length} of ${chunk.length} rows: ${text.slice(0, 500)}`);
    ids.push(...added);
  }
  return ids;
}
