import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { MyFeedbackReply } from '@kvalita/core';
import { DataTable } from '../../platform/components/DataTable';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { useI18n } from '../../platform/i18n/i18n-context';
import { dateText } from '../feedback-text';
import { FeedbackLink } from '../parts/FeedbackLink';
import { PageFrame } from '../../platform/components/PageFrame';
import { PageSection } from '../parts/PageSection';
import type { MyFeedbackPageProps } from './MyFeedbackPage.types';
import { useMyFeedback } from './use-my-feedback';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'grid',
    gap: tokens.spacingVerticalS,
  },
  note: { margin: 0, color: tokens.colorNeutralForeground2 },
});

type Form = MyFeedbackReply['forms'][number];

/**
 * "Moje 360": what the person must do (nominate raters, approve their reports' lists, the forms
 * they answer in chat, each with its state), the released reports they may read, and the way to
 * what Kvalita stores about them.
 */
export function MyFeedbackPage({ api, notice }: MyFeedbackPageProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const mine = useMyFeedback(api);
  const formState = (form: Form) =>
    form.declined ? (
      <Badge appearance="tint" color="subtle">
        {t('tab.feedback.mine.form.declined')}
      </Badge>
    ) : form.done ? (
      <Badge appearance="tint" color="success">
        {t('tab.feedback.mine.form.done')}
      </Badge>
    ) : (
      <Badge appearance="tint" color="warning">
        {t('tab.feedback.mine.form.open')}
      </Badge>
    );
  return (
    <PageFrame
      heading={t('tab.feedback.mine.heading')}
      notice={notice}
      actions={<FeedbackLink to={{ page: 'myData' }}>{t('tab.feedback.mine.myData')}</FeedbackLink>}
    >
      {mine.status === 'loading' && <Loading />}
      {mine.status === 'error' && <LoadError error={mine.error} onRetry={mine.retry} />}
      {mine.status === 'ready' && (
        <>
          <PageSection heading={t('tab.feedback.mine.nominate', { count: mine.data.toNominate.length })}>
            {mine.data.toNominate.length === 0 ? (
              <p className={styles.note}>{t('tab.feedback.mine.nothing')}</p>
            ) : (
              <ul className={styles.list}>
                {mine.data.toNominate.map((task) => (
                  <li key={`${task.cycleId}-${task.subjectId}`}>
                    <FeedbackLink
                      to={{ page: 'nominations', cycleId: task.cycleId, subjectId: task.subjectId }}
                    >
                      {t('tab.feedback.mine.nominateLink', { cycle: task.cycleName })}
                    </FeedbackLink>{' '}
                    {t('tab.feedback.mine.nominateState', {
                      state: t(`tab.feedback.nominationState.${task.state}`),
                      date: dateText(locale, task.deadline),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </PageSection>
          <PageSection heading={t('tab.feedback.mine.approve', { count: mine.data.toApprove.length })}>
            {mine.data.toApprove.length === 0 ? (
              <p className={styles.note}>{t('tab.feedback.mine.nothing')}</p>
            ) : (
              <ul className={styles.list}>
                {mine.data.toApprove.map((task) => (
                  <li key={`${task.cycleId}-${task.subjectId}`}>
                    <FeedbackLink
                      to={{ page: 'nominations', cycleId: task.cycleId, subjectId: task.subjectId }}
                    >
                      {t('tab.feedback.mine.approveLink', { name: task.subject.displayName })}
                    </FeedbackLink>{' '}
                    {t('tab.feedback.mine.approveDeadline', {
                      cycle: task.cycleName,
                      date: dateText(locale, task.deadline),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </PageSection>
          <PageSection heading={t('tab.feedback.mine.forms', { count: mine.data.forms.length })}>
            <p className={styles.note}>{t('tab.feedback.mine.formsInChat')}</p>
            {mine.data.forms.length > 0 && (
              <DataTable
                caption={t('tab.feedback.mine.formsCaption', {
                  done: mine.data.forms.filter((form) => form.done).length,
                  total: mine.data.forms.filter((form) => !form.declined).length,
                })}
                columns={[
                  t('tab.feedback.mine.form.subject'),
                  t('tab.feedback.mine.form.group'),
                  t('tab.feedback.mine.form.cycle'),
                  t('tab.feedback.mine.form.deadline'),
                  t('tab.feedback.mine.form.state'),
                ]}
                rows={mine.data.forms.map((form) => ({
                  key: `${form.cycleId}-${form.subjectId}`,
                  header: form.subject.displayName,
                  cells: [
                    t(`tab.feedback.group.${form.group}`),
                    form.cycleName,
                    dateText(locale, form.deadline),
                    formState(form),
                  ],
                }))}
              />
            )}
          </PageSection>
          <PageSection heading={t('tab.feedback.mine.reports', { count: mine.data.reports.length })}>
            {mine.data.reports.length === 0 ? (
              <p className={styles.note}>{t('tab.feedback.mine.noReports')}</p>
            ) : (
              <ul className={styles.list}>
                {mine.data.reports.map((entry) => (
                  <li key={`${entry.cycleId}-${entry.subjectId}`}>
                    <FeedbackLink to={{ page: 'report', cycleId: entry.cycleId, subjectId: entry.subjectId }}>
                      {t('tab.feedback.mine.reportLink', {
                        name: entry.subject.displayName,
                        cycle: entry.cycleName,
                      })}
                    </FeedbackLink>{' '}
                    {t('tab.feedback.mine.releasedOn', { date: dateText(locale, entry.releasedAt) })}
                  </li>
                ))}
              </ul>
            )}
          </PageSection>
        </>
      )}
    </PageFrame>
  );
}
