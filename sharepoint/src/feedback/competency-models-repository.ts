import type { CompetencyModel, CompetencyModelDraft, CompetencyModelsStore } from '@kvalita/core';
import { competencyModelDraftSchema } from '@kvalita/core/schemas';
import '../platform/pnp-imports';
import { ensurePeople } from '../measures/measure-people';
import { allOf, etagOf } from '../platform/paging';
import { selectOf, type RowOf } from '../platform/schema/select';
import type { SiteContext } from '../platform/site-context';
import { jsonOf, personRef, StoredContentError, writing } from '../platform/stored-rows';
import { competencyModelsList } from './lists/competency-models';

const MODEL = selectOf(
  competencyModelsList,
  'Id',
  'Title',
  'ModelKey',
  'ModelVersion',
  'Frozen',
  'ModelContent',
  'UsedByCycles',
  'ModelAuthor',
  'Created',
  'Modified',
);
type ModelRow = RowOf<typeof MODEL>;
type Content = Omit<CompetencyModelDraft, 'name'>;

/**
 * Competency model versions on KvalitaCompetencyModels: the port CompetencyModelsStore. An office
 * has a handful of models with a few versions each, so `list` reads them all (one round trip).
 */
export class CompetencyModelsRepository implements CompetencyModelsStore {
  constructor(private readonly site: SiteContext) {}

  async list(): Promise<CompetencyModel[]> {
    const list = await this.site.list(competencyModelsList);
    const rows = await allOf<ModelRow>(MODEL.applyTo(list.items).orderBy('Id', true));
    return rows.map(toModel);
  }

  async get(id: number): Promise<CompetencyModel | null> {
    const list = await this.site.list(competencyModelsList);
    const rows = await MODEL.applyTo(list.items)
      .filter(`Id eq ${Math.trunc(id)}`)
      .top(1)<ModelRow[]>();
    return rows[0] === undefined ? null : toModel(rows[0]);
  }

  async create(
    modelKey: string,
    version: number,
    draft: CompetencyModelDraft,
    byEmail: string,
  ): Promise<CompetencyModel> {
    const list = await this.site.list(competencyModelsList);
    const users = await ensurePeople(this.site.sp, [byEmail]);
    const author = users.get(byEmail.toLowerCase());
    const added = await writing(() =>
      list.items.add({
        Title: draft.name,
        ModelKey: modelKey,
        ModelVersion: version,
        Frozen: false,
        ModelContent: JSON.stringify(contentOf(draft)),
        UsedByCycles: '[]',
        ModelVersionKey: `${modelKey}|${version}`,
        ...(author ? { ModelAuthorId: author.Id } : {}),
      }),
    );
    return this.mustGet(added.Id as number);
  }

  async update(id: number, etag: string, draft: CompetencyModelDraft): Promise<CompetencyModel> {
    const list = await this.site.list(competencyModelsList);
    await writing(() =>
      list.items
        .getById(id)
        .update({ Title: draft.name, ModelContent: JSON.stringify(contentOf(draft)) }, etag),
    );
    return this.mustGet(id);
  }

  async markUsed(id: number, cycleId: number): Promise<CompetencyModel> {
    const model = await this.mustGet(id);
    if (model.frozen && model.cycleIds.includes(cycleId)) return model;
    const list = await this.site.list(competencyModelsList);
    const cycles = [...new Set([...model.cycleIds, cycleId])].sort((a, b) => a - b);
    await writing(() =>
      list.items.getById(id).update({ Frozen: true, UsedByCycles: JSON.stringify(cycles) }, model.etag),
    );
    return this.mustGet(id);
  }

  private async mustGet(id: number): Promise<CompetencyModel> {
    const model = await this.get(id);
    if (model === null) throw new Error(`Competency model ${id} is gone`);
    return model;
  }
}

const contentOf = (draft: CompetencyModelDraft): Content => ({
  description: draft.description,
  scale: draft.scale,
  groups: draft.groups,
});

/**
 * The stored content checked with the model editor's schema (shape, lengths and the model's rules):
 * a row changed by hand in SharePoint into something that is not a model is refused with where it
 * is wrong, rather than read as an empty or half model a cycle could start with.
 */
export function modelContentOf(row: Pick<ModelRow, 'Id' | 'Title' | 'ModelContent'>): Content {
  const content = jsonOf<unknown>(row.ModelContent, null);
  const parsed = competencyModelDraftSchema.safeParse(
    typeof content === 'object' && content !== null ? { ...content, name: row.Title ?? '' } : content,
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoredContentError(
      `Competency model ${row.Id}: the stored content is not a model (${issue ? `${issue.path.join('.') || 'content'}: ${issue.message}` : 'unreadable'})`,
    );
  }
  return contentOf(parsed.data);
}

function toModel(row: ModelRow): CompetencyModel {
  const content = modelContentOf(row);
  return {
    id: row.Id,
    modelKey: row.ModelKey ?? '',
    version: row.ModelVersion ?? 1,
    name: row.Title ?? '',
    description: content.description,
    scale: content.scale,
    groups: content.groups,
    frozen: row.Frozen === true,
    cycleIds: cycleIdsOf(row.UsedByCycles),
    createdAt: row.Created ?? '',
    createdBy: personRef(row.ModelAuthor),
    modifiedAt: row.Modified ?? '',
    etag: etagOf(row),
  };
}

/** The cycles using a version: a JSON array of IDs (anything else in it is left out). */
function cycleIdsOf(text: string | null | undefined): number[] {
  const ids = jsonOf<unknown>(text, []);
  return Array.isArray(ids) ? ids.filter((id): id is number => Number.isInteger(id) && id > 0) : [];
}
