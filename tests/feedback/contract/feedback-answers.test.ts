import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DuplicateKeyError,
  STAFF_MODEL,
  behaviourKeys,
  sealedAnswerBytes,
  type BehaviourRating,
  type OpenedAnswer,
  type RaterGroup,
} from '@kvalita/core';
import { FeedbackAnswersRepository, SealedValueError } from '@kvalita/sharepoint';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import { TEST_ANSWER_BOX } from '../../support/answer-box';
import { feedbackSite, respondentKeyOf, subjectKeyOf, type FeedbackSite } from './feedback-site';

/*
 * 360 answers as the service stores them: under the keys only it can compute, sealed to one length
 * per model, one per rater and subject. What a site collection administrator reads in the raw list
 * names nobody and says nothing of a group, a score or a comment.
 */

let target: FeedbackSite;
const CYCLE = 51;
const at = (local: string) => `${local}@lipova.example`;
const SUBJECT = at('jiri.kucera');
const subjectKey = subjectKeyOf(CYCLE, SUBJECT);
const bytes = sealedAnswerBytes(STAFF_MODEL);
const keys = behaviourKeys(STAFF_MODEL);
const [firstGroup, secondGroup] = STAFF_MODEL.groups.map((group) => group.key);

const RATERS: readonly { email: string; group: RaterGroup; comment: string }[] = [
  { email: SUBJECT, group: 'self', comment: '' },
  { email: at('tomas.cerny'), group: 'manager', comment: 'Spolehlivě vyřizuje žádosti o registraci.' },
  { email: at('alena.nemcova'), group: 'peer', comment: 'Ochotně pomáhá s agendou přepážky.' },
  { email: at('marie.prochazkova'), group: 'peer', comment: '' },
  { email: at('eva.vesela'), group: 'peer', comment: 'Víc sdílet postupy s kolegy z výstavby.' },
  { email: at('lucie.dvorakova'), group: 'other', comment: 'Žlutý Škodovák, 17 minut čekání.' },
];

const answerOf = (index: number, rater: (typeof RATERS)[number]): OpenedAnswer => ({
  group: rater.group,
  ratings: Object.fromEntries(
    keys.map((key, position) => [
      key,
      ((index + position) % 6 === 5 ? null : ((index + position) % 5) + 1) as BehaviourRating,
    ]),
  ),
  comments:
    rater.comment === ''
      ? {}
      : { [firstGroup ?? '']: rater.comment, ...(index % 2 ? { [secondGroup ?? '']: 'Díky.' } : {}) },
});

const answers = () => new FeedbackAnswersRepository(target.site, TEST_ANSWER_BOX);
const respondent = (email: string) => respondentKeyOf(CYCLE, subjectKey, email);

beforeAll(async () => {
  target = await feedbackSite();
  for (const [index, rater] of RATERS.entries())
    await answers().add(CYCLE, subjectKey, respondent(rater.email), answerOf(index, rater), bytes);
  // Another subject of the same cycle and a subject of another cycle.
  const other = subjectKeyOf(CYCLE, at('tomas.cerny'));
  await answers().add(
    CYCLE,
    other,
    respondentKeyOf(CYCLE, other, SUBJECT),
    answerOf(0, RATERS[1] ?? RATERS[0]!),
    bytes,
  );
  const later = subjectKeyOf(CYCLE + 1, SUBJECT);
  await answers().add(
    CYCLE + 1,
    later,
    respondentKeyOf(CYCLE + 1, later, at('tomas.cerny')),
    answerOf(1, RATERS[1]!),
    bytes,
  );
}, 60_000);
afterAll(() => target.close());

describe('360 answers', () => {
  it('open as they were given, per subject and per cycle', async () => {
    const stored = await answers().ofSubject(CYCLE, subjectKey);
    expect(stored.map((answer) => answer.answer)).toEqual(
      RATERS.map((rater, index) => answerOf(index, rater)),
    );
    expect(stored.map((answer) => answer.respondentKey)).toEqual(
      RATERS.map((rater) => respondent(rater.email)),
    );
    const all: number[] = [];
    for await (const page of answers().all(CYCLE)) all.push(...page.map((answer) => answer.id));
    expect(all).toHaveLength(RATERS.length + 1);
  });

  it("read a cycle's ratings without their comments for the organisation view", async () => {
    const ratingsOnly: OpenedAnswer[] = [];
    for await (const page of answers().all(CYCLE, { comments: false }))
      ratingsOnly.push(
        ...page.filter((answer) => answer.subjectKey === subjectKey).map((answer) => answer.answer),
      );
    expect(ratingsOnly).toEqual(RATERS.map((rater, index) => ({ ...answerOf(index, rater), comments: {} })));
  });

  it('take one answer per rater and subject: a second is refused and nothing changes', async () => {
    const before = await answers().ofSubject(CYCLE, subjectKey);
    await expect(
      answers().add(CYCLE, subjectKey, respondent(at('alena.nemcova')), answerOf(9, RATERS[2]!), bytes),
    ).rejects.toBeInstanceOf(DuplicateKeyError);
    expect(await answers().ofSubject(CYCLE, subjectKey)).toEqual(before);
  });

  it('say which keys have answered and how many answers each subject has', async () => {
    const asked = [respondent(at('alena.nemcova')), respondent(at('pavel.marek')), respondent(SUBJECT)];
    expect(await answers().existing(CYCLE, asked)).toEqual(new Set([asked[0], asked[2]]));
    expect(await answers().existing(CYCLE + 1, asked)).toEqual(new Set());
    expect(await answers().existing(CYCLE, [])).toEqual(new Set());
    const counts = await answers().counts(CYCLE);
    expect(counts.get(subjectKey)).toBe(RATERS.length);
    expect(counts.get(subjectKeyOf(CYCLE, at('tomas.cerny')))).toBe(1);
    expect(counts.size).toBe(2);
  });

  it('refuse a sealed answer moved to another subject', async () => {
    const list = target.sp.web.getList('/sites/kvalita/Lists/Kvalita360Answers');
    const [row] = await list.items
      .select('Id', 'SealedAnswer')
      .filter(`SubjectKey eq '${subjectKey}'`)
      .top(1)<{ Id: number; SealedAnswer: string }[]>();
    const moved = subjectKeyOf(CYCLE, at('pavel.marek'));
    await list.items.add({
      Title: 'x',
      CycleId: CYCLE,
      SubjectKey: moved,
      RespondentKey: 'forged',
      SealedAnswer: row?.SealedAnswer,
    });
    await expect(answers().ofSubject(CYCLE, moved)).rejects.toBeInstanceOf(SealedValueError);
    expect(await answers().removeOfSubject(CYCLE, moved)).toBe(1);
  });

  it("refuse sealed comments moved into the ratings' column", async () => {
    const list = target.sp.web.getList('/sites/kvalita/Lists/Kvalita360Answers');
    const [row] = await list.items
      .select('Id', 'SealedComments')
      .filter(`SubjectKey eq '${subjectKey}'`)
      .top(1)<{ Id: number; SealedComments: string }[]>();
    await list.items.add({
      Title: 'x',
      CycleId: CYCLE,
      SubjectKey: subjectKey,
      RespondentKey: 'swapped',
      SealedAnswer: row?.SealedComments,
      SealedComments: row?.SealedComments,
    });
    await expect(answers().ofSubject(CYCLE, subjectKey)).rejects.toBeInstanceOf(SealedValueError);
    const [forged] = await list.items.select('Id').filter(`RespondentKey eq 'swapped'`).top(1)<
      { Id: number }[]
    >();
    await list.items.getById(forged?.Id ?? 0).delete();
    expect((await answers().ofSubject(CYCLE, subjectKey)).length).toBe(RATERS.length);
  });

  describe('as a site collection administrator reads the raw list', () => {
    it('names nobody and holds no group, score or comment in any column, each answer one length', async () => {
      const raw = (await target.sp.web
        .getList('/sites/kvalita/Lists/Kvalita360Answers')
        .items.filter(`CycleId eq ${CYCLE}`)
        .top(5000)()) as Record<string, unknown>[];
      expect(raw).toHaveLength(RATERS.length + 1);
      const everything = JSON.stringify(raw);
      expect(everything).not.toMatch(/@lipova\.example/);
      for (const rater of RATERS) if (rater.comment !== '') expect(everything).not.toContain(rater.comment);
      expect(everything).not.toMatch(/Díky|Škodovák|přepážky/);
      for (const word of ['self', 'manager', 'peer', 'directReport', 'other', 'Kolegové', 'Nadřízený'])
        expect(everything).not.toMatch(new RegExp(`"${word}"`, 'i'));
      for (const key of keys) expect(everything).not.toContain(`"${key}"`);
      for (const row of raw) {
        const own = Object.entries(row).filter(([name]) =>
          ['Title', 'CycleId', 'SubjectKey', 'RespondentKey', 'SealedAnswer', 'SealedComments'].includes(
            name,
          ),
        );
        expect(Object.fromEntries(own)).toEqual({
          Title: String(CYCLE),
          CycleId: CYCLE,
          SubjectKey: expect.stringMatching(/^[0-9a-f]{64}$/),
          RespondentKey: expect.stringMatching(/^[0-9a-f]{64}$/),
          SealedAnswer: expect.any(String),
          SealedComments: expect.any(String),
        });
        // No other column of ours: the list has no plain group, score or comment to fill.
        expect(
          Object.keys(row).filter(
            (name) =>
              !name.startsWith('Sealed') && /Group|Score|Comment|Rating|Rater|Subject(?!Key)/.test(name),
          ),
        ).toEqual([]);
      }
      expect(new Set(raw.map((row) => String(row['SealedAnswer']).length)).size).toBe(1);
      // An answer without comments and one with long ones look alike.
      expect(new Set(raw.map((row) => String(row['SealedComments']).length)).size).toBe(1);
    });
  });

  it('keep an erased rater’s answer for the subject’s report, without their key; the subject’s go with them', async () => {
    expect(await answers().unlink([respondent(at('alena.nemcova')), respondent(at('pavel.marek'))])).toBe(1);
    const stored = await answers().ofSubject(CYCLE, subjectKey);
    expect(stored).toHaveLength(RATERS.length);
    expect(stored.filter((answer) => answer.respondentKey === null).map((answer) => answer.answer)).toEqual([
      answerOf(2, RATERS[2]!),
    ]);
    expect(await answers().existing(CYCLE, [respondent(at('alena.nemcova'))])).toEqual(new Set());
    expect(await answers().removeOfSubject(CYCLE, subjectKey)).toBe(RATERS.length);
    expect(await answers().ofSubject(CYCLE, subjectKey)).toEqual([]);
    expect((await answers().counts(CYCLE + 1)).size).toBe(1);
  });
});
