import type { GoalLink, GoalsStore, StoredGoal } from '@kvalita/core';
import '../platform/pnp-imports';
import { fromSharePointDate, toSharePointDate } from '../platform/dates';
import { NotFoundError } from '../platform/errors';
import { etagOf, MAX_PAGE_SIZE, pagesOf } from '../platform/paging';
import { deleteRows } from '../platform/row-batches';
import { filterOn } from '../platform/schema/filter';
import { selectOf, type RowOf } from '../platform/schema/select';
import type { SiteContext } from '../platform/site-context';
import { writing } from '../platform/stored-rows';
import { feedbackGoalsList } from './lists/feedback-goals';

const GOAL = selectOf(
  feedbackGoalsList,
  'Id',
  'Title',
  'CycleId',
  'SubjectId',
  'CompetencyKey',
  'DueDate',
  'GoalLink',
  'Created',
);
type GoalRow = RowOf<typeof GOAL>;
const where = filterOn(feedbackGoalsList);

type GoalInput = { competencyKey: string; text: string; dueDate: string | null; link: GoalLink };

/** Development goals on Kvalita360Goals (service-only): the port GoalsStore. A subject has a few. */
export class FeedbackGoalsRepository implements GoalsStore {
  constructor(private readonly site: SiteContext) {}

  async ofSubject(subjectId: number): Promise<StoredGoal[]> {
    const list = await this.site.list(feedbackGoalsList);
    const goals: StoredGoal[] = [];
    const query = GOAL.applyTo(list.items)
      .filter(where('SubjectId', 'eq', subjectId))
      .orderBy('Id', true);
    for await (const page of pagesOf<GoalRow>(query, MAX_PAGE_SIZE)) goals.push(...page.map(toGoal));
    return goals;
  }

  async add(cycleId: number, subjectId: number, goal: GoalInput): Promise<StoredGoal> {
    const list = await this.site.list(feedbackGoalsList);
    const added = await writing(() =>
      list.items.add({ ...goalValues(goal), CycleId: cycleId, SubjectId: subjectId }),
    );
    return this.mustGet(added.Id as number);
  }

  async update(id: number, etag: string, goal: GoalInput): Promise<StoredGoal> {
    const list = await this.site.list(feedbackGoalsList);
    await writing(() => list.items.getById(id).update(goalValues(goal), etag));
    return this.mustGet(id);
  }

  /** Deletes the goal with its ETag (StaleVersionError when it changed meanwhile). */
  async remove(id: number, etag: string): Promise<void> {
    const list = await this.site.list(feedbackGoalsList);
    await writing(() => list.items.getById(id).delete(etag));
  }

  async removeOfSubject(subjectId: number): Promise<number> {
    const goals = await this.ofSubject(subjectId);
    return deleteRows(
      this.site,
      feedbackGoalsList,
      goals.map((goal) => goal.id),
    );
  }

  private async mustGet(id: number): Promise<StoredGoal> {
    const list = await this.site.list(feedbackGoalsList);
    try {
      return toGoal(await GOAL.applyTo(list.items.getById(id))<GoalRow>());
    } catch (error) {
      if (error instanceof NotFoundError) throw new Error(`Development goal ${id} is gone`);
      throw error;
    }
  }
}

function goalValues(goal: GoalInput) {
  return {
    Title: goal.text,
    CompetencyKey: goal.competencyKey,
    DueDate: goal.dueDate === null ? null : toSharePointDate(goal.dueDate),
    GoalLink: JSON.stringify(goal.link),
  };
}

/** The stored link, or none when the column does not hold one (edited by hand). */
export function readGoalLink(text: string | null | undefined): GoalLink {
  let value: unknown;
  try {
    value = JSON.parse(text ?? '');
  } catch {
    return { kind: 'none' };
  }
  if (typeof value !== 'object' || value === null) return { kind: 'none' };
  const link = value as Record<string, unknown>;
  if (link['kind'] === 'training' && typeof link['title'] === 'string')
    return {
      kind: 'training',
      title: link['title'],
      url: typeof link['url'] === 'string' ? link['url'] : null,
    };
  if (
    link['kind'] === 'measure' &&
    typeof link['measureId'] === 'number' &&
    Number.isInteger(link['measureId'])
  )
    return { kind: 'measure', measureId: link['measureId'] };
  return { kind: 'none' };
}

function toGoal(row: GoalRow): StoredGoal {
  return {
    id: row.Id,
    cycleId: row.CycleId ?? 0,
    subjectId: row.SubjectId ?? 0,
    competencyKey: row.CompetencyKey ?? '',
    text: row.Title ?? '',
    dueDate: fromSharePointDate(row.DueDate),
    link: readGoalLink(row.GoalLink),
    createdAt: row.Created ? new Date(row.Created).toISOString() : '',
    etag: etagOf(row),
  };
}
