import {
  isLocale,
  localizeModel,
  type CafModel,
  type DemoPeopleReply,
  type DemoPerson,
  type DepartmentsReply,
  type ErrorReply,
  type Me,
  type PeopleSearchReply,
  type ServiceConfig,
  type ServiceErrorCode,
  type ServiceMode,
} from '@kvalita/core';

/** One request as the fake service saw it. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  /** The JSON body sent, parsed; undefined when there was none. */
  readonly body: unknown;
  readonly search: URLSearchParams;
  readonly headers: Readonly<Record<string, string>>;
}

export interface FakeReply {
  readonly status: number;
  readonly body: unknown;
}

export interface FakeServiceOptions {
  readonly mode?: ServiceMode;
  readonly people?: readonly DemoPerson[];
  /** The SSO token the service accepts as `Bearer …` (Teams). */
  readonly teamsToken?: string;
  /** Answers the /api/caf/cycles endpoints (see fakeCaf.ts). */
  readonly caf?: CafHandler;
}

/** Answers one CAF request for the signed-in person, or undefined for "not mine". */
export type CafHandler = (request: {
  readonly method: string;
  readonly path: string;
  readonly search: URLSearchParams;
  readonly body: unknown;
  readonly me: Me;
}) => FakeReply | undefined;

/** A service error, as core's platform contract describes its body. */
export function errorReply(status: number, code: ServiceErrorCode, message: string): FakeReply {
  return { status, body: { error: { code, message } } satisfies ErrorReply };
}

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  {
    email: 'jana.novakova@urad.example',
    displayName: 'Jana Nováková',
    jobTitle: 'Manažerka kvality',
    departmentName: 'Kancelář tajemníka',
    roles: ['qualityManager'],
  },
  {
    email: 'petr.svoboda@urad.example',
    displayName: 'Petr Svoboda',
    jobTitle: 'Vedoucí odboru',
    departmentName: 'Odbor dopravy',
    roles: ['headOfDepartment'],
  },
];

/**
 * The app service's tab API as core's contract describes it, in memory (every answer typed with the
 * contract's reply types). `replyOnce` makes the next
 * call to a path fail (or answer oddly), to exercise error handling.
 */
export function createFakeService(options: FakeServiceOptions = {}) {
  const people = options.people ?? DEMO_PEOPLE;
  const requests: RecordedRequest[] = [];
  const overrides = new Map<string, (FakeReply | 'networkError')[]>();

  function identify(authorization: string | undefined): Me | undefined {
    if (authorization === `Bearer ${options.teamsToken ?? 'teams-token'}`) {
      return { email: 'teams.user@urad.example', displayName: 'Tereza Teamsová', roles: ['employee'] };
    }
    const person = people.find((candidate) => authorization === `Demo ${candidate.email}`);
    return person && { email: person.email, displayName: person.displayName, roles: person.roles };
  }

  function answer(
    method: string,
    path: string,
    search: URLSearchParams,
    headers: Record<string, string>,
    body: unknown,
  ): FakeReply {
    const error = errorReply;
    if (path === '/api/config')
      return { status: 200, body: { mode: options.mode ?? 'local' } satisfies ServiceConfig };
    if (path === '/api/demo/people') {
      return options.mode === 'production'
        ? error(404, 'notFound', 'Nenalezeno.')
        : { status: 200, body: { people } satisfies DemoPeopleReply };
    }
    const me = identify(headers.authorization);
    if (me === undefined) return error(401, 'unauthorized', 'Chybí platné přihlášení.');
    if (path === '/api/me') return { status: 200, body: me satisfies Me };
    if (path === '/api/departments') {
      return {
        status: 200,
        body: {
          departments: [
            { code: 'OD', name: 'Odbor dopravy', parentCode: null },
            { code: 'OF', name: 'Odbor financí', parentCode: null },
            { code: 'OF-R', name: 'Oddělení rozpočtu', parentCode: 'OF' },
          ],
        } satisfies DepartmentsReply,
      };
    }
    if (path === '/api/people') {
      // The directory: everyone the fake knows, by the start of any word of the name or of the e-mail.
      const text = (search.get('search') ?? '').toLocaleLowerCase('cs');
      if (text.length < 2) return error(400, 'badRequest', 'Požadavek není platný.');
      const found = people.filter(
        (person) =>
          person.email.startsWith(text) ||
          person.displayName
            .toLocaleLowerCase('cs')
            .split(' ')
            .some((word) => word.startsWith(text)),
      );
      return {
        status: 200,
        body: {
          people: found.map(({ email, displayName, jobTitle, departmentName }) => ({
            email,
            displayName,
            jobTitle,
            departmentName,
          })),
        } satisfies PeopleSearchReply,
      };
    }
    if (path === '/api/caf/model') {
      const locale = search.get('locale');
      if (!isLocale(locale)) return error(400, 'badRequest', 'Neznámý jazyk.');
      return { status: 200, body: { locale, criteria: localizeModel(locale) } satisfies CafModel };
    }
    const caf = options.caf?.({ method, path, search, body, me });
    if (caf !== undefined) return caf;
    return error(404, 'notFound', 'Nenalezeno.');
  }

  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const headers = Object.fromEntries(
      Object.entries((init?.headers ?? {}) as Record<string, string>).map(([name, value]) => [
        name.toLowerCase(),
        value,
      ]),
    );
    const method = init?.method ?? 'GET';
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    requests.push({ method, path: url.pathname, search: url.searchParams, headers, body });
    const queued =
      overrides.get(`${method} ${url.pathname}`)?.shift() ?? overrides.get(url.pathname)?.shift();
    if (queued === 'networkError') throw new TypeError('Failed to fetch');
    const reply = queued ?? answer(method, url.pathname, url.searchParams, headers, body);
    // Just the parts of Response the client reads; jsdom has no fetch of its own.
    return {
      ok: reply.status >= 200 && reply.status < 300,
      status: reply.status,
      json: () =>
        reply.body === undefined ? Promise.reject(new SyntaxError('no JSON')) : Promise.resolve(reply.body),
      blob: () => Promise.resolve(new Blob([JSON.stringify(reply.body ?? '')])),
    } as Response;
  };

  return {
    fetch: fetch as typeof globalThis.fetch,
    requests,
    /** The requests made to one path, oldest first. */
    requestsTo: (path: string) => requests.filter((request) => request.path === path),
    /** `path` alone, or `METHOD path` for one method only. */
    replyOnce(path: string, reply: FakeReply | 'networkError') {
      overrides.set(path, [...(overrides.get(path) ?? []), reply]);
    },
  };
}

export type FakeService = ReturnType<typeof createFakeService>;
