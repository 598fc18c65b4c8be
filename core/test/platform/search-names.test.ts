import { describe, expect, it } from '@jest/globals';
import { searchNamesOf } from '../../src/platform/directory';

describe('searchNamesOf', () => {
  it.each([
    ['Ing. Jana Nováková', 'Jana Nováková', 'Nováková Jana'],
    ['Ing. arch. Martin Horák, Ph.D.', 'Martin Horák', 'Horák Martin'],
    ['Jiří Kučera', 'Jiří Kučera', 'Kučera Jiří'],
    ['  Marie   Anna  Procházková ', 'Marie Anna Procházková', 'Procházková Marie Anna'],
    ['Novák', 'Novák', 'Novák'],
    ['Ing.', '', ''],
    ['', '', ''],
  ])('%s → "%s" and "%s"', (name, givenFirst, surnameFirst) => {
    expect(searchNamesOf(name)).toEqual({ givenFirst, surnameFirst });
  });
});
