import type { ApiResponse } from './api-types';
import type { FaultInjector, FaultRule } from './faults';
import { unsafePatternReason } from './safe-pattern';

/** Where the local-only control endpoints live: outside any site, never part of SharePoint's API. */
export const ADMIN_PREFIX = '/_emulator/';

/** Only this machine may flip the emulator's switches, whatever interface it listens on. */
export function isLoopback(remoteAddress: string | undefined): boolean {
  if (!remoteAddress) return false;
  const address = remoteAddress.replace(/^::ffff:/i, '');
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address);
}

/**
 * The emulator's admin API (local only):
 *   GET    /_emulator/faults   the rules still pending and how many faults were served
 *   POST   /_emulator/faults   adds a rule: { method?, path | pathPattern (+ pathFlags), status, retryAfterSeconds, times }
 *   DELETE /_emulator/faults   removes every pending rule
 * A rule is posted as application/json only: a page elsewhere can post text/plain or a form to
 * 127.0.0.1 without asking, but not JSON (the server refuses other pages' Origins besides).
 */
export function handleAdmin(
  method: string,
  path: string,
  body: string,
  contentType: string | undefined,
  remoteAddress: string | undefined,
  faults: FaultInjector,
): ApiResponse {
  if (!isLoopback(remoteAddress))
    return adminError(403, 'The emulator admin API answers loopback callers only.');
  if (path.replace(/\/+$/, '').toLowerCase() !== `${ADMIN_PREFIX}faults`)
    return adminError(404, `There is no admin resource at ${path}.`);
  switch (method) {
    case 'GET':
      return faultState(200, faults);
    case 'POST': {
      if ((contentType ?? '').split(';')[0]?.trim().toLowerCase() !== 'application/json')
        return adminError(415, 'A fault rule must be posted as application/json.');
      let rule: FaultRule;
      try {
        rule = parseRule(body);
        faults.inject(rule);
      } catch (error) {
        return adminError(400, error instanceof Error ? error.message : String(error));
      }
      return faultState(201, faults);
    }
    case 'DELETE':
      faults.clear();
      return faultState(200, faults);
    default:
      return adminError(405, `The method ${method} cannot be used on ${ADMIN_PREFIX}faults.`);
  }
}

function parseRule(body: string): FaultRule {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new TypeError('The body must be a JSON object describing the fault.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new TypeError('The body must be a JSON object describing the fault.');
  const input = parsed as Record<string, unknown>;
  const known = new Set([
    'method',
    'path',
    'pathPattern',
    'pathFlags',
    'status',
    'retryAfterSeconds',
    'times',
  ]);
  const unknown = Object.keys(input).filter((k) => !known.has(k));
  if (unknown.length > 0) throw new TypeError(`Unknown fault properties: ${unknown.join(', ')}.`);
  const { method, path, pathPattern, pathFlags, status, retryAfterSeconds, times } = input;
  if ((path === undefined) === (pathPattern === undefined))
    throw new TypeError('Give either path (text the URL contains) or pathPattern (a regular expression).');
  if (path !== undefined && typeof path !== 'string') throw new TypeError('path must be a string.');
  if (method !== undefined && typeof method !== 'string') throw new TypeError('method must be a string.');
  let matcher: string | RegExp = path as string;
  if (pathPattern !== undefined) {
    if (typeof pathPattern !== 'string' || (pathFlags !== undefined && typeof pathFlags !== 'string'))
      throw new TypeError('pathPattern and pathFlags must be strings.');
    const unsafe = unsafePatternReason(pathPattern, pathFlags ?? '');
    if (unsafe) throw new TypeError(`pathPattern '${pathPattern.slice(0, 60)}' is refused: ${unsafe}.`);
    try {
      matcher = new RegExp(pathPattern, pathFlags);
    } catch {
      throw new TypeError(`pathPattern '${pathPattern}' is not a valid regular expression.`);
    }
  }
  return {
    ...(method !== undefined ? { method } : {}),
    path: matcher,
    status: status as 429 | 503,
    retryAfterSeconds: retryAfterSeconds as number,
    times: times as number,
  };
}

function faultState(status: number, faults: FaultInjector): ApiResponse {
  const rules = faults.pending.map(({ rule, remaining }) => ({
    method: rule.method ?? null,
    path: typeof rule.path === 'string' ? rule.path : null,
    pathPattern: rule.path instanceof RegExp ? rule.path.source : null,
    status: rule.status,
    retryAfterSeconds: rule.retryAfterSeconds,
    remaining,
  }));
  return json(status, { served: faults.served, rules });
}

function adminError(status: number, message: string): ApiResponse {
  return json(status, { error: { message } });
}

function json(status: number, body: unknown): ApiResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
  };
}
