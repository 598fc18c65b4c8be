import { Caption1, Dropdown, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import type { DemoPerson } from '@kvalita/core';
import { useI18n } from '../i18n/i18n-context';
import type { SignInAsProps } from './SignInAs.types';

const useStyles = makeStyles({
  dropdown: { minWidth: '16rem' },
  option: { display: 'flex', flexDirection: 'column' },
  details: { color: tokens.colorNeutralForeground2 },
});

function details(person: DemoPerson): string {
  return [person.jobTitle, person.departmentName].filter((part) => part !== null && part !== '').join(' · ');
}

/**
 * Local mode's stand-in for Teams sign-in: pick one of the seeded demo people. A Fluent Dropdown
 * (a listbox button): arrows, typing the first letters, Enter and Escape all work.
 */
export function SignInAs({ people, person, onChoose }: SignInAsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <Field label={t('tab.signInAs.label')} hint={t('tab.signInAs.hint')}>
      <Dropdown
        className={styles.dropdown}
        // Inline, so the open list stays inside the header landmark.
        inlinePopup
        placeholder={t('tab.signInAs.choose')}
        value={person?.displayName ?? ''}
        selectedOptions={person === null ? [] : [person.email]}
        onOptionSelect={(_event, data) => {
          if (data.optionValue !== undefined) onChoose(data.optionValue);
        }}
      >
        {people.map((candidate) => (
          <Option key={candidate.email} value={candidate.email} text={candidate.displayName}>
            <span className={styles.option}>
              <span>{candidate.displayName}</span>
              {details(candidate) !== '' && (
                <Caption1 className={styles.details}>{details(candidate)}</Caption1>
              )}
            </span>
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
