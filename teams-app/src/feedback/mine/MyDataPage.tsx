import { makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { DataTable } from '../../platform/components/DataTable';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { dateText } from '../feedback-text';
import { FeedbackLink } from '../parts/FeedbackLink';
import { PageFrame } from '../../platform/components/PageFrame';
import { PageSection } from '../parts/PageSection';
import type { MyDataPageProps } from './MyDataPage.types';

const useStyles = makeStyles({
  note: { margin: 0, maxWidth: '48rem' },
  cycle: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/**
 * "What is stored about me": as a subject, whom I (or my manager) nominated and my development
 * goals; as a rater, whom I was asked to rate and whether my answer is stored — never its content,
 * which is kept without my name.
 */
export function MyDataPage({ api }: MyDataPageProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const data = useLoad(useCallback((signal: AbortSignal) => api.getMyFeedbackData(signal), [api]));
  return (
    <PageFrame
      heading={t('tab.feedback.myData.heading')}
      actions={<FeedbackLink to={{ page: 'mine' }}>{t('tab.feedback.myData.back')}</FeedbackLink>}
    >
      <p className={styles.note}>{t('tab.feedback.myData.intro')}</p>
      {data.status === 'loading' && <Loading />}
      {data.status === 'error' && <LoadError error={data.error} onRetry={data.retry} />}
      {data.status === 'ready' && (
        <>
          <PageSection heading={t('tab.feedback.myData.asSubject')}>
            {data.data.asSubject.length === 0 && (
              <p className={styles.note}>{t('tab.feedback.myData.none')}</p>
            )}
            {data.data.asSubject.map((entry) => (
              <div key={entry.cycleId} className={styles.cycle}>
                <DataTable
                  caption={t('tab.feedback.myData.nominations', { cycle: entry.cycleName })}
                  columns={[
                    t('tab.feedback.myData.rater'),
                    t('tab.feedback.myData.group'),
                    t('tab.feedback.myData.state'),
                    t('tab.feedback.myData.source'),
                  ]}
                  rows={entry.nominations.map((nomination) => ({
                    key: String(nomination.id),
                    header: nomination.rater.displayName,
                    cells: [
                      t(`tab.feedback.group.${nomination.group}`),
                      nomination.declineReason === null
                        ? t(`tab.feedback.raterState.${nomination.state}`)
                        : t('tab.feedback.raterState.declinedWith', { reason: nomination.declineReason }),
                      t(`tab.feedback.source.${nomination.source}`),
                    ],
                  }))}
                />
                {entry.goals.length > 0 && (
                  <ul
                    className={styles.list}
                    aria-label={t('tab.feedback.myData.goals', { cycle: entry.cycleName })}
                  >
                    {entry.goals.map((goal) => (
                      <li key={goal.id}>
                        {goal.dueDate === null
                          ? goal.text
                          : t('tab.feedback.myData.goalDue', {
                              text: goal.text,
                              date: dateText(locale, goal.dueDate),
                            })}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ))}
          </PageSection>
          <PageSection heading={t('tab.feedback.myData.asRater')}>
            {data.data.asRater.length === 0 ? (
              <p className={styles.note}>{t('tab.feedback.myData.none')}</p>
            ) : (
              <DataTable
                caption={t('tab.feedback.myData.forms')}
                columns={[
                  t('tab.feedback.mine.form.subject'),
                  t('tab.feedback.mine.form.group'),
                  t('tab.feedback.mine.form.cycle'),
                  t('tab.feedback.myData.answer'),
                ]}
                rows={data.data.asRater.map((form) => ({
                  key: `${form.cycleId}-${form.subjectId}`,
                  header: form.subject.displayName,
                  cells: [
                    t(`tab.feedback.group.${form.group}`),
                    form.cycleName,
                    t(
                      form.declined
                        ? 'tab.feedback.myData.answerDeclined'
                        : form.done
                          ? 'tab.feedback.myData.answerStored'
                          : 'tab.feedback.myData.answerNone',
                    ),
                  ],
                }))}
              />
            )}
          </PageSection>
        </>
      )}
    </PageFrame>
  );
}
