import { DataTable } from '../../platform/components/DataTable';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { CycleProgressTableProps } from './CyclePage.types';

/** The cycle's progress in counts only (never a score): nominations, forms, declines, reports with groups. */
export function CycleProgressTable({ progress }: CycleProgressTableProps) {
  const { t } = useI18n();
  const row = (key: string, label: string, value: string) => ({ key, header: label, cells: [value] });
  return (
    <DataTable
      caption={t('tab.feedback.cycle.progress')}
      columns={[t('tab.feedback.cycle.progressWhat'), t('tab.feedback.cycle.progressCount')]}
      numericColumns={[1]}
      rows={[
        row('subjects', t('tab.feedback.cycle.subjects'), String(progress.subjects)),
        row(
          'submitted',
          t('tab.feedback.cycle.submitted'),
          t('tab.feedback.cycle.ofSubjects', {
            count: progress.nominationsSubmitted,
            total: progress.subjects,
          }),
        ),
        row(
          'approved',
          t('tab.feedback.cycle.approved'),
          t('tab.feedback.cycle.ofSubjects', {
            count: progress.nominationsApproved,
            total: progress.subjects,
          }),
        ),
        row(
          'forms',
          t('tab.feedback.cycle.forms'),
          t('tab.feedback.cycle.ofForms', { count: progress.formsDone, total: progress.forms }),
        ),
        row('declined', t('tab.feedback.cycle.declined'), String(progress.declined)),
        row(
          'groups',
          t('tab.feedback.cycle.reportsWithGroups'),
          t('tab.feedback.cycle.ofSubjects', { count: progress.reportsWithGroups, total: progress.subjects }),
        ),
      ]}
    />
  );
}
