import type { ApiResponse } from './api-types';

/**
 * A throttling answer the emulator gives instead of executing matching requests, so tests can
 * prove that client code backs off and retries as SharePoint Online asks it to.
 */
export interface FaultRule {
  /** HTTP method to match, e.g. 'POST' (also matches the tunnelled method, e.g. 'MERGE'). Any if absent. */
  readonly method?: string;
  /**
   * Matched against the URL path and query after the site path, percent-decoded, e.g.
   * `/_api/web/lists/getByTitle('Měření')/items?$top=10`. A string matches when that text contains
   * it (ignoring case); a RegExp when it tests true.
   */
  readonly path: string | RegExp;
  /** 429 "Too many requests" or 503 "Server Too Busy", the two statuses SharePoint Online throttles with. */
  readonly status: 429 | 503;
  /** Sent in the Retry-After header, in seconds. */
  readonly retryAfterSeconds: number;
  /** How many matching requests get the fault; then the rule expires. */
  readonly times: number;
}

/** The switch tests use to throttle a running emulator. */
export interface EmulatorFaults {
  /** Adds a rule; rules are tried in the order they were added. */
  inject(rule: FaultRule): void;
  /** Removes every rule that has not expired yet. */
  clear(): void;
  /** How many requests were answered with a fault so far. */
  readonly served: number;
}

interface ActiveRule {
  readonly rule: FaultRule;
  remaining: number;
}

/** Holds the injected rules and decides, request by request, whether one of them applies. */
export class FaultInjector implements EmulatorFaults {
  private readonly rules: ActiveRule[] = [];
  private count = 0;

  get served(): number {
    return this.count;
  }

  /** The rules that have not expired yet, with what is left of each. */
  get pending(): readonly { readonly rule: FaultRule; readonly remaining: number }[] {
    return this.rules.map((r) => ({ rule: r.rule, remaining: r.remaining }));
  }

  inject(rule: FaultRule): void {
    checkRule(rule);
    this.rules.push({ rule: { ...rule }, remaining: rule.times });
  }

  clear(): void {
    this.rules.length = 0;
  }

  /**
   * The fault a request gets, if any; taking it uses up one of the rule's `times`.
   * @param wireMethod the method on the wire (POST for a tunnelled MERGE)
   * @param effectiveMethod the method after X-HTTP-Method (MERGE)
   * @param pathAndQuery the part of the URL after the site path, percent-decoded
   */
  take(wireMethod: string, effectiveMethod: string, pathAndQuery: string): FaultRule | undefined {
    const index = this.rules.findIndex((active) =>
      matches(active.rule, wireMethod, effectiveMethod, pathAndQuery),
    );
    const active = this.rules[index];
    if (!active) return undefined;
    active.remaining--;
    if (active.remaining <= 0) this.rules.splice(index, 1);
    this.count++;
    return active.rule;
  }
}

function matches(
  rule: FaultRule,
  wireMethod: string,
  effectiveMethod: string,
  pathAndQuery: string,
): boolean {
  if (rule.method !== undefined) {
    const wanted = rule.method.toUpperCase();
    if (wanted !== wireMethod.toUpperCase() && wanted !== effectiveMethod.toUpperCase()) return false;
  }
  if (typeof rule.path === 'string') return pathAndQuery.toLowerCase().includes(rule.path.toLowerCase());
  rule.path.lastIndex = 0; // a /g or /y expression keeps state between tests
  return rule.path.test(pathAndQuery);
}

function checkRule(rule: FaultRule): void {
  if (rule.status !== 429 && rule.status !== 503)
    throw new TypeError(`A fault's status must be 429 or 503, not ${String(rule.status)}.`);
  if (!Number.isInteger(rule.retryAfterSeconds) || rule.retryAfterSeconds < 0)
    throw new TypeError('A fault needs retryAfterSeconds as a whole number of seconds, 0 or more.');
  if (!Number.isInteger(rule.times) || rule.times < 1)
    throw new TypeError('A fault needs times as a whole number, 1 or more.');
  if (typeof rule.path !== 'string' && !(rule.path instanceof RegExp))
    throw new TypeError('A fault needs a path: a string or a RegExp.');
  if (rule.method !== undefined && (typeof rule.method !== 'string' || rule.method.trim() === ''))
    throw new TypeError('A fault method must be an HTTP method such as POST.');
}

/**
 * SharePoint Online's throttling answer: 429 "Too many requests" or 503 "Server Too Busy" with a
 * Retry-After header in seconds. Microsoft documents the statuses and the header but not the body;
 * reports of real throttled REST calls show the plain text "429 TOO MANY REQUESTS", so the body
 * is plain text, and client code must decide on the status and Retry-After alone.
 */
export function throttlingResponse(rule: FaultRule): ApiResponse {
  const body = rule.status === 429 ? '429 TOO MANY REQUESTS' : '503 SERVER TOO BUSY';
  return {
    status: rule.status,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'retry-after': String(rule.retryAfterSeconds),
    },
    body,
  };
}
