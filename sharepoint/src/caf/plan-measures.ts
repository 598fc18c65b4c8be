import {
  MEASURE_KINDS,
  MEASURE_STATUSES,
  findSubcriterion,
  normalizeEmail,
  type MeasureKind,
  type MeasureStatus,
  type NewPlanMeasure,
  type PlanMeasure,
} from '@kvalita/core';
import type { SPFI } from '@pnp/sp';
import '../platform/pnp-imports';
import { choiceCode, choiceLabel, fieldOf, measuresList } from '../all-lists';
import { SiteLists } from '../platform/site-context';
import { allOf } from '../platform/paging';
import { fromSharePointDate, toSharePointDate } from './dates';

interface PlanMeasureItem {
  Id: number;
  Title: string;
  Kind: string;
  Status: string;
  Deadline: string | null;
  Subcriterion: string | null;
  Owner?: { Title?: string; EMail?: string } | null;
}

const kindField = fieldOf(measuresList, 'Kind');
const statusField = fieldOf(measuresList, 'Status');
const originField = fieldOf(measuresList, 'Origin');
const SELECT = ['Id', 'Title', 'Kind', 'Status', 'Deadline', 'Subcriterion', 'Owner/Title', 'Owner/EMail'];

/** The improvement plan of a CAF cycle: measures whose Cycle lookup points at it (steps 7–9). */
export class CyclePlanMeasuresRepository {
  private readonly site: SiteLists;

  constructor(
    private readonly sp: SPFI,
    webServerRelativeUrl?: string,
  ) {
    this.site = new SiteLists(sp, webServerRelativeUrl);
  }

  async forCycle(cycleId: number): Promise<PlanMeasure[]> {
    const list = await this.site.list(measuresList);
    const items = await allOf<PlanMeasureItem>(
      list.items
        .select(...SELECT)
        .expand('Owner')
        .filter(`CycleId eq ${Math.trunc(cycleId)}`),
    );
    return items
      .map(toPlanMeasure)
      .sort((a, b) =>
        (a.subcriterionCode ?? '~').localeCompare(b.subcriterionCode ?? '~', 'cs', { numeric: true }),
      );
  }

  async add(cycleId: number, measure: NewPlanMeasure): Promise<PlanMeasure> {
    const list = await this.site.list(measuresList);
    const owner = await this.sp.web.ensureUser(measure.ownerEmail);
    const added = await (list.items.add({
      Title: measure.title,
      Kind: choiceLabel(kindField, measure.kind),
      Status: choiceLabel(statusField, 'proposed'),
      Origin: choiceLabel(originField, 'selfAssessment'),
      OwnerId: owner.Id,
      Deadline: toSharePointDate(measure.deadline),
      Subcriterion: measure.subcriterionCode,
      Description: measure.description,
      CycleId: cycleId,
    }) as Promise<{ Id: number }>);
    const item = await (list.items
      .getById(added.Id)
      .select(...SELECT)
      .expand('Owner')() as Promise<PlanMeasureItem>);
    return toPlanMeasure(item);
  }
}

function toPlanMeasure(item: PlanMeasureItem): PlanMeasure {
  const kind = choiceCode(kindField, item.Kind);
  const status = choiceCode(statusField, item.Status);
  const code = item.Subcriterion;
  return {
    id: item.Id,
    title: item.Title,
    kind: (MEASURE_KINDS as readonly (string | null)[]).includes(kind)
      ? (kind as MeasureKind)
      : 'improvement',
    status: (MEASURE_STATUSES as readonly (string | null)[]).includes(status)
      ? (status as MeasureStatus)
      : 'proposed',
    ownerEmail: item.Owner?.EMail ? normalizeEmail(item.Owner.EMail) : null,
    ownerName: item.Owner?.Title ?? null,
    deadline: fromSharePointDate(item.Deadline),
    subcriterionCode: code,
    criterion: code && findSubcriterion(code) ? Number(code.split('.')[0]) : null,
  };
}
