import type { Clock } from '@kvalita/bot';

/**
 * Time that moves only when someone sleeps, so a fan-out paced at 50/s with Retry-After pauses
 * runs in milliseconds. Faithful for one sender at a time (concurrency 1): every wait is a sleep.
 */
export class VirtualClock implements Clock {
  private time = 0;
  readonly sleeps: number[] = [];

  now(): number {
    return this.time;
  }

  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.time += Math.max(0, ms);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
