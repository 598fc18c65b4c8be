import { describe, expect, it } from '@jest/globals';
import { MANAGERS_MODEL, behaviourKeys } from '../../src';
import {
  declineReasonFromCard,
  nominationsFromCard,
  parseFeedbackCardData,
  parseNominationCardData,
  ratingFromCard,
} from '../../src/schemas';

const keys = behaviourKeys(MANAGERS_MODEL);
const every = (value: string) => Object.fromEntries(keys.map((_, index) => [`b${index}`, value]));

describe('the 360 cards’ data', () => {
  it('reads the cycle and subject as the card built them, or as text; anything else is refused', () => {
    expect(parseFeedbackCardData({ cycleId: 7, subjectId: '11' })).toEqual({ cycleId: 7, subjectId: 11 });
    for (const bad of [
      { cycleId: 7 },
      { cycleId: '7x', subjectId: 1 },
      { cycleId: 0, subjectId: 1 },
      null,
      'x',
    ])
      expect(parseFeedbackCardData(bad)).toBeNull();
    expect(parseNominationCardData({ cycleId: 7, subjectId: 11, etag: '"3"' })).toMatchObject({
      etag: '"3"',
    });
    expect(parseNominationCardData({ cycleId: 7, subjectId: 11 })).toBeNull();
  });

  it('turns every behaviour’s choice into the contract’s answer: a point, or null for “cannot judge”', () => {
    const outcome = ratingFromCard(MANAGERS_MODEL, { ...every('3'), b1: 'na', c0: ' Díky. ', c1: '   ' });
    expect(outcome.kind).toBe('request');
    if (outcome.kind !== 'request') return;
    expect(outcome.request.ratings[keys[0] ?? '']).toBe(3);
    expect(outcome.request.ratings[keys[1] ?? '']).toBeNull();
    expect(Object.keys(outcome.request.ratings)).toHaveLength(keys.length);
    // A comment is cleaned; an empty one is not stored.
    expect(outcome.request.comments).toEqual({ 'vedeni-lidi': 'Díky.' });
  });

  it('names the behaviours left unanswered, and refuses what no card of the model sends', () => {
    const { b2: _b2, b7: _b7, ...partial } = every('4');
    expect(ratingFromCard(MANAGERS_MODEL, partial)).toEqual({ kind: 'missing', missing: [keys[2], keys[7]] });
    expect(ratingFromCard(MANAGERS_MODEL, { ...every('4'), b0: '6' }).kind).toBe('invalid');
    expect(ratingFromCard(MANAGERS_MODEL, { ...every('4'), b0: 'x' }).kind).toBe('invalid');
    expect(ratingFromCard(MANAGERS_MODEL, { ...every('4'), c0: 'x'.repeat(1001) }).kind).toBe('invalid');
    expect(ratingFromCard(MANAGERS_MODEL, { ...every('4'), c0: 5 }).kind).toBe('invalid');
  });

  it('reads a decline’s reason, refusing an empty or too long one', () => {
    expect(declineReasonFromCard({ reason: '  Neznám její práci. ' })).toBe('Neznám její práci.');
    expect(declineReasonFromCard({ reason: ' ' })).toBeNull();
    expect(declineReasonFromCard({})).toBeNull();
    expect(declineReasonFromCard({ reason: 'x'.repeat(501) })).toBeNull();
  });

  it('reads the ticked people per group, keeps the groups the card did not show, and catches a person ticked twice', () => {
    const kept = [{ email: 'jiri.kucera@lipova.example', group: 'directReport' as const }];
    const outcome = nominationsFromCard(
      {
        'nominate-peer': 'Marie.Prochazkova@lipova.example, alena.nemcova@lipova.example',
        'nominate-other': '',
      },
      '"5"',
      ['peer', 'other'],
      kept,
    );
    expect(outcome).toEqual({
      kind: 'request',
      request: {
        etag: '"5"',
        raters: [
          { email: 'jiri.kucera@lipova.example', group: 'directReport' },
          { email: 'marie.prochazkova@lipova.example', group: 'peer' },
          { email: 'alena.nemcova@lipova.example', group: 'peer' },
        ],
      },
    });
    expect(
      nominationsFromCard({ 'nominate-peer': 'jiri.kucera@lipova.example' }, '"5"', ['peer', 'other'], kept),
    ).toEqual({ kind: 'twice', email: 'jiri.kucera@lipova.example' });
    expect(nominationsFromCard({ 'nominate-peer': 'not-an-email' }, '"5"', ['peer'], []).kind).toBe(
      'invalid',
    );
    expect(nominationsFromCard({ 'nominate-peer': ['a'] }, '"5"', ['peer'], []).kind).toBe('invalid');
  });
});
