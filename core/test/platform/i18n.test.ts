import { describe, expect, it } from '@jest/globals';
import { cs, en, formatDate, resolveLocale, translate } from '../../src';

describe('catalogues', () => {
  it('have the same keys in Czech and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(cs).sort());
    for (const value of [...Object.values(cs), ...Object.values(en)]) expect(value.trim()).not.toBe('');
  });

  it('write Czech with diacritics (no ASCII-only transliterations of common words)', () => {
    const czech = Object.values(cs).join(' ');
    expect(czech).toContain('Opatření');
    expect(czech).not.toMatch(/\bOpatreni\b|\bNapoveda\b|\bZamestnanci\b/);
  });

  it('fills placeholders and leaves a missing one visible', () => {
    expect(translate('cs', 'tab.model.summary', { criteria: 9, subcriteria: 28 })).toBe(
      '9 kritérií, 28 subkritérií',
    );
    expect(translate('en', 'survey.wave', { number: 4 })).toBe('Wave 4');
    expect(translate('en', 'survey.wave')).toContain('{number}');
  });
});

describe('locale resolution', () => {
  it('maps Teams locales and defaults to Czech', () => {
    expect(resolveLocale('cs-CZ')).toBe('cs');
    expect(resolveLocale('en-US')).toBe('en');
    expect(resolveLocale('EN_gb')).toBe('en');
    expect(resolveLocale('de-DE')).toBe('cs');
    expect(resolveLocale(undefined)).toBe('cs');
  });

  it('formats dates per locale in Prague time', () => {
    expect(formatDate('cs', '2026-03-01T23:30:00Z')).toBe('2. 3. 2026');
    expect(formatDate('en', '2026-03-01T10:00:00Z')).toBe('1 Mar 2026');
    expect(formatDate('cs', 'not a date')).toBe('not a date');
  });
});
