import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';
import { PageSection } from '../parts/PageSection';
import type { ReportPartProps } from './ReportPage.types';

const useStyles = makeStyles({
  heading: { ...typographyStyles.body1Strong, margin: 0 },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'grid',
    gap: tokens.spacingVerticalS,
  },
  note: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '48rem' },
  quote: { whiteSpace: 'pre-wrap' },
});

/**
 * The comments, per group of competencies (named by the competencies it holds), in the order the
 * service shuffled them; a comment names its rater group only where the group is large enough.
 */
export function ReportComments({ report }: ReportPartProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const groupKeys = [...new Set(report.competencies.map((competency) => competency.groupKey))];
  return (
    <PageSection heading={t('tab.feedback.report.commentsHeading', { count: report.comments.length })}>
      <p className={styles.note}>
        {t('tab.feedback.report.commentsIntro', { threshold: report.thresholds.comments })}
      </p>
      {report.comments.length === 0 && <p className={styles.note}>{t('tab.feedback.report.noComments')}</p>}
      {groupKeys.map((key) => {
        const comments = report.comments.filter((comment) => comment.competencyGroupKey === key);
        if (comments.length === 0) return null;
        const names = report.competencies
          .filter((competency) => competency.groupKey === key)
          .map((competency) => competency.name)
          .join(', ');
        return (
          <div key={key}>
            <h3 className={styles.heading}>{t('tab.feedback.report.commentsOn', { names })}</h3>
            <ul className={styles.list}>
              {comments.map((comment, index) => (
                <li key={index} className={styles.quote}>
                  {comment.group === null
                    ? comment.text
                    : t('tab.feedback.report.commentFrom', {
                        group: t(`tab.feedback.group.${comment.group}`),
                        text: comment.text,
                      })}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </PageSection>
  );
}
