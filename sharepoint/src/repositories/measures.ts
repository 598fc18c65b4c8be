import {
  MEASURE_KINDS,
  MEASURE_STATUSES,
  type Measure,
  type MeasureKind,
  type MeasureStatus,
} from '@kvalita/core';
import type { SPFI } from '@pnp/sp';
import '../pnp-imports';
import { sharePointCall } from '../errors';
import { choiceCode, choiceLabel, fieldOf, measuresList } from '../schema';
import { SiteLists } from '../web-url';

interface MeasureItem {
  Id: number;
  Title: string;
  Kind: string;
  Status: string;
  Owner?: { Title?: string; EMail?: string } | null;
  Deadline: string | null;
  Subcriterion: string | null;
}

export interface NewMeasure {
  readonly title: string;
  readonly kind: MeasureKind;
  readonly status: MeasureStatus;
  /** Site user id of the owner (from ensureUser). */
  readonly ownerUserId: number | null;
  readonly deadline: string | null;
  readonly subcriterionCode: string | null;
  readonly description?: string;
}

const kindField = fieldOf(measuresList, 'Kind');
const statusField = fieldOf(measuresList, 'Status');

function isKind(value: string | null): value is MeasureKind {
  return (MEASURE_KINDS as readonly (string | null)[]).includes(value);
}
function isStatus(value: string | null): value is MeasureStatus {
  return (MEASURE_STATUSES as readonly (string | null)[]).includes(value);
}

export class MeasuresRepository {
  private readonly site: SiteLists;

  constructor(sp: SPFI, webServerRelativeUrl?: string) {
    this.site = new SiteLists(sp, webServerRelativeUrl);
  }

  /** Measures by deadline (soonest first); `top` caps the page (SharePoint allows at most 5,000). */
  async list(options: { top?: number } = {}): Promise<Measure[]> {
    const top = Math.min(Math.max(options.top ?? 500, 1), 5000);
    const list = await this.site.list(measuresList);
    const items = await sharePointCall((): Promise<MeasureItem[]> =>
      list.items
        .select('Id', 'Title', 'Kind', 'Status', 'Owner/Title', 'Owner/EMail', 'Deadline', 'Subcriterion')
        .expand('Owner')
        .orderBy('Deadline', true)
        .orderBy('Id', true)
        .top(top)(),
    );
    return items.map(toMeasure);
  }

  async add(measure: NewMeasure): Promise<number> {
    const list = await this.site.list(measuresList);
    const added = await sharePointCall((): Promise<{ Id: number }> =>
      list.items.add({
        Title: measure.title,
        Kind: choiceLabel(kindField, measure.kind),
        Status: choiceLabel(statusField, measure.status),
        OwnerId: measure.ownerUserId,
        Deadline: measure.deadline,
        Subcriterion: measure.subcriterionCode,
        Description: measure.description ?? null,
      }),
    );
    return added.Id;
  }
}

/** Values someone typed by hand in SharePoint fall back to the safest reading, never a crash. */
function toMeasure(item: MeasureItem): Measure {
  const kind = choiceCode(kindField, item.Kind);
  const status = choiceCode(statusField, item.Status);
  return {
    id: item.Id,
    title: item.Title,
    kind: isKind(kind) ? kind : 'improvement',
    status: isStatus(status) ? status : 'proposed',
    ownerEmail: item.Owner?.EMail ?? null,
    ownerName: item.Owner?.Title ?? null,
    deadline: item.Deadline,
    subcriterionCode: item.Subcriterion,
  };
}
