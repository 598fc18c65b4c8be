import { describe, expect, it } from '@jest/globals';
import { Cached } from '../../src/platform/cached';

/** A read that counts its calls and answers what `values` holds at the time. */
function counting<T>(values: { current: T }) {
  let reads = 0;
  const read = async () => {
    reads += 1;
    return values.current;
  };
  return { read, reads: () => reads };
}

describe('Cached', () => {
  it('shares one read between concurrent callers and keeps the value', async () => {
    const source = counting({ current: ['OSV'] });
    const cached = new Cached(source.read);
    const [first, second] = await Promise.all([cached.get(), cached.get()]);
    expect(first).toBe(second);
    await cached.get();
    expect(source.reads()).toBe(1);
  });

  it('reads afresh once the value is older than maxAgeMs, and after invalidate', async () => {
    let now = 1_000;
    const values = { current: 'a' };
    const source = counting(values);
    const cached = new Cached(source.read, 60_000, () => now);
    await cached.get();
    now += 59_999;
    values.current = 'b';
    expect(await cached.get()).toBe('a');
    now += 1;
    expect(await cached.get()).toBe('b');
    values.current = 'c';
    cached.invalidate();
    expect(await cached.get()).toBe('c');
    expect(source.reads()).toBe(3);
  });

  it('does not keep a failed read', async () => {
    let fail = true;
    const cached = new Cached(async () => {
      if (fail) throw new Error('SharePoint is down');
      return 'up';
    });
    await expect(cached.get()).rejects.toThrow('SharePoint is down');
    fail = false;
    await expect(cached.get()).resolves.toBe('up');
  });

  it('looks a value up in a fresh read when the one in hand does not have it, but not twice for the same value', async () => {
    const values = { current: ['OSV'] };
    const source = counting(values);
    const cached = new Cached(source.read);
    const find = (code: string) => (list: string[]) => list.find((candidate) => candidate === code) ?? null;

    expect(await cached.lookup(find('NEW'))).toBeNull(); // read just now: no second read
    expect(source.reads()).toBe(1);
    expect(await cached.lookup(find('OSV'))).toBe('OSV'); // in hand: no read
    expect(source.reads()).toBe(1);

    values.current = ['OSV', 'NEW']; // someone added a department meanwhile
    expect(await cached.lookup(find('NEW'))).toBe('NEW');
    expect(source.reads()).toBe(2);
    expect(await cached.lookup(find('GONE'))).toBeNull();
    expect(source.reads()).toBe(3);
    // A reference to something deleted: read afresh once, not on every lookup.
    expect(await cached.lookup(find('GONE'))).toBeNull();
    expect(source.reads()).toBe(3);
    cached.invalidate();
    values.current = ['OSV', 'NEW', 'LATER'];
    expect(await cached.lookup(find('LATER'))).toBe('LATER');
    expect(source.reads()).toBe(4);
  });
});
