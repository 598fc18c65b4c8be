import { describe, expect, it } from '@jest/globals';
import { personalNameWarnings, recordNotes } from '../../src';

const directory = ['Jana Nováková', 'Petr Dvořák', 'Al Bo'];

describe('the personal-name check of notes', () => {
  it('flags a form of address or a title before a name', () => {
    expect(personalNameWarnings('Obsluhovala mě paní Procházková, pak Ing. Malý.')).toEqual([
      'paní Procházková',
      'Ing. Malý',
    ]);
  });

  it('flags the office’s people by first name or surname in any Czech case', () => {
    expect(
      personalNameWarnings('Mluvil jsem s Novákovou a pak s Dvořákem; Jana byla milá.', directory),
    ).toEqual(['Novákovou', 'Dvořákem', 'Jana']);
  });

  it('lets through notes that describe roles instead of people', () => {
    const note =
      'Úřednice u přepážky 3 se představila funkcí. Pan vrátný poradil cestu. Odbor dopravy je v 1. patře.';
    expect(personalNameWarnings(note, directory)).toEqual([]);
  });

  it('ignores lower-case words and too-short names', () => {
    expect(personalNameWarnings('jana a dvořák; Al a Bo tam nebyli', directory)).toEqual([]);
  });

  it('reads every note of a record', () => {
    const notes = recordNotes({
      generalNote: 'Vše v pořádku.',
      items: { a: { note: 'paní Malá' }, b: { note: '' } },
    });
    expect(personalNameWarnings(notes)).toEqual(['paní Malá']);
  });
});
