import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { HostContext } from '../host/host.types';
import type { Preferences } from '../session/preferences';
import type { ApiFactory, Session } from '../session/session.types';
import { useSession } from '../session/use-session';
import { useI18n } from '../i18n/i18n-context';
import { AppHeader } from './AppHeader';
import { MainContent } from './MainContent';

const useStyles = makeStyles({
  // Out of sight until focused; then at the top left, above everything, in the theme's colours.
  skip: {
    position: 'absolute',
    insetInlineStart: tokens.spacingHorizontalS,
    insetBlockStart: '-100vh',
    zIndex: 1000,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus': { insetBlockStart: tokens.spacingVerticalS },
  },
  main: {
    // Focused by the skip link only as a starting point: no ring around the whole page.
    ':focus': { outlineStyle: 'none' },
    maxWidth: '60rem',
    paddingBlock: tokens.spacingVerticalL,
    paddingInline: tokens.spacingHorizontalXXL,
    // On a phone (Teams mobile) the width goes to the content, not to the margins.
    '@media (max-width: 37.5rem)': {
      paddingBlock: tokens.spacingVerticalM,
      paddingInline: tokens.spacingHorizontalM,
    },
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
      <SkipLink className={styles.skip} />
      <AppHeader session={session} api={api} />
      <main id={MAIN_ID} tabIndex={-1} className={styles.main}>
        <MainContent session={session} api={api} />
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
