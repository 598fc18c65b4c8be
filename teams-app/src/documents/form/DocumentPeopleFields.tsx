import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { PeoplePicker } from '../../platform/components/PeoplePicker';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { DocumentPeopleFieldsProps } from './DocumentForm.types';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  chosen: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** The owner, the approver (one person each) and the reviewers (added one at a time), from the directory. */
export function DocumentPeopleFields({ api, values, onChange, errors }: DocumentPeopleFieldsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const ownerHint = useId();
  const approverHint = useId();
  // A new picker after each reviewer added, so its text starts empty again.
  const [round, setRound] = useState(0);
  const approverError = errors.approver;
  const reviewersError = errors.reviewers;
  return (
    <>
      <div className={styles.group}>
        <PeoplePicker
          api={api}
          label={t('tab.documents.form.owner')}
          describedBy={ownerHint}
          onChange={(person) => {
            if (person !== null)
              onChange({ ...values, owner: { email: person.email, displayName: person.displayName } });
          }}
        />
        <p id={ownerHint} className={styles.chosen}>
          {values.owner === null
            ? t('tab.documents.form.ownerDefault')
            : t('tab.documents.form.ownerChosen', { name: values.owner.displayName })}
        </p>
      </div>
      <div className={styles.group}>
        <PeoplePicker
          api={api}
          label={t('tab.documents.form.approver')}
          describedBy={approverHint}
          validationMessage={
            approverError === undefined ? undefined : t(approverError.key, approverError.values)
          }
          onChange={(person) => {
            if (person !== null)
              onChange({ ...values, approver: { email: person.email, displayName: person.displayName } });
          }}
        />
        <p id={approverHint} className={styles.chosen}>
          {values.approver === null
            ? t('tab.documents.form.approverMissing')
            : t('tab.documents.form.approverChosen', { name: values.approver.displayName })}
        </p>
      </div>
      <div className={styles.group}>
        <PeoplePicker
          key={round}
          api={api}
          label={t('tab.documents.form.reviewers')}
          onChange={(person) => {
            if (person === null || values.reviewers.some((old) => old.email === person.email)) return;
            onChange({
              ...values,
              reviewers: [...values.reviewers, { email: person.email, displayName: person.displayName }],
            });
            setRound((count) => count + 1);
          }}
        />
        {values.reviewers.length > 0 && (
          <ul className={styles.list} aria-label={t('tab.documents.form.reviewersList')}>
            {values.reviewers.map((person) => (
              <li key={person.email} className={styles.item}>
                {person.displayName}
                <Button
                  size="small"
                  onClick={() =>
                    onChange({
                      ...values,
                      reviewers: values.reviewers.filter((old) => old.email !== person.email),
                    })
                  }
                >
                  {t('tab.documents.form.remove', { name: person.displayName })}
                </Button>
              </li>
            ))}
          </ul>
        )}
        {reviewersError && (
          <span role="alert" className={styles.error}>
            {t(reviewersError.key, reviewersError.values)}
          </span>
        )}
      </div>
    </>
  );
}
