import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { HostContext } from '../host/host.types';
import type { Preferences } from '../session/preferences';
import type { ApiFactory, Session } from '../session/session.types';
import { useSession } from '../session/use-session';
import { AppHeader } from './AppHeader';
import { MainContent } from './MainContent';

const useStyles = makeStyles({
  main: {
    maxWidth: '60rem',
    paddingBlock: tokens.spacingVerticalL,
    paddingInline: tokens.spacingHorizontalXXL,
  },
});

export interface ShellProps {
  readonly host: HostContext;
  readonly apiFor: ApiFactory;
  readonly preferences: Preferences;
}

/** Landmarks: the header (app name, language, person) and the main content. */
export function Shell({ host, apiFor, preferences }: ShellProps) {
  const styles = useStyles();
  const session = useSession(host, apiFor, preferences);
  const caller = signedInCaller(session);
  const api = useMemo(() => (caller === null ? null : apiFor(caller)), [caller, apiFor]);
  return (
    <>
      <AppHeader session={session} api={api} />
      <main className={styles.main}>
        <MainContent session={session} api={api} subPageId={host.subPageId} />
      </main>
    </>
  );
}

function signedInCaller(session: Session) {
  if (session.kind === 'teams') return session.caller;
  if (session.kind === 'local' && session.person !== null) return session.caller;
  return null;
}
