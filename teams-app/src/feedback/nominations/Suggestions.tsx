import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { samePerson } from '@kvalita/core';
import { useI18n } from '../../platform/i18n/i18n-context';
import { PageSection } from '../parts/PageSection';
import type { SuggestionsProps } from './NominationPage.types';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'grid',
    gap: tokens.spacingVerticalXS,
  },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** People the service suggests (same manager first, then the same department), with their load in forms. */
export function Suggestions({ suggestions, chosen, onAdd }: SuggestionsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const open = suggestions.filter(
    (entry) => !chosen.some((rater) => samePerson(rater.person.email, entry.person.email)),
  );
  if (open.length === 0) return null;
  return (
    <PageSection heading={t('tab.feedback.nominations.suggestions')}>
      <ul className={styles.list}>
        {open.map((entry) => (
          <li key={entry.person.email} className={styles.item}>
            <span>
              {t(entry.overCap ? 'tab.feedback.nominations.full' : 'tab.feedback.nominations.load', {
                name: entry.person.displayName,
                forms: entry.forms,
              })}
            </span>
            {!entry.overCap && (
              <>
                <Button size="small" onClick={() => onAdd(entry.person, 'peer')}>
                  {t('tab.feedback.nominations.addAsPeer', { name: entry.person.displayName })}
                </Button>
                <Button size="small" onClick={() => onAdd(entry.person, 'other')}>
                  {t('tab.feedback.nominations.addAsOther', { name: entry.person.displayName })}
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
    </PageSection>
  );
}
