import type { DemoPerson } from '@kvalita/core';
import type { Authorize } from '../api/api.types';
import type { TabApi } from '../load/shared-reads';

/**
 * Who the API calls are made for: `key` names the identity (answers for one key are the same, so
 * reads can be shared), `authorize` gives the header for each call.
 */
export interface Caller {
  readonly key: string;
  readonly authorize: Authorize;
}

/** Who the tab acts for, decided by the host and, outside Teams, by the service's mode. */
export type Session =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly error: unknown; readonly retry: () => void }
  /** Inside Teams: every call carries the Teams SSO token. */
  | { readonly kind: 'teams'; readonly caller: Caller }
  /** A plain browser against a production service: the tab only works inside Teams. */
  | { readonly kind: 'outsideTeams' }
  /** A plain browser against a local service: the user picks a seeded demo person. */
  | {
      readonly kind: 'local';
      readonly people: readonly DemoPerson[];
      readonly person: DemoPerson | null;
      readonly choose: (email: string) => void;
      readonly caller: Caller;
    };

/** Builds an API client for the current language acting for the given caller. */
export type ApiFactory = (caller: Caller) => TabApi;
