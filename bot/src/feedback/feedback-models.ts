import {
  FeedbackRuleError,
  mayAuthorModels,
  nextModelKey,
  type CompetencyModel,
  type CompetencyModelDraft,
  type CompetencyModelReply,
  type CompetencyModelsReply,
  type CopyModelRequest,
  type CreateModelRequest,
  type EditModelRequest,
  type FeedbackActor,
} from '@kvalita/core';
import type { FeedbackContext } from './feedback-context';
import { modelSummariesOf } from './feedback-views';

export const draftOf = (model: CompetencyModel): CompetencyModelDraft => ({
  name: model.name,
  description: model.description,
  scale: model.scale,
  groups: model.groups,
});

/**
 * Competency models: read by everyone signed in (raters see them on their cards), written by
 * those who coordinate cycles. A version is edited until a cycle starts on it, then frozen for good;
 * a change then makes the next version, a copy a new model.
 */
export class FeedbackModels {
  constructor(private readonly context: FeedbackContext) {}

  private get store() {
    return this.context.stores.models;
  }

  async list(actor: FeedbackActor): Promise<CompetencyModelsReply> {
    return { items: modelSummariesOf(await this.store.list()), mayAuthor: mayAuthorModels(actor) };
  }

  async get(actor: FeedbackActor, id: number): Promise<CompetencyModelReply> {
    return this.replyOf(actor, await this.context.model(id));
  }

  async create(actor: FeedbackActor, request: CreateModelRequest): Promise<CompetencyModelReply> {
    this.context.requireCoordinator(actor);
    const key = nextModelKey(request.draft.name, await this.takenKeys());
    return this.replyOf(actor, await this.store.create(key, 1, request.draft, actor.email));
  }

  async edit(actor: FeedbackActor, id: number, request: EditModelRequest): Promise<CompetencyModelReply> {
    this.context.requireCoordinator(actor);
    const model = await this.context.model(id);
    if (model.frozen) throw new FeedbackRuleError('modelFrozen', `model ${id} is used by a cycle`);
    return this.replyOf(actor, await this.store.update(id, request.etag, request.draft));
  }

  /** A new model (new key, version 1) from this version, under a new name. */
  async copy(actor: FeedbackActor, id: number, request: CopyModelRequest): Promise<CompetencyModelReply> {
    this.context.requireCoordinator(actor);
    const model = await this.context.model(id);
    const key = nextModelKey(request.name, await this.takenKeys());
    const draft = { ...draftOf(model), name: request.name };
    return this.replyOf(actor, await this.store.create(key, 1, draft, actor.email));
  }

  /** The next version of the same model, as a copy of this one (editable until a cycle uses it). */
  async newVersion(actor: FeedbackActor, id: number): Promise<CompetencyModelReply> {
    this.context.requireCoordinator(actor);
    const model = await this.context.model(id);
    const versions = (await this.store.list()).filter((other) => other.modelKey === model.modelKey);
    const next = Math.max(model.version, ...versions.map((other) => other.version)) + 1;
    return this.replyOf(actor, await this.store.create(model.modelKey, next, draftOf(model), actor.email));
  }

  /** A model read from an .xlsx import (already checked row by row) becomes a new model. */
  async createFromImport(actor: FeedbackActor, draft: CompetencyModelDraft): Promise<CompetencyModelReply> {
    return this.create(actor, { draft });
  }

  private async takenKeys(): Promise<Set<string>> {
    return new Set((await this.store.list()).map((model) => model.modelKey));
  }

  private replyOf(actor: FeedbackActor, model: CompetencyModel): CompetencyModelReply {
    return { model, mayEdit: mayAuthorModels(actor) && !model.frozen };
  }
}
