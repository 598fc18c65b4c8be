import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { samePerson, type AnonymousGroup, type PersonRef } from '@kvalita/core';
import { useState } from 'react';
import { DataTable } from '../../platform/components/DataTable';
import { errorText } from '../../platform/components/error-text';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { useI18n } from '../../platform/i18n/i18n-context';
import { FeedbackLink } from '../parts/FeedbackLink';
import { PageFrame } from '../../platform/components/PageFrame';
import { PageSection } from '../parts/PageSection';
import { countsOf, declinedOf, fixedOf, refusalOf, rulesOf } from './nomination-list';
import type { NominationPageProps } from './NominationPage.types';
import { RaterGroupPanel } from './RaterGroupPanel';
import { Suggestions } from './Suggestions';
import { useNominations, type NominationMessage } from './use-nominations';

const useStyles = makeStyles({
  note: { margin: 0, maxWidth: '48rem' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** What the page says after a step, in the language on screen. */
function messageText(message: NominationMessage, t: ReturnType<typeof useI18n>['t']): string {
  return message.kind === 'error'
    ? errorText(message.error, t)
    : t(`tab.feedback.nominations.said.${message.kind}`);
}

/**
 * A subject's raters. The subject picks peers and others (people search or the suggestions, with
 * their load) while nominations are open and submits the list; their manager (or the coordinator)
 * changes and approves it. Each group's count is set against the cycle's min and max; self and the
 * manager are automatic; declines are listed with their reasons.
 */
export function NominationPage({ api, me, cycleId, subjectId }: NominationPageProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const nominations = useNominations(api, cycleId, subjectId);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [countProblem, setCountProblem] = useState(false);
  const { state, chosen, setChosen, busy, message, send } = nominations;
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadError error={state.error} onRetry={nominations.retry} />;
  const { reply } = state;
  const { subject, allowed } = reply;
  const mine = samePerson(me.email, subject.person.email);
  const editable = allowed.includes('propose') || allowed.includes('change');
  const counts = countsOf(chosen, rulesOf(reply));
  const outside = counts.filter((count) => count.count < count.rule.min || count.count > count.rule.max);
  const add = (person: PersonRef, group: AnonymousGroup) => {
    const why = refusalOf(reply, chosen, person.email);
    if (why !== null)
      return setRefusal(t(`tab.feedback.nominations.refused.${why}`, { name: person.displayName }));
    setRefusal(null);
    setCountProblem(false);
    setChosen([...chosen, { person, group, stored: null }]);
  };
  const step = (which: 'save' | 'submit' | 'approve') => {
    if (which !== 'save' && outside.length > 0) return setCountProblem(true);
    setCountProblem(false);
    void send(which);
  };
  const declined = declinedOf(reply);
  return (
    <PageFrame
      heading={
        mine
          ? t('tab.feedback.nominations.mineHeading')
          : t('tab.feedback.nominations.heading', { name: subject.person.displayName })
      }
      actions={<FeedbackLink to={{ page: 'mine' }}>{t('tab.feedback.myData.back')}</FeedbackLink>}
    >
      <p className={styles.note}>
        {t('tab.feedback.nominations.state', {
          state: t(`tab.feedback.nominationState.${subject.nominationState}`),
        })}{' '}
        {t(
          allowed.includes('propose')
            ? 'tab.feedback.nominations.howSubject'
            : allowed.includes('approve')
              ? 'tab.feedback.nominations.howManager'
              : 'tab.feedback.nominations.readOnly',
        )}
      </p>
      <DataTable
        caption={t('tab.feedback.nominations.fixed')}
        columns={[t('tab.feedback.myData.rater'), t('tab.feedback.myData.group')]}
        rows={fixedOf(reply).map((nomination) => ({
          key: String(nomination.id),
          header: nomination.rater.displayName,
          cells: [t(`tab.feedback.group.${nomination.group}`)],
        }))}
      />
      {counts.map((count) => (
        <RaterGroupPanel
          key={count.group}
          api={api}
          count={count}
          raters={chosen.filter((rater) => rater.group === count.group)}
          editable={editable}
          onAdd={add}
          onRemove={(rater) => setChosen(chosen.filter((other) => other !== rater))}
        />
      ))}
      <div role="status">{refusal}</div>
      {editable && <Suggestions suggestions={reply.suggestions} chosen={chosen} onAdd={add} />}
      {declined.length > 0 && (
        <PageSection heading={t('tab.feedback.nominations.declined', { count: declined.length })}>
          <ul className={styles.list}>
            {declined.map((nomination) => (
              <li key={nomination.id}>
                {t('tab.feedback.nominations.declinedLine', {
                  name: nomination.rater.displayName,
                  group: t(`tab.feedback.group.${nomination.group}`),
                  reason: nomination.declineReason ?? t('tab.feedback.nominations.noReason'),
                })}
              </li>
            ))}
          </ul>
        </PageSection>
      )}
      {countProblem && (
        <div role="alert">
          <p className={styles.error}>{t('tab.feedback.nominations.countsFirst')}</p>
          <ul className={styles.list}>
            {outside.map((count) => (
              <li key={count.group}>
                {t('tab.feedback.cycle.count', {
                  group: t(`tab.feedback.group.${count.group}`),
                  count: count.count,
                  min: count.rule.min,
                  max: count.rule.max,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {message !== null && (
        <MessageBar
          layout="multiline"
          intent={message.kind === 'error' ? 'error' : message.kind === 'stale' ? 'warning' : 'success'}
        >
          <MessageBarBody>{messageText(message, t)}</MessageBarBody>
        </MessageBar>
      )}
      {editable && (
        <div className={styles.buttons}>
          {allowed.includes('submit') && (
            <Button appearance="primary" disabled={busy} onClick={() => step('submit')}>
              {t('tab.feedback.nominations.submit')}
            </Button>
          )}
          {allowed.includes('approve') && (
            <Button appearance="primary" disabled={busy} onClick={() => step('approve')}>
              {t('tab.feedback.nominations.approve')}
            </Button>
          )}
          <Button disabled={busy} onClick={() => step('save')}>
            {t('tab.feedback.nominations.save')}
          </Button>
        </div>
      )}
    </PageFrame>
  );
}
