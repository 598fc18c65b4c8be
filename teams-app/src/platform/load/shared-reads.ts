import type { ApiClient } from '../api/api.types';
import type { SharedRequests } from './shared-requests';

/** The reads pages make as they open (each takes only an abort signal): shared and readable ahead. */
export type SharedRead =
  'getConfig' | 'getDemoPeople' | 'getMe' | 'getCafModel' | 'listCycles' | 'listSurveys';

const SHARED_READS: readonly SharedRead[] = [
  'getConfig',
  'getDemoPeople',
  'getMe',
  'getCafModel',
  'listCycles',
  'listSurveys',
];

/** The tab's API client: the typed client, plus reads started before the page that needs them. */
export interface TabApi extends ApiClient {
  /** Starts these reads now; the page that asks for them next takes their answers. */
  readAhead(reads: readonly SharedRead[]): void;
}

/**
 * Wraps a client so that its shared reads go through `requests` under `scope` (the language and
 * who is signed in: one scope gives the same answers). Everything else goes straight through.
 */
export function withSharedReads(api: ApiClient, requests: SharedRequests, scope: string): TabApi {
  // Each read has its own answer type; the key keeps them apart, so one loose type serves them all.
  type Read = (signal?: AbortSignal) => Promise<unknown>;
  const loader = (read: SharedRead) => {
    const call = api[read] as Read;
    return (signal: AbortSignal) => call(signal);
  };
  const shared: Partial<Record<SharedRead, Read>> = {};
  for (const read of SHARED_READS) {
    const load = loader(read);
    shared[read] = (signal) => requests.read(`${scope} ${read}`, load, signal);
  }
  return {
    ...api,
    ...(shared as Partial<ApiClient>),
    readAhead(reads) {
      for (const read of reads) requests.readAhead(`${scope} ${read}`, loader(read));
    },
  };
}
