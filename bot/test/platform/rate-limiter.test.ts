import { describe, expect, it } from '@jest/globals';
import { RateLimiter, type Clock } from '../../src';

function virtualClock(): Clock & { sleeps: number[] } {
  let time = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => time,
    sleep: async (ms) => {
      sleeps.push(ms);
      time += ms;
    },
  };
}

function maxInAnySecond(times: readonly number[]): number {
  return Math.max(...times.map((end) => times.filter((at) => at > end - 1000 && at <= end).length));
}

describe('rate limiter', () => {
  it('never lets more than the rate through in any sliding second', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter(clock, { ratePerSecond: 50 });
    const times: number[] = [];
    for (let i = 0; i < 200; i += 1) {
      await limiter.acquire();
      times.push(clock.now());
    }
    expect(maxInAnySecond(times)).toBeLessThanOrEqual(50);
    // 200 requests at 50/s: the last one goes out just under 4 s in.
    expect(times.at(-1)).toBeCloseTo(3980, 0);
  });

  it('holds every sender for the whole Retry-After, then resumes at the steady rate', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter(clock, { ratePerSecond: 10, burst: 5 });
    await limiter.acquire();
    limiter.pause(3000);
    await limiter.acquire();
    expect(clock.now()).toBeGreaterThanOrEqual(3000);
    const resumed = clock.now();
    await limiter.acquire();
    // No burst after the pause: the next token takes 1/rate.
    expect(clock.now() - resumed).toBeCloseTo(100, 0);
  });

  it('tells a sender whose token predates a Retry-After that the token is void', async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter(clock, { ratePerSecond: 50 });
    const early = await limiter.acquire();
    expect(limiter.pausedSince(early)).toBe(false);
    limiter.pause(1000);
    expect(limiter.pausedSince(early)).toBe(true);
    const fresh = await limiter.acquire();
    expect(clock.now()).toBeGreaterThanOrEqual(1000);
    expect(limiter.pausedSince(fresh)).toBe(false);
  });
});
