import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NewNomination, RaterGroup } from '@kvalita/core';
import {
  FeedbackAnswersRepository,
  FeedbackDeliveriesRepository,
  FeedbackNominationsRepository,
  FeedbackSubjectsRepository,
  type NewFeedbackDelivery,
  type StoredFeedbackDelivery,
} from '@kvalita/sharepoint';
import { TEST_ANSWER_BOX } from '../../support/answer-box';
import { feedbackSite, respondentKeyOf, subjectKeyOf, type FeedbackSite } from './feedback-site';

/*
 * The whole office (590 subjects, each with self, manager and seven raters: 5,310 nominations and
 * 4,720 forms) against the local SharePoint, which refuses what SharePoint Online refuses above
 * 5,000 items: every list here holds more than that, so a query that filtered a cycle's rows by a
 * clause matching more than 5,000 of them, or asked for more than 5,000 at once, would fail.
 * Nothing here is timed (speed is measured in tests/bench).
 */

let target: FeedbackSite;
const CYCLE = 71;
const OTHER_CYCLE = 72;
const SUBJECTS = 590;
const RATERS_EACH = 7;
const email = (index: number) => `osoba${String(index).padStart(3, '0')}@lipova.example`;
const raterOf = (subject: number, slot: number) => (subject + 1 + slot * 37) % SUBJECTS;

const entries = Array.from({ length: SUBJECTS }, (_, index) => {
  const manager = email(Math.floor(index / 10));
  const nominations: NewNomination[] = [
    { raterEmail: email(index), group: 'self', state: 'approved', source: 'directory' },
    {
      raterEmail: `vedouci${Math.floor(index / 10)}@lipova.example`,
      group: 'manager',
      state: 'approved',
      source: 'directory',
    },
    ...Array.from({ length: RATERS_EACH }, (_, slot) => ({
      raterEmail: email(raterOf(index, slot)),
      group: (slot < 4 ? 'peer' : slot < 6 ? 'directReport' : 'other') as RaterGroup,
      state: 'approved' as const,
      source: 'subject' as const,
    })),
  ];
  return { subject: { email: email(index), managerEmail: manager, departmentCode: 'OD' }, nominations };
});

/** Runs `work` over `items`, `width` at a time (the service's requests come in parallel too). */
async function inParallel<T>(
  items: readonly T[],
  width: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++] as T);
    }),
  );
}

beforeAll(async () => {
  target = await feedbackSite();
}, 60_000);
afterAll(() => target.close());

describe('a cycle of the whole office', () => {
  it('adds 590 subjects with their 5,310 nominations in $batch chunks, and reads them back whole', async () => {
    const subjects = new FeedbackSubjectsRepository(target.site);
    expect(await subjects.addAll(CYCLE, entries)).toBe(SUBJECTS);
    // A second start after a failure adds nothing.
    expect(await subjects.addAll(CYCLE, entries.slice(0, 50))).toBe(0);
    let read = 0;
    for await (const page of subjects.all(CYCLE)) read += page.length;
    expect(read).toBe(SUBJECTS);
    expect((await subjects.page(CYCLE, { pageSize: 50, managerEmail: email(3) })).total).toBe(10);
    const nominations = new FeedbackNominationsRepository(target.site);
    let count = 0;
    for await (const page of nominations.all(CYCLE)) count += page.length;
    expect(count).toBe(SUBJECTS * (RATERS_EACH + 2));
    expect(await nominations.ofRater(email(5), CYCLE)).toHaveLength(RATERS_EACH + 1);
  }, 300_000);

  it('counts 4,720 answers and tells which of them exist, in a list holding more than 5,000', async () => {
    const answers = new FeedbackAnswersRepository(target.site, TEST_ANSWER_BOX);
    const forms = entries.flatMap((entry, index) =>
      entry.nominations
        .filter((nomination) => nomination.group !== 'manager')
        .map((nomination) => ({
          subject: email(index),
          rater: nomination.raterEmail,
          group: nomination.group,
        })),
    );
    const answered = forms.filter((_, index) => index % 10 !== 0);
    const write = (cycleId: number, form: (typeof forms)[number]) => {
      const subjectKey = subjectKeyOf(cycleId, form.subject);
      return answers.add(
        cycleId,
        subjectKey,
        respondentKeyOf(cycleId, subjectKey, form.rater),
        {
          group: form.group,
          ratings: {},
          comments: {},
        },
        { ratings: 128, comments: 64 },
      );
    };
    await inParallel(answered, 8, (form) => write(CYCLE, form));
    await inParallel(forms.slice(0, 1000), 8, (form) => write(OTHER_CYCLE, form));

    const keys = forms.map((form) => {
      const subjectKey = subjectKeyOf(CYCLE, form.subject);
      return respondentKeyOf(CYCLE, subjectKey, form.rater);
    });
    const existing = await answers.existing(CYCLE, keys);
    expect(existing.size).toBe(answered.length);
    expect(existing.has(keys[0] ?? '')).toBe(false);
    expect(existing.has(keys[1] ?? '')).toBe(true);
    // A rater's own few keys, looked up one by one.
    expect(await answers.existing(CYCLE, keys.slice(0, 8))).toEqual(new Set(keys.slice(1, 8)));

    const counts = await answers.counts(CYCLE);
    expect(counts.size).toBe(SUBJECTS);
    expect([...counts.values()].reduce((sum, value) => sum + value, 0)).toBe(answered.length);
    let all = 0;
    for await (const page of answers.all(CYCLE)) all += page.length;
    expect(all).toBe(answered.length);
  }, 300_000);

  it('plans 4,720 rating cards page by page once, and finds every one due among more than 5,000 rows', async () => {
    const deliveries = new FeedbackDeliveriesRepository(target.site);
    const cards: NewFeedbackDelivery[] = entries.flatMap((entry, index) =>
      entry.nominations
        .filter((nomination) => nomination.group !== 'manager')
        .map((nomination) => ({
          kind: 'ratingRequest' as const,
          cycleId: CYCLE,
          subjectId: index + 1,
          occasion: '-',
          recipientEmail: nomination.raterEmail,
        })),
    );
    const nominationCards: NewFeedbackDelivery[] = entries.map((entry, index) => ({
      kind: 'nominationRequest',
      cycleId: CYCLE,
      subjectId: index + 1,
      occasion: '-',
      recipientEmail: entry.subject.email,
    }));
    let planned = 0;
    for (let start = 0; start < cards.length; start += 500)
      planned += (await deliveries.plan(cards.slice(start, start + 500))).planned;
    planned += (await deliveries.plan(nominationCards)).planned;
    expect(planned).toBe(cards.length + SUBJECTS);
    expect(await deliveries.plan(cards.slice(1000, 1500))).toEqual({ planned: 0, existing: 500 });

    const due: StoredFeedbackDelivery[] = [];
    for await (const page of deliveries.due({ pageSize: 500 })) due.push(...page);
    expect(due).toHaveLength(cards.length + SUBJECTS);
    expect(new Set(due.map((row) => row.key)).size).toBe(due.length);
    expect(await deliveries.remove(CYCLE, ['nominationRequest'])).toBe(SUBJECTS);
  }, 300_000);
});
