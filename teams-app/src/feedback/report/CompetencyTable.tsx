import { DataTable } from '../../platform/components/DataTable';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { ReportPartProps } from './ReportPage.types';
import { groupColumn, otherGroups } from './report-text';
import { GapCell, ScoreCell } from './ScoreCell';

/** Self against all but self for every competency, then each shown group's figure: a plain table. */
export function CompetencyTable({ report }: ReportPartProps) {
  const { t } = useI18n();
  const groups = otherGroups(report);
  return (
    <DataTable
      caption={t('tab.feedback.report.competenciesCaption')}
      columns={[
        t('tab.feedback.report.competency'),
        t('tab.feedback.group.self'),
        t('tab.feedback.report.others'),
        t('tab.feedback.report.gap'),
        ...groups.map((group) => groupColumn(group, t)),
      ]}
      numericColumns={[1, 2, 3, ...groups.map((_group, index) => index + 4)]}
      rows={report.competencies.map((competency) => ({
        key: competency.key,
        header: competency.name,
        cells: [
          <ScoreCell score={competency.self} />,
          <ScoreCell score={competency.others} />,
          <GapCell gap={competency.gap} finding={competency.finding} />,
          ...groups.map((group) => <ScoreCell key={group.group} score={competency.byGroup[group.group]} />),
        ],
      }))}
    />
  );
}
