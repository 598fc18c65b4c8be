import { makeStaticStyles } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { HostContext } from '../host/host.types';
import type { Preferences } from '../session/preferences';
import type { ApiFactory, Session } from '../session/session.types';
import { useSession } from '../session/use-session';
import { useI18n } from '../i18n/i18n-context';
import { AppHeader } from './AppHeader';
import { MainContent } from './MainContent';

// Plain CSS under our own class names (see PlainSelect): the frame of every page.
const useStaticStyles = makeStaticStyles(`
/* Out of sight until focused; then at the top left, above everything, in the theme's colours. */
.kv-skip {
  position: absolute; inset-inline-start: var(--spacingHorizontalS); top: -100vh; z-index: 1000;
  padding: var(--spacingVerticalS) var(--spacingHorizontalM);
  background-color: var(--colorNeutralBackground1); color: var(--colorBrandForegroundLink);
  border: var(--strokeWidthThick) solid var(--colorStrokeFocus2);
  border-radius: var(--borderRadiusMedium);
}
.kv-skip:focus { top: var(--spacingVerticalS); }
.kv-main {
  max-width: 60rem; padding: var(--spacingVerticalL) var(--spacingHorizontalXXL);
}
/* Focused by the skip link only as a starting point: no ring around the whole page. */
.kv-main:focus { outline-style: none; }
/* On a phone (Teams mobile) the width goes to the content, not to the margins. */
@media (max-width: 37.5rem) {
  .kv-main { padding: var(--spacingVerticalM) var(--spacingHorizontalM); }
}
`);

export interface ShellProps {
  readonly host: HostContext;
  readonly apiFor: ApiFactory;
  readonly preferences: Preferences;
}

/** Landmarks: the header (app name, language, person) and the main content. */
export function Shell({ host, apiFor, preferences }: ShellProps) {
  useStaticStyles();
  const session = useSession(host, apiFor, preferences);
  const caller = signedInCaller(session);
  const api = useMemo(() => (caller === null ? null : apiFor(caller)), [caller, apiFor]);
  return (
    <>
      <SkipLink className="kv-skip" />
      <AppHeader session={session} api={api} />
      <main id={MAIN_ID} tabIndex={-1} className="kv-main">
        <MainContent session={session} api={api} host={host} />
      </main>
    </>
  );
}

const MAIN_ID = 'main-content';

/**
 * The first stop of the tab order: straight to the page's content, past the header. Focus is moved
 * by hand (not only by the #fragment), so it lands in <main> in every browser and the URL is kept.
 */
function SkipLink({ className }: { readonly className: string }) {
  const { t } = useI18n();
  return (
    <a
      href={`#${MAIN_ID}`}
      className={className}
      onClick={(event) => {
        event.preventDefault();
        const main = event.currentTarget.ownerDocument.getElementById(MAIN_ID);
        main?.focus();
        main?.scrollIntoView();
      }}
    >
      {t('tab.skipToContent')}
    </a>
  );
}

function signedInCaller(session: Session) {
  if (session.kind === 'teams') return session.caller;
  if (session.kind === 'local' && session.person !== null) return session.caller;
  return null;
}
