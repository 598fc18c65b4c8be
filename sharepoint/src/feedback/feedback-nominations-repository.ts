import {
  normalizeEmail,
  type NewNomination,
  type NominationsStore,
  type RaterGroup,
  type StoredNomination,
  type StoredSubject,
} from '@kvalita/core';
import '../platform/pnp-imports';
import { settleInOneBatch } from '../platform/batch';
import { windowedPages } from '../platform/id-windows';
import { MAX_PAGE_SIZE, pagesOf } from '../platform/paging';
import { deleteRows } from '../platform/row-batches';
import type { SiteContext } from '../platform/site-context';
import { directoryNames } from './feedback-people';
import { writing } from '../platform/stored-rows';
import { feedbackNominationsList } from './lists/feedback-nominations';
import { feedbackSubjectsList } from './lists/feedback-subjects';
import {
  NOMINATION,
  nominationSources,
  nominationValues,
  onNominations,
  raterGroups,
  raterStates,
  toNomination,
  type NominationRow,
} from './nomination-rows';

/** Groups the directory fills in (self, manager); the rest are chosen by people. */
const DIRECTORY_GROUPS: readonly RaterGroup[] = ['self', 'manager'];

/**
 * Who rates whom, on Kvalita360Nominations (service-only): the port NominationsStore. A subject's
 * or a rater's rows come from one indexed query (a few dozen rows); a cycle's, in ID windows.
 */
export class FeedbackNominationsRepository implements NominationsStore {
  constructor(private readonly site: SiteContext) {}

  async ofSubject(subjectId: number): Promise<StoredNomination[]> {
    return this.read([onNominations('SubjectId', 'eq', subjectId)]);
  }

  async ofRater(raterEmail: string, cycleId?: number): Promise<StoredNomination[]> {
    return this.read([
      onNominations('RaterEmail', 'eq', normalizeEmail(raterEmail)),
      ...(cycleId === undefined ? [] : [onNominations('CycleId', 'eq', cycleId)]),
    ]);
  }

  async *all(cycleId: number): AsyncGenerator<StoredNomination[]> {
    const list = await this.site.list(feedbackNominationsList);
    for await (const page of windowedPages<NominationRow>(list, NOMINATION, [
      onNominations('CycleId', 'eq', cycleId),
    ]))
      yield page.map(toNomination);
  }

  /**
   * Makes the subject's chosen raters (every group but self and manager) the given list. First the
   * subject's row is written with its ETag, so a list changed meanwhile (another device, the
   * manager) refuses with StaleVersionError before any nomination is touched; then one $batch
   * adds the raters not there, changes those whose group, state or source differs and deletes
   * those left out. A declined rater left out keeps their row: the decline and its reason stay
   * for the manager and the coordinator, and the rater is not asked again.
   */
  async replaceChosen(subject: StoredSubject, raters: readonly NewNomination[]): Promise<StoredNomination[]> {
    const chosen = raters.filter((rater) => !DIRECTORY_GROUPS.includes(rater.group));
    const subjects = await this.site.list(feedbackSubjectsList);
    // Any write makes a new ETag: this one is the lock of the whole list of raters.
    await writing(() =>
      subjects.items.getById(subject.id).update({ Title: subject.person.displayName }, subject.etag),
    );
    const current = (await this.ofSubject(subject.id)).filter(
      (nomination) => !DIRECTORY_GROUPS.includes(nomination.group),
    );
    const byRater = new Map(current.map((nomination) => [normalizeEmail(nomination.raterEmail), nomination]));
    const wanted = new Map(chosen.map((rater) => [normalizeEmail(rater.raterEmail), rater]));
    const names = await directoryNames(
      this.site,
      [...wanted.keys()].filter((email) => !byRater.has(email)),
    );
    const url = await this.site.listUrl(feedbackNominationsList);
    const target = { cycleId: subject.cycleId, subjectId: subject.id, subjectEmail: subject.email };
    const settled = await settleInOneBatch(this.site.sp, (batched) => {
      const items = () => batched.web.getList(url).items;
      const writes: Promise<unknown>[] = [];
      for (const [email, rater] of wanted) {
        const stored = byRater.get(email);
        if (!stored) writes.push(items().add(nominationValues(target, rater, names)));
        else if (
          stored.group !== rater.group ||
          stored.state !== rater.state ||
          stored.source !== rater.source
        )
          writes.push(
            items()
              .getById(stored.id)
              .update({
                RaterGroup: raterGroups.label(rater.group),
                RaterState: raterStates.label(rater.state),
                Source: nominationSources.label(rater.source),
                ...(rater.state === 'declined' ? {} : { DeclineReason: null }),
              }),
          );
      }
      for (const [email, stored] of byRater)
        if (!wanted.has(email) && stored.state !== 'declined')
          writes.push(items().getById(stored.id).delete());
      return writes;
    });
    const failure = settled.find((result) => result.status === 'rejected');
    if (failure?.status === 'rejected') throw failure.reason;
    return this.ofSubject(subject.id);
  }

  async approveAll(subjectId: number): Promise<void> {
    const proposed = await this.read([
      onNominations('SubjectId', 'eq', subjectId),
      onNominations('RaterState', 'eq', raterStates.label('proposed')),
    ]);
    if (proposed.length === 0) return;
    const url = await this.site.listUrl(feedbackNominationsList);
    const settled = await settleInOneBatch(this.site.sp, (batched) =>
      proposed.map((nomination) =>
        batched.web
          .getList(url)
          .items.getById(nomination.id)
          .update({ RaterState: raterStates.label('approved') }),
      ),
    );
    const failure = settled.find((result) => result.status === 'rejected');
    if (failure?.status === 'rejected') throw failure.reason;
  }

  async decline(nominationId: number, reason: string): Promise<StoredNomination> {
    const list = await this.site.list(feedbackNominationsList);
    await writing(() =>
      list.items
        .getById(nominationId)
        .update({ RaterState: raterStates.label('declined'), DeclineReason: reason }),
    );
    return toNomination(await NOMINATION.applyTo(list.items.getById(nominationId))<NominationRow>());
  }

  /** Deletes every nomination where the person rates, in every cycle (erasure). */
  async removeOfRater(raterEmail: string): Promise<number> {
    const given = await this.ofRater(raterEmail);
    return deleteRows(
      this.site,
      feedbackNominationsList,
      given.map((nomination) => nomination.id),
    );
  }

  private async read(clauses: readonly string[]): Promise<StoredNomination[]> {
    const list = await this.site.list(feedbackNominationsList);
    const query = NOMINATION.applyTo(list.items).filter(clauses.join(' and ')).orderBy('Id', true);
    const nominations: StoredNomination[] = [];
    for await (const page of pagesOf<NominationRow>(query, MAX_PAGE_SIZE))
      nominations.push(...page.map(toNomination));
    return nominations;
  }
}
