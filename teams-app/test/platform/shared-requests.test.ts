import { describe, expect, it } from '@jest/globals';
import { createSharedRequests } from '../../src/platform/load/shared-requests';

/** A load the test answers by hand, counting how often it was started and whether it was aborted. */
function manualLoad<T>() {
  const started: { signal: AbortSignal; resolve: (value: T) => void; reject: (error: unknown) => void }[] =
    [];
  const load = (signal: AbortSignal) =>
    new Promise<T>((resolve, reject) => {
      started.push({ signal, resolve, reject });
    });
  return { load, started };
}

describe('shared requests', () => {
  it('gives identical reads in flight one request', async () => {
    const requests = createSharedRequests();
    const { load, started } = manualLoad<string>();
    const first = requests.read('cs me', load);
    const second = requests.read('cs me', load);
    expect(started).toHaveLength(1);
    started[0]?.resolve('Jana');
    expect(await Promise.all([first, second])).toEqual(['Jana', 'Jana']);
    // Settled and not read ahead: the next read asks the service again.
    void requests.read('cs me', load);
    expect(started).toHaveLength(2);
  });

  it('keeps an answer read ahead for the next read only', async () => {
    const requests = createSharedRequests();
    const { load, started } = manualLoad<string>();
    requests.readAhead('cs model', load);
    started[0]?.resolve('model');
    await Promise.resolve();
    expect(await requests.read('cs model', load)).toBe('model');
    expect(started).toHaveLength(1);
    void requests.read('cs model', load);
    expect(started).toHaveLength(2);
  });

  it('forgets an answer read ahead that nobody took in time', async () => {
    let now = 0;
    const requests = createSharedRequests({ keepMs: 1000, now: () => now });
    const { load, started } = manualLoad<string>();
    requests.readAhead('cs cycles', load);
    started[0]?.resolve('old list');
    await Promise.resolve();
    now = 1001;
    void requests.read('cs cycles', load);
    expect(started).toHaveLength(2);
  });

  it('aborts a shared request only when every caller has given up', async () => {
    const requests = createSharedRequests();
    const { load, started } = manualLoad<string>();
    const one = new AbortController();
    const two = new AbortController();
    const first = requests.read('cs me', load, one.signal);
    const second = requests.read('cs me', load, two.signal);
    one.abort();
    await expect(first).rejects.toBeDefined();
    expect(started[0]?.signal.aborted).toBe(false);
    two.abort();
    await expect(second).rejects.toBeDefined();
    expect(started[0]?.signal.aborted).toBe(true);
  });

  it('aborts a read ahead once the caller who took it gives up, and not before', async () => {
    const requests = createSharedRequests();
    const { load, started } = manualLoad<string>();
    requests.readAhead('cs me', load);
    await Promise.resolve();
    expect(started[0]?.signal.aborted).toBe(false);
    const caller = new AbortController();
    const read = requests.read('cs me', load, caller.signal);
    caller.abort();
    await expect(read).rejects.toBeDefined();
    expect(started[0]?.signal.aborted).toBe(true);
  });

  it('hands a failed read ahead to the next caller, and asks again after that', async () => {
    const requests = createSharedRequests();
    const { load, started } = manualLoad<string>();
    requests.readAhead('cs model', load);
    started[0]?.reject(new Error('503'));
    await expect(requests.read('cs model', load)).rejects.toThrow('503');
    void requests.read('cs model', load);
    expect(started).toHaveLength(2);
  });
});
