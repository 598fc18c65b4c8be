import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { PeoplePicker } from '../../platform/components/PeoplePicker';
import { useI18n } from '../../platform/i18n/i18n-context';
import { PageSection } from '../parts/PageSection';
import type { RaterGroupPanelProps } from './NominationPage.types';
import { useState } from 'react';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'grid',
    gap: tokens.spacingVerticalXS,
  },
  item: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
  picker: { maxWidth: '28rem' },
});

/** One rater group: its count against the rule (said in words when outside), its raters, add and remove. */
export function RaterGroupPanel({ api, count, raters, editable, onAdd, onRemove }: RaterGroupPanelProps) {
  const { t } = useI18n();
  const styles = useStyles();
  // A new picker after each person added, so its text starts empty again.
  const [round, setRound] = useState(0);
  const group = t(`tab.feedback.group.${count.group}`);
  const below = count.count < count.rule.min;
  const above = count.count > count.rule.max;
  return (
    <PageSection
      heading={t('tab.feedback.nominations.groupHeading', {
        group,
        count: count.count,
        min: count.rule.min,
        max: count.rule.max,
      })}
    >
      {(below || above) && (
        <p>
          <Badge appearance="tint" color="warning">
            {t(below ? 'tab.feedback.nominations.below' : 'tab.feedback.nominations.above', {
              min: count.rule.min,
              max: count.rule.max,
            })}
          </Badge>
        </p>
      )}
      {raters.length === 0 ? (
        <p className={styles.note}>{t('tab.feedback.nominations.nobody')}</p>
      ) : (
        <ul className={styles.list} aria-label={group}>
          {raters.map((rater) => (
            <li key={rater.person.email} className={styles.item}>
              <span>{rater.person.displayName}</span>
              {rater.stored?.source === 'directory' && (
                <Badge appearance="outline">{t('tab.feedback.nominations.fromDirectory')}</Badge>
              )}
              {rater.stored === null && (
                <Badge appearance="outline">{t('tab.feedback.nominations.unsaved')}</Badge>
              )}
              {editable && (
                <Button size="small" onClick={() => onRemove(rater)}>
                  {t('tab.feedback.nominations.remove', { name: rater.person.displayName })}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div className={styles.picker}>
          <PeoplePicker
            key={round}
            api={api}
            label={t('tab.feedback.nominations.add', { group })}
            onChange={(person) => {
              if (person === null) return;
              onAdd({ email: person.email, displayName: person.displayName }, count.group);
              setRound((value) => value + 1);
            }}
          />
        </div>
      )}
    </PageSection>
  );
}
