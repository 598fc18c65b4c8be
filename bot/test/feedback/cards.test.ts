import { describe, expect, it } from '@jest/globals';
import { FEEDBACK_LIMITS, MANAGERS_MODEL, behaviourKeys, type RaterGroup } from '@kvalita/core';
import type {
  AdaptiveCard,
  CardElement,
  ChoiceSetInput,
  ExecuteAction,
} from '../../src/platform/chat/adaptive-card.types';
import { cardBytes } from '../../src/feedback/cards/feedback-card-parts';
import {
  FEEDBACK_APPROVE_VERB,
  FEEDBACK_DECLINE_VERB,
  FEEDBACK_NOMINATE_REFRESH_VERB,
  FEEDBACK_NOMINATE_VERB,
  FEEDBACK_RATE_REFRESH_VERB,
  FEEDBACK_RATE_VERB,
} from '../../src/feedback/cards/feedback-card-verbs';
import { approvalCard, nominationCard } from '../../src/feedback/cards/nomination-card';
import { ratingReminderCard, releasedCard } from '../../src/feedback/cards/notice-cards';
import { ratingCard, ratingStateCard, type RatingCardContent } from '../../src/feedback/cards/rating-card';
import {
  ALENA,
  CYCLE_ID,
  JIRI,
  LARGEST_MODEL,
  LUCIE,
  MARIE,
  TOMAS,
  nomination,
  nominationsReply,
  storedSubject,
} from './feedback-fixture';

const TEAMS_LIMIT = 28 * 1024;
const text = (card: AdaptiveCard) => JSON.stringify(card.body);
const inputs = (card: AdaptiveCard) =>
  card.body.filter((element): element is Extract<CardElement, { id: string }> => 'id' in element);
const choiceSets = (card: AdaptiveCard) =>
  card.body.filter((element): element is ChoiceSetInput => element.type === 'Input.ChoiceSet');
const executes = (card: AdaptiveCard) =>
  (card.actions ?? []).filter((action): action is ExecuteAction => action.type === 'Action.Execute');

function content(group: RaterGroup, changes: Partial<RatingCardContent> = {}): RatingCardContent {
  return {
    cycleId: CYCLE_ID,
    subjectId: 11,
    userIds: ['29:marie'],
    cycleName: 'Zpětná vazba 360° 2027',
    subject: LUCIE,
    group,
    ratingDeadline: '2027-03-31',
    groupThreshold: 3,
    model: MANAGERS_MODEL,
    link: 'https://teams.example/feedback',
    ...changes,
  };
}

describe('the rating card', () => {
  it('names who is rated and the rater’s group, says what that means for anonymity and carries the charter', () => {
    const card = ratingCard('cs', content('peer'));
    expect(text(card)).toContain('"text":"Lucie Dvořáková"');
    expect(text(card)).toContain('Vaše skupina: kolegové');
    expect(text(card)).toContain(
      'Lucie Dvořáková uvidí hodnocení vaší skupiny (kolegové) jen dohromady a jen tehdy, když jich odpoví aspoň 3',
    );
    expect(text(card)).toContain('není hodnocením pro odměňování');
    expect(text(card)).toContain('Termín: 31. 3. 2027');
  });

  it('tells self and manager that they are shown as such: the subject knows them', () => {
    expect(text(ratingCard('cs', content('self')))).toContain('Hodnotíte sami sebe');
    const manager = text(ratingCard('cs', content('manager')));
    expect(manager).toContain('Lucie Dvořáková ví, že je od vás');
    expect(manager).not.toContain('jen dohromady');
    expect(text(ratingCard('en', content('peer', { groupThreshold: 5 })))).toContain(
      'only when at least 5 of them answered',
    );
  });

  it('asks competency by competency: name, definition, each behaviour a compact 1–5 with anchors or “cannot judge”', () => {
    const card = ratingCard('cs', content('peer'));
    const sets = choiceSets(card);
    const behaviours = behaviourKeys(MANAGERS_MODEL);
    expect(sets).toHaveLength(behaviours.length);
    const first = MANAGERS_MODEL.groups[0]?.competencies[0];
    expect(text(card)).toContain(`"text":"${first?.name}"`);
    expect(text(card)).toContain(first?.definition);
    expect(sets[0]).toMatchObject({ id: 'b0', label: first?.behaviours[0]?.text, style: 'compact' });
    expect(sets[0]?.choices).toEqual([
      { title: '1 – Téměř nikdy', value: '1' },
      { title: '2 – Občas', value: '2' },
      { title: '3 – Často', value: '3' },
      { title: '4 – Většinou', value: '4' },
      { title: '5 – Téměř vždy', value: '5' },
      { title: 'Nemohu posoudit', value: 'na' },
    ]);
    // One optional comment per competency group, limited as the contract is.
    const comments = inputs(card).filter((input) => input.id.startsWith('c'));
    expect(comments.map((input) => input.id)).toEqual(MANAGERS_MODEL.groups.map((_, index) => `c${index}`));
    expect(comments[0]).toMatchObject({ type: 'Input.Text', isMultiline: true, maxLength: 1000 });
    expect(text(card)).not.toContain('zkrácené');
  });

  it('submits and declines with Action.Execute on its cycle and subject, and refreshes for the rater’s devices', () => {
    const card = ratingCard('cs', content('peer'));
    expect(executes(card).map((action) => [action.verb, action.title, action.data])).toEqual([
      [
        FEEDBACK_RATE_VERB,
        'Odeslat hodnocení',
        { verb: FEEDBACK_RATE_VERB, cycleId: CYCLE_ID, subjectId: 11 },
      ],
      [
        FEEDBACK_DECLINE_VERB,
        'Odmítnout hodnocení',
        { verb: FEEDBACK_DECLINE_VERB, cycleId: CYCLE_ID, subjectId: 11 },
      ],
    ]);
    expect(inputs(card).some((input) => input.id === 'reason')).toBe(true);
    expect(card.refresh).toEqual({
      action: {
        type: 'Action.Execute',
        verb: FEEDBACK_RATE_REFRESH_VERB,
        data: { cycleId: CYCLE_ID, subjectId: 11 },
      },
      userIds: ['29:marie'],
    });
    // The subject cannot decline their own self-assessment.
    const self = ratingCard('cs', content('self'));
    expect(executes(self).map((action) => action.verb)).toEqual([FEEDBACK_RATE_VERB]);
    expect(inputs(self).some((input) => input.id === 'reason')).toBe(false);
  });

  it('shows the problem and keeps what was chosen when a submit comes back', () => {
    const card = ratingCard('cs', content('peer'), {
      problem: 'Chybí 2 odpovědi.',
      values: { b0: '4', b1: 'na', c0: 'Dobrá práce.' },
    });
    expect(text(card)).toContain('Chybí 2 odpovědi.');
    expect(
      choiceSets(card)
        .slice(0, 2)
        .map((set) => set.value),
    ).toEqual(['4', 'na']);
    expect(inputs(card).find((input) => input.id === 'c0')).toMatchObject({ value: 'Dobrá práce.' });
  });

  it('stays under Teams’ 28 KB for the largest model allowed, every text at its limit, each behaviour still asked', () => {
    const card = ratingCard('cs', content('peer', { model: LARGEST_MODEL }));
    expect(cardBytes(card)).toBeLessThanOrEqual(TEAMS_LIMIT - 1024);
    expect(choiceSets(card).map((set) => set.id)).toEqual(
      Array.from({ length: FEEDBACK_LIMITS.behavioursPerModel }, (_, index) => `b${index}`),
    );
    expect(choiceSets(card).every((set) => set.choices.length === 6)).toBe(true);
    expect(text(card)).toContain('proto jsou definice kompetencí zkrácené');
    // With a problem shown and every input filled back in, too.
    const values = Object.fromEntries(choiceSets(card).map((set) => [set.id, '5']));
    const again = ratingCard('cs', content('peer', { model: LARGEST_MODEL }), {
      problem: 'Hodnocení zatím není uložené.',
      values,
    });
    expect(cardBytes(again)).toBeLessThanOrEqual(TEAMS_LIMIT - 1024);
  });

  it('after the answer shows “done, thank you” with the progress; a second submit says nothing new is stored', () => {
    const done = ratingStateCard('cs', content('peer'), {
      kind: 'done',
      fresh: true,
      progress: { done: 3, total: 5 },
    });
    expect(text(done)).toContain('Hotovo, děkujeme. Hodnocení pro Lucie Dvořáková je uložené.');
    expect(text(done)).toContain('Hotovo 3 z 5 formulářů.');
    expect(choiceSets(done)).toHaveLength(0);
    expect(executes(done)).toHaveLength(0);
    expect(done.refresh?.action.verb).toBe(FEEDBACK_RATE_REFRESH_VERB);
    const again = ratingStateCard('cs', content('peer'), {
      kind: 'done',
      fresh: false,
      progress: { done: 5, total: 5 },
    });
    expect(text(again)).toContain('znovu se nic neukládá');
    expect(text(again)).toContain('Vyplnil/a jste všechny své formuláře');
  });

  it('says so when declined and when the cycle is closed', () => {
    expect(text(ratingStateCard('cs', content('peer'), { kind: 'declined', progress: null }))).toContain(
      'Hodnocení pro Lucie Dvořáková jste odmítl/a',
    );
    expect(text(ratingStateCard('cs', content('peer'), { kind: 'closed' }))).toContain(
      'Tento cyklus je uzavřený',
    );
    expect(text(ratingStateCard('en', content('peer'), { kind: 'closed' }))).toContain(
      'This cycle is closed',
    );
  });
});

describe('the nomination card', () => {
  const cycle = {
    name: 'Zpětná vazba 360° 2027',
    phase: 'nomination' as const,
    deadline: '2027-03-05',
    rules: nominationsReply().subject && {
      directReport: { min: 0, max: 10 },
      peer: { min: 3, max: 6 },
      other: { min: 0, max: 4 },
    },
  };
  const options = { cycle, link: 'https://teams.example/feedback/7/11', userIds: ['29:lucie'] };

  it('offers the suggestions as checkboxes for peers and others, ticked as proposed, with the rules and loads', () => {
    const card = nominationCard('cs', nominationsReply(), options);
    const [peers, others] = choiceSets(card);
    expect(peers).toMatchObject({
      id: 'nominate-peer',
      label: 'kolegové: vyberte 3–6',
      style: 'expanded',
      isMultiSelect: true,
      value: MARIE.email,
    });
    expect(peers?.choices).toEqual([
      { title: 'Marie Procházková (počet formulářů: 2)', value: MARIE.email },
      { title: 'Alena Němcová', value: ALENA.email },
      { title: 'Tomáš Černý (už má plno)', value: TOMAS.email },
    ]);
    // Jiří is already a rater as a direct report (from the directory): no choice for him.
    expect(JSON.stringify(peers)).not.toContain(JIRI.email);
    expect(others).toMatchObject({ id: 'nominate-other', label: 'ostatní: vyberte 0–4' });
    expect(others?.value).toBeUndefined();
    expect(text(card)).toContain('Seznam pak schválí Petr Svoboda');
    expect(text(card)).toContain('Někoho jiného přidáte v Kvalitě');
    expect(executes(card)[0]).toMatchObject({
      verb: FEEDBACK_NOMINATE_VERB,
      data: { verb: FEEDBACK_NOMINATE_VERB, cycleId: CYCLE_ID, subjectId: 11, etag: '"s11"' },
    });
    expect(card.actions).toContainEqual({
      type: 'Action.OpenUrl',
      title: 'Otevřít v Kvalitě',
      url: options.link,
    });
    expect(card.refresh).toEqual({
      action: {
        type: 'Action.Execute',
        verb: FEEDBACK_NOMINATE_REFRESH_VERB,
        data: { cycleId: CYCLE_ID, subjectId: 11 },
      },
      userIds: ['29:lucie'],
    });
  });

  it('once sent lists who was proposed and has no form', () => {
    const sent = nominationsReply({
      subject: storedSubject(11, LUCIE, null, { nominationState: 'submitted' }),
      allowed: [],
    });
    const card = nominationCard('cs', sent, options);
    expect(choiceSets(card)).toHaveLength(0);
    expect(text(card)).toContain('Odesláno ke schválení');
    expect(text(card)).toContain('kolegové: Marie Procházková');
    expect(text(card)).toContain('podřízení: Jiří Kučera');
    expect(text(card)).toContain('ostatní: nikoho');
  });
});

describe('the approval card', () => {
  const cycle = {
    name: 'Zpětná vazba 360° 2027',
    phase: 'approval' as const,
    deadline: '2027-03-12',
    rules: { directReport: { min: 0, max: 10 }, peer: { min: 3, max: 6 }, other: { min: 0, max: 4 } },
  };
  const options = { cycle, link: null, userIds: [] };
  const submitted = nominationsReply({
    subject: storedSubject(11, LUCIE, null, { nominationState: 'submitted' }),
    nominations: [
      nomination(JIRI, 'directReport', 'approved'),
      nomination(MARIE, 'peer'),
      nomination(ALENA, 'peer'),
      nomination(TOMAS, 'other'),
    ],
    allowed: ['change', 'approve'],
  });

  it('lists the subject’s raters per group, all ticked, and approves with the list’s etag', () => {
    const card = approvalCard('cs', submitted, options);
    expect(
      choiceSets(card).map((set) => [set.id, set.value, set.choices.map((choice) => choice.value)]),
    ).toEqual([
      ['nominate-directReport', JIRI.email, [JIRI.email]],
      ['nominate-peer', `${MARIE.email},${ALENA.email}`, [MARIE.email, ALENA.email]],
      ['nominate-other', TOMAS.email, [TOMAS.email]],
    ]);
    expect(executes(card)[0]).toMatchObject({
      verb: FEEDBACK_APPROVE_VERB,
      data: { etag: '"s11"', subjectId: 11 },
    });
    expect(card.refresh?.userIds).toBeUndefined();
  });

  it('after approval says so with the list', () => {
    const approved = {
      ...submitted,
      subject: { ...submitted.subject, nominationState: 'approved' as const },
      allowed: [],
    };
    const card = approvalCard('cs', approved, options);
    expect(choiceSets(card)).toHaveLength(0);
    expect(text(card)).toContain('Schváleno. Děkujeme.');
    expect(text(card)).toContain('kolegové: Marie Procházková, Alena Němcová');
  });
});

describe('the reminder and the released notice', () => {
  it('reminds a rater once with “3 of 5 done” and whose forms are left', () => {
    const card = ratingReminderCard('cs', {
      cycleName: 'Zpětná vazba 360° 2027',
      ratingDeadline: '2027-03-31',
      progress: { done: 3, total: 5 },
      open: [LUCIE, MARIE],
      link: null,
    });
    expect(text(card)).toContain('máte hotovo 3 z 5 formulářů');
    expect(text(card)).toContain('do 31. 3. 2027');
    expect(text(card)).toContain('Zbývá: Lucie Dvořáková, Marie Procházková');
  });

  it('tells a subject and a manager where their reports are', () => {
    const link = 'https://teams.example/feedback/7';
    expect(text(releasedCard('cs', 'Cyklus 2027', { kind: 'subject' }, link))).toContain(
      'Vaše zpráva z cyklu Cyklus 2027',
    );
    const manager = releasedCard('en', 'Cycle 2027', { kind: 'manager', reports: 4 }, link);
    expect(text(manager)).toContain("Your direct reports' reports from the cycle Cycle 2027 are ready (4)");
    expect(manager.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open the report', url: link }]);
  });
});
