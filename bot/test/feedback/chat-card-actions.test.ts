import { beforeEach, describe, expect, it } from '@jest/globals';
import { MANAGERS_MODEL, behaviourKeys } from '@kvalita/core';
import type { AdaptiveCard, ChoiceSetInput } from '../../src/platform/chat/adaptive-card.types';
import {
  FEEDBACK_APPROVE_VERB,
  FEEDBACK_DECLINE_VERB,
  FEEDBACK_NOMINATE_REFRESH_VERB,
  FEEDBACK_NOMINATE_VERB,
  FEEDBACK_RATE_REFRESH_VERB,
  FEEDBACK_RATE_VERB,
} from '../../src/feedback/cards/feedback-card-verbs';
import { feedbackCardActions, type CardUser } from '../../src/feedback/chat/feedback-card-actions';
import { noFeedbackLinks } from '../../src/feedback/chat/feedback-links';
import {
  ALENA,
  CYCLE_ID,
  EVA,
  JIRI,
  LUCIE,
  MARIE,
  PETR,
  TOMAS,
  storedCycle,
  storedModel,
  storedSubject,
} from './feedback-fixture';
import { MemoryFeedbackOffice } from './memory-feedback-office';

const text = (card: AdaptiveCard) => JSON.stringify(card.body);
const sets = (card: AdaptiveCard) =>
  card.body.filter((element): element is ChoiceSetInput => element.type === 'Input.ChoiceSet');
const all = behaviourKeys(MANAGERS_MODEL);
/** Every behaviour answered on the card (4s, the third "cannot judge"), a comment on the first group. */
const answers: Record<string, string> = {
  ...Object.fromEntries(all.map((_, index) => [`b${index}`, index === 2 ? 'na' : '4'])),
  c0: 'Jasně vysvětluje, proč na úkolech záleží.',
};
const LUCIE_ID = 11;
const JIRI_ID = 12;

function office(phase: 'nomination' | 'rating' | 'closed' = 'rating') {
  const memory = new MemoryFeedbackOffice([JIRI, LUCIE, MARIE, ALENA, TOMAS, EVA, PETR]);
  memory.addCycle(storedCycle(phase), storedModel());
  // Lucie (head) is rated by herself, Petr (her manager), Jiří (her report), Marie and Alena (peers).
  memory.addSubject(storedSubject(LUCIE_ID, LUCIE, PETR, { nominationState: 'approved' }), [
    { person: LUCIE, group: 'self' },
    { person: PETR, group: 'manager' },
    { person: JIRI, group: 'directReport' },
    { person: MARIE, group: 'peer' },
    { person: ALENA, group: 'peer' },
  ]);
  memory.addSubject(storedSubject(JIRI_ID, JIRI, LUCIE, { nominationState: 'approved' }), [
    { person: JIRI, group: 'self' },
    { person: LUCIE, group: 'manager' },
    { person: MARIE, group: 'peer' },
  ]);
  return memory;
}

function actionsOf(memory: MemoryFeedbackOffice) {
  return feedbackCardActions({
    service: memory,
    cycles: memory.cyclesStore,
    models: memory.modelsStore,
    actorOf: async (email) => (memory.people.has(email) ? memory.actor(email) : null),
    links: noFeedbackLinks,
  });
}

const marie: CardUser = { email: MARIE.email, userId: '29:marie' };
const onLucie = { cycleId: CYCLE_ID, subjectId: LUCIE_ID };

describe('the rating card’s actions', () => {
  let memory: MemoryFeedbackOffice;
  beforeEach(() => {
    memory = office();
  });

  it('stores the answer once and shows “done, thank you” with “1 of 2 done”; the refresh shows it too', async () => {
    const cards = actionsOf(memory);
    const done = await cards.invoke(FEEDBACK_RATE_VERB, { ...onLucie, ...answers }, marie, 'cs');
    expect(text(done)).toContain('Hotovo, děkujeme. Hodnocení pro Lucie Dvořáková je uložené.');
    expect(text(done)).toContain('Hotovo 1 z 2 formulářů.');
    expect(done.refresh).toMatchObject({
      action: { verb: FEEDBACK_RATE_REFRESH_VERB },
      userIds: ['29:marie'],
    });
    const stored = memory.answers.get(memory.answerKey(CYCLE_ID, LUCIE_ID, MARIE.email));
    expect(stored?.ratings[all[0] ?? '']).toBe(4);
    expect(stored?.ratings[all[2] ?? '']).toBeNull();
    expect(stored?.comments).toEqual({ 'vedeni-lidi': 'Jasně vysvětluje, proč na úkolech záleží.' });

    const refreshed = await cards.invoke(FEEDBACK_RATE_REFRESH_VERB, onLucie, marie, 'cs');
    expect(text(refreshed)).toContain('už máte odeslané');
    expect(sets(refreshed)).toHaveLength(0);
  });

  it('a second submit (another device, a double click) stores nothing new and says so', async () => {
    const cards = actionsOf(memory);
    await cards.invoke(FEEDBACK_RATE_VERB, { ...onLucie, ...answers }, marie, 'cs');
    const first = memory.answers.get(memory.answerKey(CYCLE_ID, LUCIE_ID, MARIE.email));
    const again = await cards.invoke(FEEDBACK_RATE_VERB, { ...onLucie, ...answers, b0: '1' }, marie, 'cs');
    expect(text(again)).toContain('znovu se nic neukládá');
    expect(memory.answers.size).toBe(1);
    expect(memory.answers.get(memory.answerKey(CYCLE_ID, LUCIE_ID, MARIE.email))).toBe(first);
  });

  it('gives the form back with what was chosen when a behaviour is unanswered, and stores nothing', async () => {
    const { b5: _left, ...partial } = answers;
    const card = await actionsOf(memory).invoke(FEEDBACK_RATE_VERB, { ...onLucie, ...partial }, marie, 'cs');
    expect(text(card)).toContain('(chybí 1)');
    expect(sets(card)[0]?.value).toBe('4');
    expect(sets(card)[5]?.value).toBeUndefined();
    expect(memory.answers.size).toBe(0);
  });

  it('refuses a value off the scale or a comment over the limit politely, storing nothing', async () => {
    const cards = actionsOf(memory);
    for (const bad of [{ b0: '9' }, { b0: 'four' }, { c1: 'x'.repeat(1001) }]) {
      const card = await cards.invoke(FEEDBACK_RATE_VERB, { ...onLucie, ...answers, ...bad }, marie, 'cs');
      expect(text(card)).toContain('některá odpověď neodpovídá formuláři');
    }
    expect(memory.answers.size).toBe(0);
  });

  it('declines once with a reason; without one it asks for it', async () => {
    const cards = actionsOf(memory);
    const noReason = await cards.invoke(FEEDBACK_DECLINE_VERB, { ...onLucie, reason: '  ' }, marie, 'cs');
    expect(text(noReason)).toContain('napište prosím důvod');
    const declined = await cards.invoke(
      FEEDBACK_DECLINE_VERB,
      { ...onLucie, reason: 'S Lucií nespolupracuji.' },
      marie,
      'cs',
    );
    expect(text(declined)).toContain('jste odmítl/a');
    expect(text(declined)).toContain('Hotovo 0 z 1 formulářů.');
    expect(
      memory.nominationRows.find((row) => row.raterEmail === MARIE.email && row.subjectId === LUCIE_ID)
        ?.declineReason,
    ).toBe('S Lucií nespolupracuji.');
    // A submit after the decline stores nothing.
    await cards.invoke(FEEDBACK_RATE_VERB, { ...onLucie, ...answers }, marie, 'cs');
    expect(memory.answers.size).toBe(0);
  });

  it('a closed cycle refuses politely on submit and on refresh', async () => {
    memory.setPhase(CYCLE_ID, 'closed');
    const cards = actionsOf(memory);
    const card = await cards.invoke(FEEDBACK_RATE_VERB, { ...onLucie, ...answers }, marie, 'cs');
    expect(text(card)).toContain('Tento cyklus je uzavřený');
    expect(memory.answers.size).toBe(0);
    expect(text(await cards.invoke(FEEDBACK_RATE_REFRESH_VERB, onLucie, marie, 'en'))).toContain(
      'This cycle is closed',
    );
  });

  it('closes meanwhile: the service refuses and the card shows the cycle closed', async () => {
    const cards = actionsOf(memory);
    // Closed between the card's read and the write: the service's refusal, then the state read again.
    const submit = memory.submitRating.bind(memory);
    memory.submitRating = async (...args) => {
      memory.setPhase(CYCLE_ID, 'closed');
      return submit(...args);
    };
    const card = await cards.invoke(FEEDBACK_RATE_VERB, { ...onLucie, ...answers }, marie, 'cs');
    expect(text(card)).toContain('Tento cyklus je uzavřený');
    expect(memory.answers.size).toBe(0);
  });

  it('answers an unknown person, someone who is no rater and bad card data with polite cards', async () => {
    const cards = actionsOf(memory);
    const stranger = await cards.invoke(
      FEEDBACK_RATE_VERB,
      { ...onLucie, ...answers },
      { email: 'nobody@lipova.example', userId: null },
      'cs',
    );
    expect(text(stranger)).toContain('nenašla v adresáři úřadu');
    const noEmail = await cards.invoke(FEEDBACK_RATE_VERB, onLucie, { email: null, userId: null }, 'cs');
    expect(text(noEmail)).toContain('nenašla v adresáři úřadu');
    const notRater = await cards.invoke(
      FEEDBACK_RATE_VERB,
      { ...onLucie, ...answers },
      { email: EVA.email, userId: null },
      'cs',
    );
    expect(text(notRater)).toContain('netýká');
    for (const data of [
      { cycleId: 'x', subjectId: 11 },
      { cycleId: CYCLE_ID },
      { cycleId: -1, subjectId: 11 },
    ]) {
      expect(text(await cards.invoke(FEEDBACK_RATE_VERB, data, marie, 'cs'))).toContain(
        'Této akci karty Kvalita nerozumí',
      );
    }
    expect(
      text(await cards.invoke(FEEDBACK_RATE_VERB, { cycleId: 99, subjectId: 11 }, marie, 'cs')),
    ).toContain('netýká');
    expect(memory.answers.size).toBe(0);
  });
});

describe('the nomination and approval cards’ actions', () => {
  function nominating() {
    const memory = new MemoryFeedbackOffice([JIRI, LUCIE, MARIE, ALENA, TOMAS, EVA, PETR]);
    memory.addCycle(storedCycle('nomination'), storedModel());
    memory.addSubject(storedSubject(LUCIE_ID, LUCIE, PETR), [
      { person: LUCIE, group: 'self' },
      { person: PETR, group: 'manager' },
      { person: JIRI, group: 'directReport' },
    ]);
    return memory;
  }
  const lucie: CardUser = { email: LUCIE.email, userId: '29:lucie' };
  const petr: CardUser = { email: PETR.email, userId: '29:petr' };
  const emails = (...people: { email: string }[]) => people.map((person) => person.email).join(',');

  it('the subject ticks peers and sends them for approval: saved, submitted and listed; direct reports kept', async () => {
    const memory = nominating();
    const cards = actionsOf(memory);
    const card = await cards.invoke(
      FEEDBACK_NOMINATE_VERB,
      {
        cycleId: CYCLE_ID,
        subjectId: LUCIE_ID,
        etag: '"s11"',
        'nominate-peer': emails(MARIE, ALENA, TOMAS),
        'nominate-other': emails(EVA),
      },
      lucie,
      'cs',
    );
    expect(text(card)).toContain('Odesláno ke schválení');
    expect(text(card)).toContain('kolegové: Marie Procházková, Alena Němcová, Tomáš Černý');
    expect(text(card)).toContain('podřízení: Jiří Kučera');
    expect(text(card)).toContain('ostatní: Eva Veselá');
    expect(memory.subjects.get(LUCIE_ID)?.nominationState).toBe('submitted');
    const refreshed = await cards.invoke(
      FEEDBACK_NOMINATE_REFRESH_VERB,
      { cycleId: CYCLE_ID, subjectId: LUCIE_ID },
      lucie,
      'cs',
    );
    expect(sets(refreshed)).toHaveLength(0);
    expect(text(refreshed)).toContain('Odesláno ke schválení');
  });

  it('too few peers: the list is saved, not sent, and the card says why', async () => {
    const memory = nominating();
    const card = await actionsOf(memory).invoke(
      FEEDBACK_NOMINATE_VERB,
      { cycleId: CYCLE_ID, subjectId: LUCIE_ID, etag: '"s11"', 'nominate-peer': emails(MARIE) },
      lucie,
      'cs',
    );
    expect(text(card)).toContain('Seznam je uložený, ale ke schválení ještě neodešel');
    expect(memory.subjects.get(LUCIE_ID)?.nominationState).toBe('open');
    expect(sets(card)[0]?.value).toBe(MARIE.email);
  });

  it('the same person in two groups, or a stale card, changes nothing', async () => {
    const memory = nominating();
    const cards = actionsOf(memory);
    const before = JSON.stringify(memory.nominationRows);
    const twice = await cards.invoke(
      FEEDBACK_NOMINATE_VERB,
      {
        cycleId: CYCLE_ID,
        subjectId: LUCIE_ID,
        etag: '"s11"',
        'nominate-peer': emails(MARIE),
        'nominate-other': emails(MARIE),
      },
      lucie,
      'cs',
    );
    expect(text(twice)).toContain('Marie Procházková je vybraný/á ve dvou skupinách');
    const stale = await cards.invoke(
      FEEDBACK_NOMINATE_VERB,
      { cycleId: CYCLE_ID, subjectId: LUCIE_ID, etag: '"old"', 'nominate-peer': emails(MARIE, ALENA, TOMAS) },
      lucie,
      'cs',
    );
    expect(text(stale)).toContain('Mezitím se seznam změnil');
    expect(JSON.stringify(memory.nominationRows)).toBe(before);
    expect(memory.subjects.get(LUCIE_ID)?.nominationState).toBe('open');
  });

  it('someone else’s list is not theirs to send', async () => {
    const memory = nominating();
    const card = await actionsOf(memory).invoke(
      FEEDBACK_NOMINATE_VERB,
      { cycleId: CYCLE_ID, subjectId: LUCIE_ID, etag: '"s11"', 'nominate-peer': emails(MARIE, ALENA, TOMAS) },
      { email: EVA.email, userId: null },
      'cs',
    );
    expect(text(card)).toContain('netýká');
    expect(memory.subjects.get(LUCIE_ID)?.nominationState).toBe('open');
  });

  it('the manager unticks one and approves: the rest are approved', async () => {
    const memory = nominating();
    const cards = actionsOf(memory);
    await cards.invoke(
      FEEDBACK_NOMINATE_VERB,
      {
        cycleId: CYCLE_ID,
        subjectId: LUCIE_ID,
        etag: '"s11"',
        'nominate-peer': emails(MARIE, ALENA, TOMAS, EVA),
      },
      lucie,
      'cs',
    );
    const etag = memory.subjects.get(LUCIE_ID)?.etag;
    const card = await cards.invoke(
      FEEDBACK_APPROVE_VERB,
      {
        cycleId: CYCLE_ID,
        subjectId: LUCIE_ID,
        etag,
        'nominate-directReport': emails(JIRI),
        'nominate-peer': emails(MARIE, ALENA, TOMAS),
      },
      petr,
      'cs',
    );
    expect(text(card)).toContain('Schváleno. Děkujeme.');
    expect(text(card)).toContain('kolegové: Marie Procházková, Alena Němcová, Tomáš Černý');
    const raters = memory.nominationRows.filter((row) => row.subjectId === LUCIE_ID);
    expect(raters.every((row) => row.state === 'approved')).toBe(true);
    expect(raters.map((row) => row.raterEmail)).not.toContain(EVA.email);
  });
});
