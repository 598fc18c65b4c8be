import { findSubcriterion, normalizeEmail, type NewPlanMeasure, type PlanMeasure } from '@kvalita/core';
import '../platform/pnp-imports';
import {
  MEASURE,
  kindOf,
  measureKinds,
  measureStatuses,
  onMeasures,
  statusOf,
  type MeasureRow,
} from '../measures/measures';
import { measuresList } from '../measures/lists/measures';
import { allOf } from '../platform/paging';
import type { NewItemOf } from '../platform/schema/items';
import { choiceColumn } from '../platform/schema/types';
import type { SiteContext } from '../platform/site-context';
import { fromSharePointDate, toSharePointDate } from '../platform/dates';

const origins = choiceColumn(measuresList, 'Origin');

/** The improvement plan of a CAF cycle: measures whose Cycle lookup points at it (steps 7–9). */
export class CyclePlanMeasuresRepository {
  constructor(private readonly site: SiteContext) {}

  async forCycle(cycleId: number): Promise<PlanMeasure[]> {
    const list = await this.site.list(measuresList);
    const items = await allOf<MeasureRow>(
      MEASURE.applyTo(list.items).filter(onMeasures('CycleId', 'eq', Math.trunc(cycleId))),
    );
    return items
      .map(toPlanMeasure)
      .sort((a, b) =>
        (a.subcriterionCode ?? '~').localeCompare(b.subcriterionCode ?? '~', 'cs', { numeric: true }),
      );
  }

  async add(cycleId: number, measure: NewPlanMeasure): Promise<PlanMeasure> {
    const list = await this.site.list(measuresList);
    const owner = await this.site.sp.web.ensureUser(measure.ownerEmail);
    const added: { Id: number } = await list.items.add({
      Title: measure.title,
      Kind: measureKinds.label(measure.kind),
      Status: measureStatuses.label('proposed'),
      Origin: origins.label('selfAssessment'),
      OwnerId: owner.Id,
      Deadline: toSharePointDate(measure.deadline),
      Subcriterion: measure.subcriterionCode,
      Description: measure.description,
      CycleId: cycleId,
    } satisfies NewItemOf<typeof measuresList>);
    return toPlanMeasure(await MEASURE.applyTo(list.items.getById(added.Id))<MeasureRow>());
  }
}

function toPlanMeasure(item: MeasureRow): PlanMeasure {
  const code = item.Subcriterion;
  return {
    id: item.Id,
    title: item.Title ?? '',
    kind: kindOf(item.Kind),
    status: statusOf(item.Status),
    ownerEmail: item.Owner?.EMail ? normalizeEmail(item.Owner.EMail) : null,
    ownerName: item.Owner?.Title ?? null,
    deadline: fromSharePointDate(item.Deadline),
    subcriterionCode: code,
    criterion: code && findSubcriterion(code) ? Number(code.split('.')[0]) : null,
  };
}
