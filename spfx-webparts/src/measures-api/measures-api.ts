import type {
  CheckEffectivenessRequest,
  DepartmentsReply,
  EditMeasureRequest,
  ErrorReply,
  MeasureChangeReply,
  MeasureDetailReply,
  MeasureDraft,
  MeasureFilter,
  MeasureRegisterReply,
  ReportProgressRequest,
  ServiceErrorCode,
  TransitionMeasureRequest,
} from '@kvalita/core';

/**
 * The web parts' only way to the measures: the app service's API (docs/api-measures.md). People
 * only read the measures lists in SharePoint; every change goes through the service, which applies
 * the role matrix and the lifecycle. In SharePoint it is called with the user's Entra token
 * (AadHttpClient), on the local page with the local demo sign-in.
 */
export interface MeasuresApi {
  listMeasures(filter: MeasureFilter): Promise<MeasureRegisterReply>;
  getMeasure(id: number): Promise<MeasureDetailReply>;
  createMeasure(draft: MeasureDraft): Promise<MeasureChangeReply>;
  editMeasure(id: number, request: EditMeasureRequest): Promise<MeasureChangeReply>;
  reportProgress(id: number, request: ReportProgressRequest): Promise<MeasureChangeReply>;
  transition(id: number, request: TransitionMeasureRequest): Promise<MeasureChangeReply>;
  checkEffectiveness(id: number, request: CheckEffectivenessRequest): Promise<MeasureChangeReply>;
  listDepartments(): Promise<DepartmentsReply>;
}

/** A refused or failed request: the service's error code and its sentence in the caller's language. */
export interface MeasuresApiError extends Error {
  readonly name: 'MeasuresApiError';
  readonly code: ServiceErrorCode;
  readonly status: number;
}

/** An Error, not a subclass: the SPFx bundle targets ES5, where a subclass of Error loses its prototype. */
export function measuresApiError(code: ServiceErrorCode, message: string, status: number): MeasuresApiError {
  const error = new Error(message) as Error & { code?: ServiceErrorCode; status?: number };
  error.name = 'MeasuresApiError';
  error.code = code;
  error.status = status;
  return error as MeasuresApiError;
}

export function isMeasuresApiError(error: unknown): error is MeasuresApiError {
  return error instanceof Error && error.name === 'MeasuresApiError';
}

/** What either host does with one request: send it, answer the status and the parsed JSON body. */
export interface JsonReply {
  readonly status: number;
  readonly body: unknown;
}
export type SendJson = (method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) => Promise<JsonReply>;

const STATUS_CODES: Readonly<Record<number, ServiceErrorCode>> = {
  400: 'badRequest',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'notFound',
  409: 'conflict',
  412: 'conflict',
  413: 'payloadTooLarge',
  503: 'unavailable',
};

function isErrorReply(body: unknown): body is ErrorReply {
  const error = (body as Partial<ErrorReply> | null)?.error;
  return typeof error === 'object' && error !== null && typeof error.code === 'string';
}

/** The register's filter as the query string GET /api/measures reads (lists comma-separated). */
export function measureFilterQuery(filter: MeasureFilter): string {
  const params: string[] = [];
  const fields = filter as Readonly<Record<string, unknown>>;
  for (const name of Object.keys(fields)) {
    const value = fields[name];
    if (value === undefined || value === null || value === '') continue;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    if (Array.isArray(value) && value.length === 0) continue;
    params.push(`${encodeURIComponent(name)}=${encodeURIComponent(text)}`);
  }
  return params.length === 0 ? '' : `?${params.join('&')}`;
}

/** One call to the service under /api: the body of a 2xx reply, else the refusal as a MeasuresApiError. */
export type ServiceCall = <T = unknown>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) => Promise<T>;

/** A status without an ErrorReply body (a proxy's page, a gateway timeout) as the service's own code. */
export function statusError(status: number): MeasuresApiError {
  return measuresApiError(STATUS_CODES[status] ?? 'internal', `HTTP ${status}`, status);
}

/** Calls on any transport: paths under /api, ErrorReply turned into MeasuresApiError (shared by both features). */
export function createServiceCall(send: SendJson): ServiceCall {
  return async <T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> => {
    const reply = await send(method, `/api/${path}`, body);
    if (reply.status >= 200 && reply.status < 300) return reply.body as T;
    if (isErrorReply(reply.body)) {
      throw measuresApiError(reply.body.error.code, reply.body.error.message, reply.status);
    }
    throw statusError(reply.status);
  };
}

/** The API on any transport: paths under /api, JSON both ways, ErrorReply turned into MeasuresApiError. */
export function createMeasuresApi(send: SendJson): MeasuresApi {
  const call = createServiceCall(send);
  const measure = (id: number): string => `measures/${encodeURIComponent(String(id))}`;
  return {
    listMeasures: (filter) => call('GET', `measures${measureFilterQuery(filter)}`),
    getMeasure: (id) => call('GET', measure(id)),
    createMeasure: (draft) => call('POST', 'measures', draft),
    editMeasure: (id, request) => call('PUT', measure(id), request),
    reportProgress: (id, request) => call('POST', `${measure(id)}/progress`, request),
    transition: (id, request) => call('POST', `${measure(id)}/transition`, request),
    checkEffectiveness: (id, request) => call('POST', `${measure(id)}/effectiveness`, request),
    listDepartments: () => call('GET', 'departments'),
  };
}

/** Reads a reply body as JSON; an empty or non-JSON body (a proxy's error page) is null. */
export async function readJsonBody(response: { text(): Promise<string> }): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
