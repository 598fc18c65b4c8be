import { makeStyles, tokens } from '@fluentui/react-components';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { useI18n } from '../../platform/i18n/i18n-context';
import { dateText } from '../feedback-text';
import { FeedbackLink } from '../parts/FeedbackLink';
import { PageFrame } from '../../platform/components/PageFrame';
import { PageSection } from '../parts/PageSection';
import { BehaviourTable } from './BehaviourTable';
import { CompetencyTable } from './CompetencyTable';
import { Findings } from './Findings';
import { GoalsPanel } from './GoalsPanel';
import { ReportComments } from './ReportComments';
import { ReportDownload } from './ReportDownload';
import type { ReportPageProps } from './ReportPage.types';
import { RespondentGroups } from './RespondentGroups';
import { ScoreBars } from './ScoreBars';
import { useReport } from './use-report';

const useStyles = makeStyles({
  note: { margin: 0, maxWidth: '48rem' },
  facts: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/**
 * A released 360 report for its subject or their manager: who answered and what was merged or
 * left out (and why), self against others per competency (a table and bars) and per behaviour,
 * blind spots and hidden strengths, the top and bottom behaviours, comments, the .docx, and the
 * development goals the subject makes of it.
 */
export function ReportPage({ api, cycleId, subjectId }: ReportPageProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const detail = useReport(api, cycleId, subjectId);
  const { state } = detail;
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadError error={state.error} onRetry={detail.retry} />;
  const { reply } = state;
  const { report } = reply;
  const toGoal = reply.mayAddGoals
    ? (competencyKey: string) => detail.setEditing({ kind: 'new', competencyKey })
    : null;
  return (
    <PageFrame
      heading={t('tab.feedback.report.heading', { name: report.subject.displayName })}
      actions={
        <>
          <FeedbackLink to={{ page: 'mine' }}>{t('tab.feedback.myData.back')}</FeedbackLink>
          <ReportDownload api={api} report={report} subjectId={subjectId} />
        </>
      }
    >
      <p className={styles.facts}>
        {t('tab.feedback.report.facts', {
          cycle: report.cycleName,
          model: report.modelName,
          manager: report.manager?.displayName ?? '—',
          date: dateText(locale, report.releasedAt),
        })}
      </p>
      <p className={styles.note}>{t('tab.feedback.development')}</p>
      <RespondentGroups report={report} />
      <PageSection heading={t('tab.feedback.report.competenciesHeading')}>
        <p className={styles.note}>
          {t('tab.feedback.report.scale', {
            anchors: report.scale.map((anchor) => `${anchor.point} = ${anchor.label}`).join(', '),
          })}
        </p>
        <CompetencyTable report={report} />
        <ScoreBars report={report} />
      </PageSection>
      <Findings report={report} onGoal={toGoal} />
      <PageSection heading={t('tab.feedback.report.behavioursHeading')}>
        {report.competencies.map((competency) => (
          <BehaviourTable key={competency.key} report={report} competency={competency} />
        ))}
      </PageSection>
      <ReportComments report={report} />
      <GoalsPanel
        reply={reply}
        goals={detail.goals}
        editing={detail.editing}
        onEdit={detail.setEditing}
        onSave={detail.saveGoal}
        onRemove={detail.removeGoal}
        problem={detail.problem}
        busy={detail.busy}
      />
    </PageFrame>
  );
}
