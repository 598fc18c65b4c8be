import { makeStyles, tokens } from '@fluentui/react-components';
import { FEEDBACK_LIMITS } from '@kvalita/core';
import { DataTable } from '../../platform/components/DataTable';
import { useI18n } from '../../platform/i18n/i18n-context';
import { PageSection } from '../parts/PageSection';
import type { ReportPartProps } from './ReportPage.types';
import { groupColumn, suppressedText } from './report-text';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  note: { margin: 0, maxWidth: '48rem' },
});

/**
 * Who answered, by group, and what happened to the small groups: merged into "others" or left
 * out, with the threshold that decided it — said openly, never a silent blank.
 */
export function RespondentGroups({ report }: ReportPartProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <PageSection heading={t('tab.feedback.report.groupsHeading')}>
      <p className={styles.note}>
        {t('tab.feedback.report.groupsIntro', { threshold: report.thresholds.group })}
      </p>
      <DataTable
        caption={t('tab.feedback.report.groupsCaption')}
        columns={[t('tab.feedback.report.group'), t('tab.feedback.report.answers')]}
        numericColumns={[1]}
        rows={report.groups.map((group) => ({
          key: group.group,
          header: groupColumn(group, t),
          cells: [String(group.answers)],
        }))}
      />
      {report.suppressed.length > 0 && (
        <ul className={styles.list} aria-label={t('tab.feedback.report.suppressedLabel')}>
          {report.suppressed.map((entry) => (
            <li key={entry.group}>{suppressedText(entry, report.thresholds.group, t)}</li>
          ))}
        </ul>
      )}
      {!report.othersShown && (
        <p className={styles.note}>
          {t('tab.feedback.report.othersHidden', { minimum: FEEDBACK_LIMITS.overallMinimum })}
        </p>
      )}
    </PageSection>
  );
}
