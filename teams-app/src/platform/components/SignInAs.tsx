import { makeStyles } from '@fluentui/react-components';
import { PlainSelect } from './PlainSelect';
import type { DemoPerson } from '@kvalita/core';
import { useI18n } from '../i18n/i18n-context';
import type { SignInAsProps } from './SignInAs.types';

const useStyles = makeStyles({
  select: { minWidth: '16rem' },
});

/** "Ing. Jana Nováková · manažerka kvality · Kancelář tajemníka": who, then what they do where. */
function label(person: DemoPerson): string {
  return [person.displayName, person.jobTitle, person.departmentName]
    .filter((part) => part !== null && part !== '')
    .join(' · ');
}

/**
 * Local mode's stand-in for Teams sign-in: pick one of the seeded demo people. A native select,
 * like the language switch: arrows, typing the first letters, Enter and Escape work everywhere,
 * every screen reader announces it, and it costs the first page next to nothing (a Fluent Dropdown
 * with its popup machinery was a third of the page's bytes; see PlainSelect).
 */
export function SignInAs({ people, person, onChoose }: SignInAsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <PlainSelect
      label={t('tab.signInAs.label')}
      hint={t('tab.signInAs.hint')}
      className={styles.select}
      value={person?.email ?? ''}
      onChange={(value) => {
        if (value !== '') onChoose(value);
      }}
    >
      {person === null && (
        <option value="" disabled>
          {t('tab.signInAs.choose')}
        </option>
      )}
      {people.map((candidate) => (
        <option key={candidate.email} value={candidate.email}>
          {label(candidate)}
        </option>
      ))}
    </PlainSelect>
  );
}
