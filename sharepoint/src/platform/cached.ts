/**
 * One value read on demand and shared: concurrent callers share one read, a failed read is not
 * kept (the next caller reads again), and after `maxAgeMs` the next caller reads afresh.
 */
export class Cached<T> {
  private pending: Promise<T> | null = null;
  private readAt = 0;
  private reads = 0;
  /** The read a lookup already read afresh after, and still missed: not read again for it. */
  private missedAfter = -1;

  constructor(
    private readonly read: () => Promise<T>,
    private readonly maxAgeMs = Number.POSITIVE_INFINITY,
    private readonly now: () => number = Date.now,
  ) {}

  get(): Promise<T> {
    if (this.pending && this.now() - this.readAt >= this.maxAgeMs) this.pending = null;
    if (!this.pending) {
      this.readAt = this.now();
      this.reads += 1;
      const reading = this.read();
      this.pending = reading;
      reading.catch(() => {
        if (this.pending === reading) this.pending = null;
      });
    }
    return this.pending;
  }

  /** The next caller reads afresh (after a write that changed the value). */
  invalidate(): void {
    this.pending = null;
  }

  /**
   * What `find` answers from the value in hand, or else from a fresh read: a value someone added
   * since the last read is found at the cost of one read. A value read just now is not read twice,
   * and once a fresh read has missed too (e.g. a row points at a department that was deleted), the
   * value in hand is not read again for a miss until it is read anyway (maxAgeMs, invalidate), so
   * a dangling reference costs one extra read, not one per call. `find` returns null for "not there".
   */
  async lookup<R>(find: (value: T) => R | null): Promise<R | null> {
    const readsBefore = this.reads;
    const found = find(await this.get());
    if (found !== null || this.reads !== readsBefore || this.missedAfter === this.reads) return found;
    this.invalidate();
    const again = find(await this.get());
    if (again === null) this.missedAfter = this.reads;
    return again;
  }
}
