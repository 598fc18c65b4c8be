import { Text, makeStaticStyles } from '@fluentui/react-components';
import { useI18n } from '../i18n/i18n-context';
import type { TabApi } from '../load/shared-reads';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import type { Session } from '../session/session.types';
import { SignInAs } from './SignInAs';
import { SignedInPerson } from './SignedInPerson';

// Plain CSS under our own class names (see PlainSelect): the header is on every first screen.
const useStaticStyles = makeStaticStyles(`
.kv-header {
  display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between;
  gap: var(--spacingHorizontalL); padding: var(--spacingVerticalM) var(--spacingHorizontalXXL);
  border-bottom: var(--strokeWidthThin) solid var(--colorNeutralStroke2);
}
.kv-header__tools {
  display: flex; flex-wrap: wrap; align-items: flex-start; gap: var(--spacingHorizontalXL);
}
@media (max-width: 37.5rem) {
  /* On a phone (Teams mobile) the header takes as little of the first screen as it can, and the
     tools join its own row: the language switch beside the app's name. */
  .kv-header {
    gap: var(--spacingVerticalS); padding: var(--spacingVerticalS) var(--spacingHorizontalM);
  }
  .kv-header__tools { display: contents; }
}
`);

export interface AppHeaderProps {
  readonly session: Session;
  readonly api: TabApi | null;
}

export function AppHeader({ session, api }: AppHeaderProps) {
  const { t } = useI18n();
  useStaticStyles();
  return (
    <header className="kv-header">
      <Text size={500} weight="semibold">
        {t('app.name')}
      </Text>
      <div className="kv-header__tools">
        <LanguageSwitch />
        {session.kind === 'local' && session.people.length > 0 && (
          <SignInAs people={session.people} person={session.person} onChoose={session.choose} />
        )}
        {session.kind === 'teams' && api !== null && <SignedInPerson api={api} />}
      </div>
    </header>
  );
}
