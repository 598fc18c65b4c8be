import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { PeoplePicker } from '../../platform/components/PeoplePicker';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { OwnerFieldsProps } from './MeasureForm.types';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  chosen: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** The owner (one person, from the directory) and the co-owners (a list, added one at a time). */
export function OwnerFields({ api, values, onChange, errors }: OwnerFieldsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const ownerHint = useId();
  // A new picker after each co-owner added, so its text starts empty again.
  const [round, setRound] = useState(0);
  const coOwnersError = errors.coOwners;
  return (
    <>
      <div className={styles.group}>
        <PeoplePicker
          api={api}
          label={t('tab.measures.form.owner')}
          describedBy={ownerHint}
          onChange={(person) => {
            if (person !== null)
              onChange({ ...values, owner: { email: person.email, displayName: person.displayName } });
          }}
        />
        <p id={ownerHint} className={styles.chosen}>
          {values.owner === null
            ? t('tab.measures.form.ownerDefault')
            : t('tab.measures.form.ownerChosen', { name: values.owner.displayName })}
        </p>
      </div>
      <div className={styles.group}>
        <PeoplePicker
          key={round}
          api={api}
          label={t('tab.measures.form.coOwners')}
          onChange={(person) => {
            if (person === null || values.coOwners.some((old) => old.email === person.email)) return;
            onChange({
              ...values,
              coOwners: [...values.coOwners, { email: person.email, displayName: person.displayName }],
            });
            setRound((count) => count + 1);
          }}
        />
        {values.coOwners.length > 0 && (
          <ul className={styles.list} aria-label={t('tab.measures.form.coOwnersList')}>
            {values.coOwners.map((person) => (
              <li key={person.email} className={styles.item}>
                {person.displayName}
                <Button
                  size="small"
                  onClick={() =>
                    onChange({
                      ...values,
                      coOwners: values.coOwners.filter((old) => old.email !== person.email),
                    })
                  }
                >
                  {t('tab.measures.form.remove', { name: person.displayName })}
                </Button>
              </li>
            ))}
          </ul>
        )}
        {coOwnersError && (
          <span role="alert" className={styles.error}>
            {t(coOwnersError.key, coOwnersError.values)}
          </span>
        )}
      </div>
    </>
  );
}
