import type { DemoPerson } from '@kvalita/core';
import type { ApiClient, Authorize } from '../api/api.types';

/** Who the tab acts for, decided by the host and, outside Teams, by the service's mode. */
export type Session =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly error: unknown; readonly retry: () => void }
  /** Inside Teams: every call carries the Teams SSO token. */
  | { readonly kind: 'teams'; readonly authorize: Authorize }
  /** A plain browser against a production service: the tab only works inside Teams. */
  | { readonly kind: 'outsideTeams' }
  /** A plain browser against a local service: the user picks a seeded demo person. */
  | {
      readonly kind: 'local';
      readonly people: readonly DemoPerson[];
      readonly person: DemoPerson | null;
      readonly choose: (email: string) => void;
      readonly authorize: Authorize;
    };

/** Builds an API client for the current language with the given authorisation. */
export type ApiFactory = (authorize: Authorize) => ApiClient;
