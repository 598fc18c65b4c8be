import { Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { CriterionBlockProps } from './CafModelPage.types';
import { WorkingTranslationBadge } from './WorkingTranslationBadge';

const useStyles = makeStyles({
  root: { marginBlockEnd: tokens.spacingVerticalL },
  title: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  list: { listStyleType: 'none', margin: 0, paddingInlineStart: 0 },
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
  },
  code: { fontWeight: tokens.fontWeightSemibold, minWidth: '2.5em' },
});

/** One criterion: its heading and its subcriteria as a list (code, title, working-translation mark). */
export function CriterionBlock({ criterion }: CriterionBlockProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const headingId = `criterion-${criterion.number}`;
  return (
    <div className={styles.root}>
      <div className={styles.title}>
        <Subtitle2 as="h3" id={headingId} className={styles.heading}>
          {t('tab.model.criterion', { number: criterion.number, title: criterion.title })}
        </Subtitle2>
        {criterion.titleStatus === 'working' && <WorkingTranslationBadge />}
      </div>
      <ul className={styles.list} aria-labelledby={headingId}>
        {criterion.subcriteria.map((subcriterion) => (
          <li key={subcriterion.code} className={styles.item}>
            <span className={styles.code}>{subcriterion.code}</span>
            <span>{subcriterion.title}</span>
            {subcriterion.titleStatus === 'working' && <WorkingTranslationBadge />}
          </li>
        ))}
      </ul>
    </div>
  );
}
