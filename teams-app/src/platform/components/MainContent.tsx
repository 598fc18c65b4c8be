import { Body1, Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { HostContext } from '../host/host.types';
import type { TabApi } from '../load/shared-reads';
import type { Session } from '../session/session.types';
import { Info, LoadError } from './LoadError';
import { Loading } from './Loading';
import { SignedInPages } from './SignedInPages';

const useStyles = makeStyles({
  heading: { display: 'block', marginBlockEnd: tokens.spacingVerticalS },
  paragraph: { marginBlock: `0 ${tokens.spacingVerticalM}` },
});

export interface MainContentProps {
  readonly session: Session;
  readonly api: TabApi | null;
  /** What the pages need of the host (a channel tab's configuration). */
  readonly host?: Pick<HostContext, 'configureChannelTab'>;
}

/** The page for the session: the model once someone is signed in, otherwise what to do first. */
export function MainContent({ session, api, host }: MainContentProps) {
  const { t } = useI18n();
  const styles = useStyles();
  if (api !== null)
    return <SignedInPages api={api} configureChannelTab={host?.configureChannelTab ?? null} />;
  switch (session.kind) {
    case 'error':
      return (
        <Intro>
          <LoadError error={session.error} onRetry={session.retry} />
        </Intro>
      );
    case 'outsideTeams':
      return (
        <Intro>
          <Info text={t('tab.standalone.openInTeams')} />
        </Intro>
      );
    case 'local':
      return (
        <Intro>
          <Body1 as="p" block className={styles.paragraph}>
            {t(session.people.length === 0 ? 'tab.signInAs.empty' : 'tab.signInAs.prompt')}
          </Body1>
        </Intro>
      );
    default:
      return (
        <Intro>
          <Loading />
        </Intro>
      );
  }
}

/** Before the content: the app's name as the page heading and its purpose. */
function Intro({ children }: { readonly children: ReactNode }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <>
      <Title2 as="h1" className={styles.heading}>
        {t('app.name')}
      </Title2>
      <Body1 as="p" block className={styles.paragraph}>
        {t('app.tagline')}
      </Body1>
      {children}
    </>
  );
}
