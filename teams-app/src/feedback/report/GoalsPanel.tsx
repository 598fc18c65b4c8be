import { Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { DevelopmentGoal } from '@kvalita/core';
import { errorText } from '../../platform/components/error-text';
import { useI18n } from '../../platform/i18n/i18n-context';
import { PlaceLink } from '../../platform/navigation/PlaceLink';
import { dateText } from '../feedback-text';
import { PageSection } from '../parts/PageSection';
import { GoalForm } from './GoalForm';
import type { GoalsPanelProps } from './ReportPage.types';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'grid',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  note: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '48rem' },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1 },
});

/**
 * The subject's development goals from this report (they feed the individual training plan,
 * zákon 312/2002 Sb. §17): each on a competency, with a due date and a training or a measure;
 * the subject adds, edits and removes them, their manager reads them.
 */
export function GoalsPanel({
  reply,
  goals,
  editing,
  onEdit,
  onSave,
  onRemove,
  problem,
  busy,
}: GoalsPanelProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const { report, mayAddGoals } = reply;
  const competencyName = (key: string) =>
    report.competencies.find((competency) => competency.key === key)?.name ?? key;
  const linkOf = (goal: DevelopmentGoal) => {
    const { link } = goal;
    if (link.kind === 'training')
      return link.url === null ? (
        t('tab.feedback.goals.training', { title: link.title })
      ) : (
        <Link href={link.url} target="_blank" rel="noopener noreferrer">
          {t('tab.feedback.goals.training', { title: link.title })}
        </Link>
      );
    if (link.kind === 'measure')
      return (
        <PlaceLink to={{ kind: 'measure', measureId: link.measureId, page: 'detail' }}>
          {t('tab.feedback.goals.measure', { id: link.measureId })}
        </PlaceLink>
      );
    return null;
  };
  return (
    <PageSection heading={t('tab.feedback.goals.heading', { count: goals.length })}>
      <p className={styles.note}>{t('tab.feedback.goals.intro')}</p>
      {goals.length === 0 && <p className={styles.note}>{t('tab.feedback.goals.none')}</p>}
      {goals.length > 0 && (
        <ul className={styles.list}>
          {goals.map((goal) => (
            <li key={goal.id} className={styles.item}>
              <strong>{competencyName(goal.competencyKey)}</strong>
              <span>{goal.text}</span>
              {goal.dueDate !== null && (
                <span>{t('tab.feedback.goals.due', { date: dateText(locale, goal.dueDate) })}</span>
              )}
              {linkOf(goal)}
              {mayAddGoals && (
                <span className={styles.buttons}>
                  <Button size="small" onClick={() => onEdit({ kind: 'stored', goal })}>
                    {t('tab.feedback.goals.edit', { text: goal.text })}
                  </Button>
                  <Button size="small" disabled={busy} onClick={() => void onRemove(goal)}>
                    {t('tab.feedback.goals.remove', { text: goal.text })}
                  </Button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {problem !== null && (
        <p role="alert" className={styles.error}>
          {t('tab.feedback.goals.failed', { reason: errorText(problem, t) })}
        </p>
      )}
      {mayAddGoals && editing === null && (
        <div>
          <Button onClick={() => onEdit({ kind: 'new', competencyKey: null })}>
            {t('tab.feedback.goals.add')}
          </Button>
        </div>
      )}
      {mayAddGoals && editing !== null && (
        <GoalForm
          key={editing.kind === 'stored' ? `goal-${editing.goal.id}` : `new-${editing.competencyKey ?? ''}`}
          report={report}
          editing={editing}
          busy={busy}
          onSave={(request) => void onSave(request, editing.kind === 'stored' ? editing.goal : null)}
          onCancel={() => onEdit(null)}
        />
      )}
    </PageSection>
  );
}
