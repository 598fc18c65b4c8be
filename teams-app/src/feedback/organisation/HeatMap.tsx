import { makeStyles } from '@fluentui/react-components';
import { DataTable } from '../../platform/components/DataTable';
import { useI18n } from '../../platform/i18n/i18n-context';
import { HeatCellView } from './HeatCellView';
import type { HeatMapProps } from './OrganisationPage.types';

const useStyles = makeStyles({
  note: { margin: 0, maxWidth: '48rem' },
  scroll: { overflowX: 'auto', maxWidth: '100%' },
});

/**
 * Competency by department: the mean of subjects' "all but self" figures, only where enough
 * subjects have one; the departments left out are named, with the reason.
 */
export function HeatMap({ reply, departments }: HeatMapProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const cellOf = (departmentCode: string, competencyKey: string) =>
    reply.cells.find(
      (cell) => cell.departmentCode === departmentCode && cell.competencyKey === competencyKey,
    );
  const nameOf = (code: string) => departments.find((department) => department.code === code)?.name ?? code;
  return (
    <>
      <p className={styles.note}>{t('tab.feedback.organisation.heatIntro')}</p>
      {reply.departments.length === 0 ? (
        <p className={styles.note}>{t('tab.feedback.organisation.noDepartments')}</p>
      ) : (
        <div className={styles.scroll}>
          <DataTable
            caption={t('tab.feedback.organisation.heatCaption')}
            columns={[
              t('tab.feedback.report.competency'),
              ...reply.departments.map((department) => department.name),
            ]}
            numericColumns={reply.departments.map((_department, index) => index + 1)}
            rows={reply.competencies.map((competency) => ({
              key: competency.key,
              header: competency.name,
              cells: reply.departments.map((department) => {
                const cell = cellOf(department.code, competency.key);
                return (
                  <HeatCellView
                    key={department.code}
                    mean={cell?.mean ?? null}
                    subjects={cell?.subjects ?? null}
                  />
                );
              }),
            }))}
          />
        </div>
      )}
      {reply.hiddenDepartments.length > 0 && (
        <p className={styles.note}>
          {t('tab.feedback.organisation.hidden', {
            names: reply.hiddenDepartments.map(nameOf).join(', '),
          })}
        </p>
      )}
    </>
  );
}
