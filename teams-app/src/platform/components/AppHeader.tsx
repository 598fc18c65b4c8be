import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n/i18n-context';
import type { TabApi } from '../load/shared-reads';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import type { Session } from '../session/session.types';
import { SignInAs } from './SignInAs';
import { SignedInPerson } from './SignedInPerson';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalL,
    paddingBlock: tokens.spacingVerticalM,
    paddingInline: tokens.spacingHorizontalXXL,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // On a phone (Teams mobile) the header takes as little of the first screen as it can.
    '@media (max-width: 37.5rem)': {
      gap: tokens.spacingVerticalS,
      paddingBlock: tokens.spacingVerticalS,
      paddingInline: tokens.spacingHorizontalM,
    },
  },
  tools: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXL,
    // On a phone the tools join the header's own row: the language switch beside the app's name.
    '@media (max-width: 37.5rem)': { display: 'contents' },
  },
});

export interface AppHeaderProps {
  readonly session: Session;
  readonly api: TabApi | null;
}

export function AppHeader({ session, api }: AppHeaderProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Text size={500} weight="semibold">
        {t('app.name')}
      </Text>
      <div className={styles.tools}>
        <LanguageSwitch />
        {session.kind === 'local' && session.people.length > 0 && (
          <SignInAs people={session.people} person={session.person} onChoose={session.choose} />
        )}
        {session.kind === 'teams' && api !== null && <SignedInPerson api={api} />}
      </div>
    </header>
  );
}
