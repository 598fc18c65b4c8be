import { describe, expect, it } from '@jest/globals';
import { safeText, safeTextDeep } from '../../src';

describe('text made safe for files and cards', () => {
  it('keeps letters, emoji, markup, tabs and line breaks', () => {
    const text = 'Příliš žluťoučký kůň\túpěl\r\nďábelské ódy 😀 👍🏽 <b>&amp;</b> "x"';
    expect(safeText(text)).toBe(text);
  });

  it('drops what XML 1.0 cannot hold: C0 controls but tab, LF and CR, U+FFFE, U+FFFF', () => {
    expect(safeText('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uFFFEh\uFFFFi')).toBe('abcdefghi');
  });

  it('drops halves of a surrogate pair without the other half, and keeps whole pairs', () => {
    expect(safeText('a\uD800b')).toBe('ab');
    expect(safeText('a\uDC00b')).toBe('ab');
    // A low surrogate before a high one is no pair; two highs before a low make one pair.
    expect(safeText('a\uDE00\uD83Db')).toBe('ab');
    expect(safeText('a\uD83D\uD83D\uDE00b')).toBe('a😀b');
    expect(safeText('end\uD83D')).toBe('end');
  });

  it('drops C1 controls and the bidirectional controls', () => {
    expect(safeText('a\u0085b\u009Fc')).toBe('abc');
    expect(safeText('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(safeText('\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061Cok')).toBe('ok');
  });

  it('cleans every string of plain data and leaves the rest, without touching the original', () => {
    const report = {
      name: 'Cyklus\uFFFE 2026',
      scores: [55, null],
      team: [{ name: 'Jana\u202E', role: 'leader' }],
      when: new Date('2026-12-01T00:00:00Z'),
    };
    const safe = safeTextDeep(report);
    expect(safe).toEqual({
      name: 'Cyklus 2026',
      scores: [55, null],
      team: [{ name: 'Jana', role: 'leader' }],
      when: report.when,
    });
    expect(safe.when).toBe(report.when);
    expect(report.name).toBe('Cyklus\uFFFE 2026');
  });
});
