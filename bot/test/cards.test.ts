import { describe, expect, it } from '@jest/globals';
import { PULSE_ANSWER_VERB } from '@kvalita/core';
import { helpCard } from '../src/cards/help-card';
import { pulseCard } from '../src/cards/pulse-card';
import { pulseStatusCard } from '../src/cards/pulse-status-card';
import { PULSE_COMMAND_VERB } from '../src/cards/verbs';

describe('help card', () => {
  it('lists the commands in Czech by default wording and offers the pulse button', () => {
    const card = helpCard('cs');
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', lang: 'cs' });
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', text: 'Co umím' });
    expect(JSON.stringify(card.body)).toContain('nápověda');
    expect(card.actions).toEqual([
      { type: 'Action.Submit', title: 'Vyplnit pulz', data: { verb: PULSE_COMMAND_VERB } },
    ]);
  });

  it('speaks English when asked', () => {
    expect(helpCard('en').body[0]).toMatchObject({ text: 'What I can do' });
  });
});

describe('pulse card', () => {
  const card = pulseCard('cs', 'pulse-2026-W47');

  it('asks one required question on a 1–5 scale', () => {
    const inputs = card.body.filter((element) => element.type === 'Input.ChoiceSet');
    expect(inputs).toHaveLength(1);
    expect(inputs[0]).toMatchObject({
      id: 'score',
      isRequired: true,
      style: 'expanded',
      label: 'Jak se vám tento týden v práci dařilo?',
    });
    const choices = inputs[0]?.type === 'Input.ChoiceSet' ? inputs[0].choices : [];
    expect(choices.map((choice) => choice.value)).toEqual(['1', '2', '3', '4', '5']);
    expect(choices[0]?.title).toBe('1 – velmi špatně');
  });

  it('carries the pulse id in the answer data so a late answer counts for its week', () => {
    expect(card.actions?.[0]?.data).toEqual({ verb: PULSE_ANSWER_VERB, pulseId: 'pulse-2026-W47' });
  });

  it('tells the person the answer is anonymous', () => {
    expect(JSON.stringify(card.body)).toContain('bez vašeho jména');
  });
});

describe('pulse card with Universal Actions', () => {
  const card = pulseCard('en', 'pulse-2026-W47');

  it('answers with Action.Execute and asks Teams to refresh it for its current state', () => {
    expect(card.actions).toEqual([
      {
        type: 'Action.Execute',
        title: 'Send',
        verb: PULSE_ANSWER_VERB,
        data: { verb: PULSE_ANSWER_VERB, pulseId: 'pulse-2026-W47' },
      },
    ]);
    expect(card.refresh).toEqual({
      action: { type: 'Action.Execute', verb: 'kvalita.pulse.refresh', data: { pulseId: 'pulse-2026-W47' } },
    });
  });

  it('turns into a final state with no inputs once answered or closed', () => {
    const answered = pulseStatusCard('cs', 'bot.pulse.answeredCard');
    expect(answered.body.map((element) => element.type)).toEqual(['TextBlock', 'TextBlock']);
    expect(answered.body[1]).toMatchObject({ text: 'Odpověď je uložena. Děkujeme!' });
    expect(answered.actions).toBeUndefined();
    expect(pulseStatusCard('en', 'bot.pulse.closed').body[1]).toMatchObject({
      text: expect.stringContaining('closed'),
    });
  });
});
