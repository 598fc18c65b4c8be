import { DataTable } from '../../platform/components/DataTable';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { CompetencyPartProps } from './ReportPage.types';
import { groupColumn, otherGroups } from './report-text';
import { GapCell, ScoreCell } from './ScoreCell';

/** One competency's behaviours: self, all but self, the gap and each shown group. */
export function BehaviourTable({ report, competency }: CompetencyPartProps) {
  const { t } = useI18n();
  const groups = otherGroups(report);
  return (
    <DataTable
      caption={t('tab.feedback.report.behavioursCaption', { name: competency.name })}
      columns={[
        t('tab.feedback.report.behaviour'),
        t('tab.feedback.group.self'),
        t('tab.feedback.report.others'),
        t('tab.feedback.report.gap'),
        ...groups.map((group) => groupColumn(group, t)),
      ]}
      numericColumns={[1, 2, 3, ...groups.map((_group, index) => index + 4)]}
      rows={competency.behaviours.map((behaviour) => ({
        key: behaviour.key,
        header: behaviour.text,
        cells: [
          <ScoreCell score={behaviour.self} />,
          <ScoreCell score={behaviour.others} />,
          <GapCell gap={behaviour.gap} finding={behaviour.finding} />,
          ...groups.map((group) => <ScoreCell key={group.group} score={behaviour.byGroup[group.group]} />),
        ],
      }))}
    />
  );
}
