import { describe, expect, it } from '@jest/globals';
import { DomainError } from '@kvalita/core';
import { SealedValueError, TEXT_BYTES, VALUE_BYTES } from '@kvalita/sharepoint';
import { aesSealedBox } from '../../src/platform/aes-sealed-box';
import { toDomainError } from '../../src/platform/storage-errors';

const box = aesSealedBox('a-respondent-secret-of-thirty-two-chars!');
const CONTEXT = 'srv-abcdefgh#1#q2';

describe('sealed answers', () => {
  it('open to what was sealed, also for text XML and JSON find awkward', () => {
    for (const text of ['', 'Víc oken na podatelně', '"\\\n</x>&', '😀'.repeat(250), '€'.repeat(500)])
      expect(box.open(box.seal(text, TEXT_BYTES, CONTEXT), CONTEXT)).toBe(text);
  });

  it('look alike whatever they hold: one length per size, a fresh nonce every time', () => {
    const sealed = ['', 'a', 'Víc oken na podatelně '.repeat(20)].map((text) =>
      box.seal(text, TEXT_BYTES, CONTEXT),
    );
    expect(new Set(sealed.map((value) => value.length)).size).toBe(1);
    expect(box.seal('4', VALUE_BYTES, CONTEXT)).not.toBe(box.seal('4', VALUE_BYTES, CONTEXT));
  });

  it('hold the longest answer the contract allows, JSON escapes included', () => {
    // 500 characters of three UTF-8 bytes each, or of quotes JSON doubles: the worst cases.
    for (const text of ['€'.repeat(500), '"'.repeat(500)])
      expect(() => box.seal(JSON.stringify({ t: text }), TEXT_BYTES, CONTEXT)).not.toThrow();
    expect(() =>
      box.seal(JSON.stringify({ c: '9;'.repeat(127) + '9', d: '"'.repeat(32), s: 10 }), VALUE_BYTES, CONTEXT),
    ).not.toThrow();
    // Rather refuse than store a length that tells something.
    expect(() => box.seal('x'.repeat(VALUE_BYTES), VALUE_BYTES, CONTEXT)).toThrow(RangeError);
  });

  it('refuse a value moved to another row, altered, or sealed with another key', () => {
    const sealed = box.seal('{"s":4}', VALUE_BYTES, CONTEXT);
    expect(() => box.open(sealed, 'srv-abcdefgh#2#q2')).toThrow(SealedValueError);
    const bytes = Buffer.from(sealed.slice(3), 'base64');
    bytes[20] = (bytes[20] ?? 0) ^ 1;
    expect(() => box.open(`k1.${bytes.toString('base64')}`, CONTEXT)).toThrow(SealedValueError);
    expect(() => aesSealedBox('another-secret-of-at-least-thirty-two-chars').open(sealed, CONTEXT)).toThrow(
      SealedValueError,
    );
    expect(() => box.open('4', CONTEXT)).toThrow(SealedValueError);
    expect(() => box.open('k1.', CONTEXT)).toThrow(SealedValueError);
  });

  it('that do not open reach the caller as a clear service error, not a crash', () => {
    const error = toDomainError(new SealedValueError('A sealed value does not open with this service’s key'));
    expect(error).toBeInstanceOf(DomainError);
    expect([(error as DomainError).code, (error as DomainError).messageKey]).toEqual([
      'internal',
      'error.sealedAnswer',
    ]);
  });
});
