import { describe, expect, it } from '@jest/globals';
import { cycleKeyFromName, cycleNameKey, normalizedCycleName } from '../../src/caf/cycle-key';
import { sha256Hex } from '../../src/platform/sha256';

describe('cycle name keys', () => {
  it('treat names that differ only in case, diacritics and spacing as one', () => {
    expect(normalizedCycleName('  Sebehodnocení   CAF 2026 ')).toBe('sebehodnoceni caf 2026');
    expect(cycleNameKey('Sebehodnocení 2026')).toBe(cycleNameKey('SEBEHODNOCENI 2026'));
    expect(cycleNameKey('Žluťoučký kůň')).toBe('n:zlutoucky kun');
  });

  it('keep the whole name: names that share their first 21 characters and more stay apart', () => {
    const first = 'Sebehodnocení CAF 2026 – odbor dopravy';
    const second = 'Sebehodnocení CAF 2026 – odbor výstavby';
    expect(cycleNameKey(first)).not.toBe(cycleNameKey(second));
    expect(cycleNameKey(first)).toHaveLength(32);
    expect(cycleNameKey(first)).toMatch(/^h:[0-9a-f]{30}$/);
    expect(cycleNameKey(first.toUpperCase())).toBe(cycleNameKey(first));
  });

  it('fit the 32-character column for names up to the longest allowed', () => {
    expect(cycleNameKey('á'.repeat(255))).toHaveLength(32);
    expect(cycleNameKey('x'.repeat(30))).toBe(`n:${'x'.repeat(30)}`);
    expect(cycleNameKey('x'.repeat(31))).toMatch(/^h:/);
  });

  it('rewrite a first-release key from the name, and leave a current one', () => {
    const old = { Id: 1, Title: 'Sebehodnocení 2025', CycleCode: '2025-01-06:sebehodnocení 2025' };
    expect(cycleKeyFromName.migrate(old)).toEqual({ CycleCode: 'n:sebehodnoceni 2025' });
    expect(cycleKeyFromName.migrate({ ...old, CycleCode: 'n:sebehodnoceni 2025' })).toBeNull();
  });
});

describe('sha256Hex', () => {
  it('gives the FIPS 180-4 digests', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex('a'.repeat(1000))).toBe(
      '41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3',
    );
  });
});
