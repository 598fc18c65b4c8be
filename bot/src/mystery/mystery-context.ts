import {
  DomainError,
  MysteryRefusedError,
  departmentWithParents,
  departmentWithSections,
  mayManageMystery,
  normalizeEmail,
  officeDate,
  type Campaign,
  type Checklist,
  type Evaluation,
  type MysteryActor,
  type Person,
} from '@kvalita/core';
import type { Identity } from '../platform/auth/identity';
import type { MysteryServiceDeps, MysteryStores } from './mystery-deps';

/** What every part of mystery shopping's service shares: stores, the office's day, reads that 404. */
export class MysteryContext {
  constructor(readonly deps: MysteryServiceDeps) {}

  get stores(): MysteryStores {
    return this.deps.stores;
  }

  today(): string {
    return officeDate(this.deps.now());
  }

  nowIso(): string {
    return this.deps.now().toISOString();
  }

  /** Who asks: a head of department answers for their department and its sections. */
  async actorOf(identity: Pick<Identity, 'email' | 'displayName' | 'roles'>): Promise<MysteryActor> {
    const heads = identity.roles.includes('headOfDepartment');
    const [person, departments] = heads
      ? await Promise.all([this.deps.people.findByEmail(identity.email), this.deps.departments.list()])
      : [null, []];
    return {
      email: normalizeEmail(identity.email),
      displayName: identity.displayName,
      roles: identity.roles,
      departmentCodes: heads ? departmentWithSections(person?.departmentCode ?? null, departments) : [],
    };
  }

  requireManager(actor: MysteryActor): void {
    if (!mayManageMystery(actor)) throw new MysteryRefusedError('notQualityManager');
  }

  async campaign(id: number): Promise<Campaign> {
    const campaign = await this.stores.campaigns.get(id);
    if (!campaign) throw new DomainError('notFound', { details: `no mystery-shopping campaign ${id}` });
    return campaign;
  }

  async checklist(id: number): Promise<Checklist> {
    const checklist = await this.stores.checklists.get(id);
    if (!checklist) throw new DomainError('notFound', { details: `no checklist ${id}` });
    return checklist;
  }

  async evaluation(id: number): Promise<Evaluation> {
    const evaluation = await this.stores.evaluations.get(id);
    if (!evaluation) throw new DomainError('notFound', { details: `no evaluation ${id}` });
    return evaluation;
  }

  /** The directory by e-mail, read once per request that needs it. */
  async directory(): Promise<Map<string, Person>> {
    return new Map((await this.deps.people.list()).map((person) => [normalizeEmail(person.email), person]));
  }

  /** Each person's department with those above it, from one read of the directory and departments. */
  async evaluatorDepartments(): Promise<(email: string) => readonly string[]> {
    const [directory, departments] = await Promise.all([this.directory(), this.deps.departments.list()]);
    return (email) =>
      departmentWithParents(directory.get(normalizeEmail(email))?.departmentCode ?? null, departments);
  }

  /** The person acting, as a history entry names them. */
  by(actor: MysteryActor) {
    return { email: actor.email, displayName: actor.displayName };
  }
}
