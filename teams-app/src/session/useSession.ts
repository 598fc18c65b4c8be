import { useCallback, useState } from 'react';
import type { DemoPerson, ServiceMode } from '@kvalita/core';
import type { Authorize } from '../api/api.types';
import type { HostContext } from '../host/host.types';
import { useLoad } from '../load/useLoad';
import type { Preferences } from './preferences';
import type { ApiFactory, Session } from './session.types';

const anonymous: Authorize = () => Promise.resolve(null);

interface StandaloneSetup {
  readonly mode: ServiceMode;
  readonly people: readonly DemoPerson[];
}

export function useSession(host: HostContext, apiFor: ApiFactory, preferences: Preferences): Session {
  const [demoEmail, setDemoEmail] = useState<string | null>(() => preferences.getDemoEmail());
  const choose = useCallback(
    (email: string) => {
      preferences.setDemoEmail(email);
      setDemoEmail(email);
    },
    [preferences],
  );

  const teamsAuthorize = useCallback<Authorize>(async () => `Bearer ${await host.getToken()}`, [host]);
  const demoAuthorize = useCallback<Authorize>(
    () => Promise.resolve(demoEmail === null ? null : `Demo ${demoEmail}`),
    [demoEmail],
  );

  const loadSetup = useCallback(
    async (signal: AbortSignal): Promise<StandaloneSetup> => {
      // Teams needs no setup: identity comes from its SSO token.
      if (host.inTeams) return { mode: 'production', people: [] };
      const api = apiFor(anonymous);
      const { mode } = await api.getConfig(signal);
      return { mode, people: mode === 'local' ? await api.getDemoPeople(signal) : [] };
    },
    [host, apiFor],
  );
  const setup = useLoad(loadSetup);

  if (host.inTeams) return { kind: 'teams', authorize: teamsAuthorize };
  if (setup.status === 'loading') return { kind: 'loading' };
  if (setup.status === 'error') return { kind: 'error', error: setup.error, retry: setup.retry };
  if (setup.data.mode !== 'local') return { kind: 'outsideTeams' };
  const { people } = setup.data;
  // A remembered person missing from today's seed counts as nobody picked.
  const person = people.find((candidate) => candidate.email === demoEmail) ?? null;
  return { kind: 'local', people, person, choose, authorize: person === null ? anonymous : demoAuthorize };
}
