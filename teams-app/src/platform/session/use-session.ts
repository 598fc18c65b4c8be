import { useCallback, useMemo, useState } from 'react';
import type { DemoPerson, ServiceMode } from '@kvalita/core';
import type { HostContext } from '../host/host.types';
import { useLoad } from '../load/use-load';
import { anonymousCaller, demoCaller, teamsCaller } from './callers';
import { FIRST_PAGE_READS } from './first-page';
import type { Preferences } from './preferences';
import type { ApiFactory, Session } from './session.types';

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

  const teams = useMemo(() => teamsCaller(host), [host]);
  const demo = useMemo(() => (demoEmail === null ? null : demoCaller(demoEmail)), [demoEmail]);

  const loadSetup = useCallback(
    async (signal: AbortSignal): Promise<StandaloneSetup> => {
      // Teams needs no setup: identity comes from its SSO token.
      if (host.inTeams) return { mode: 'production', people: [] };
      const api = apiFor(anonymousCaller);
      const remembered = preferences.getDemoEmail();
      if (remembered === null) {
        const { mode } = await api.getConfig(signal);
        return { mode, people: mode === 'local' ? await api.getDemoPeople(signal) : [] };
      }
      // Someone signed in here before, so the service is most likely local: ask for the people
      // and the first page together with the mode instead of one after the other.
      apiFor(demoCaller(remembered)).readAhead(FIRST_PAGE_READS);
      const people = api.getDemoPeople(signal);
      people.catch(() => undefined); // a production service refuses it; then it is not used
      const { mode } = await api.getConfig(signal);
      return { mode, people: mode === 'local' ? await people : [] };
    },
    [host, apiFor, preferences],
  );
  const setup = useLoad(loadSetup);

  if (host.inTeams) return { kind: 'teams', caller: teams };
  if (setup.status === 'loading') return { kind: 'loading' };
  if (setup.status === 'error') return { kind: 'error', error: setup.error, retry: setup.retry };
  if (setup.data.mode !== 'local') return { kind: 'outsideTeams' };
  const { people } = setup.data;
  // A remembered person missing from today's seed counts as nobody picked.
  const person = people.find((candidate) => candidate.email === demoEmail) ?? null;
  return {
    kind: 'local',
    people,
    person,
    choose,
    caller: person === null || demo === null ? anonymousCaller : demo,
  };
}
