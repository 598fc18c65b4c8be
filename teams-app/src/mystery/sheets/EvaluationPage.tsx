import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  CHANNEL_MEASUREMENTS,
  CHECKLIST_SECTIONS,
  WRITTEN_CHANNELS,
  personalNameWarnings,
  recordNotes,
  scoreEvaluation,
  type EvaluationActRequest,
  type EvaluationRecord,
  type EvaluationReply,
} from '@kvalita/core';
import { useCallback, useState } from 'react';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { PageFrame } from '../../platform/components/PageFrame';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { dateTimeText, percentText, weekText } from '../mystery-text';
import type { MysteryPageProps } from '../mystery.types';
import { ActionError } from '../../platform/components/ActionError';
import { useAction } from '../parts/use-action';
import { FilesPanel } from './FilesPanel';
import { ItemField } from './ItemField';
import { ReviewPanel } from './ReviewPanel';
import { fromLocalInput, localInput, numberOrNull, withItem } from './record-form';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '48rem',
    width: '100%',
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: 0,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: tokens.spacingHorizontalXS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  scenario: { margin: 0, whiteSpace: 'pre-line' },
  sticky: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

/**
 * One sheet. For its evaluator, the form (made for a phone: one column, large targets, the save
 * bar at hand): the scenario, every checklist item by section, the channel's measured values, the
 * times, notes and files, a standing reminder not to write names and a live flag of name-like
 * words. For the quality manager, the same read-only with the review steps; for a head, the
 * released sheet.
 */
export function EvaluationPage({
  api,
  go,
  evaluationId,
  notice,
}: MysteryPageProps & { readonly evaluationId: number }) {
  const loaded = useLoad(
    useCallback((signal: AbortSignal) => api.getEvaluation(evaluationId, signal), [api, evaluationId]),
  );
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <LoadError error={loaded.error} onRetry={loaded.retry} />;
  return <Sheet api={api} go={go} notice={notice} initial={loaded.data} />;
}

function Sheet({
  api,
  go,
  notice,
  initial,
}: Pick<MysteryPageProps, 'api' | 'go' | 'notice'> & { readonly initial: EvaluationReply }) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const [reply, setReply] = useState(initial);
  const [record, setRecord] = useState<EvaluationRecord>(initial.evaluation.record);
  const [said, setSaid] = useState<string | null>(notice);
  const action = useAction();
  const { evaluation, checklist, scenario, servicePoint, allowed } = reply;
  const editable = allowed.includes('record');
  const written = WRITTEN_CHANNELS.includes(evaluation.channel);
  const measurements = CHANNEL_MEASUREMENTS[evaluation.channel];
  const preview = scoreEvaluation(checklist, evaluation.channel, record, scenario, new Date());
  const warnings = [...new Set([...reply.nameWarnings, ...personalNameWarnings(recordNotes(record))])];
  const set = (change: Partial<EvaluationRecord>) => setRecord((current) => ({ ...current, ...change }));

  const save = async (): Promise<EvaluationReply | undefined> => {
    const saved = await action.run(() =>
      api.saveEvaluationRecord(evaluation.id, { etag: reply.evaluation.etag, record }),
    );
    if (saved) {
      setReply(saved);
      setRecord(saved.evaluation.record);
      setSaid(t('tab.mystery.sheet.saved'));
    }
    return saved;
  };
  const act = async (request: Omit<EvaluationActRequest, 'etag'>, etag = reply.evaluation.etag) => {
    const next = await action.run(() => api.actOnEvaluation(evaluation.id, { ...request, etag }));
    if (next === null)
      go(
        { page: 'campaign', campaignId: evaluation.campaignId, section: 'schedule' },
        'tab.mystery.sheet.cancelled',
      );
    else if (next) {
      setReply(next);
      setRecord(next.evaluation.record);
      setSaid(t(`tab.mystery.sheet.done.${request.action}`));
    }
  };
  const submit = async () => {
    const saved = await save();
    if (saved) await act({ action: 'submit' }, saved.evaluation.etag);
  };

  return (
    <PageFrame
      heading={t('tab.mystery.sheet.heading', { point: servicePoint.name })}
      notice={said}
      actions={
        <Button
          onClick={() =>
            go(
              allowed.includes('review') || allowed.includes('release')
                ? { page: 'campaign', campaignId: evaluation.campaignId, section: 'review' }
                : { page: 'mine' },
            )
          }
        >
          {t('tab.mystery.sheet.back')}
        </Button>
      }
    >
      <p>
        {t('tab.mystery.sheet.summary', {
          campaign: reply.campaignName,
          channel: t(`tab.mystery.channel.${evaluation.channel}`),
          week: weekText(locale, evaluation.week),
          status: t(`tab.mystery.status.${evaluation.status}`),
        })}
      </p>
      {evaluation.reviewComment !== '' && (
        <MessageBar intent={evaluation.status === 'excluded' ? 'error' : 'warning'} layout="multiline">
          <MessageBarBody>
            {t('tab.mystery.sheet.reviewComment', { comment: evaluation.reviewComment })}
          </MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.section} aria-labelledby="scenario-heading">
        <h2 id="scenario-heading">{scenario.title}</h2>
        <p className={styles.scenario}>{scenario.situation}</p>
        <p className={styles.scenario}>
          <strong>{t('tab.mystery.sheet.expected')}</strong> {scenario.expectedAnswer}
        </p>
        {scenario.deadlineHours !== null && (
          <p>{t('tab.mystery.sheet.deadline', { hours: scenario.deadlineHours })}</p>
        )}
      </section>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {editable && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t('tab.mystery.sheet.noNames')}</MessageBarBody>
          </MessageBar>
        )}
        {warnings.length > 0 && (
          <MessageBar intent="error" layout="multiline" role="status">
            <MessageBarBody>
              {t('tab.mystery.sheet.namesFound', { names: warnings.join(', ') })}
            </MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.row}>
          <Field label={written ? t('tab.mystery.sheet.sentAt') : t('tab.mystery.sheet.contactAt')} required>
            <Input
              type="datetime-local"
              disabled={!editable}
              value={localInput(record.contactAt)}
              onChange={(_, data) => set({ contactAt: fromLocalInput(data.value) })}
            />
          </Field>
          {written && (
            <Field label={t('tab.mystery.sheet.answeredAt')} hint={t('tab.mystery.sheet.answeredHint')}>
              <Input
                type="datetime-local"
                disabled={!editable}
                value={localInput(record.answeredAt)}
                onChange={(_, data) => set({ answeredAt: fromLocalInput(data.value) })}
              />
            </Field>
          )}
        </div>
        {CHECKLIST_SECTIONS.map((section) => {
          const items = checklist.items.filter((item) => item.section === section);
          if (items.length === 0) return null;
          return (
            <fieldset key={section} className={styles.section}>
              <legend className={styles.legend}>{t(`tab.mystery.section.${section}`)}</legend>
              {items.map((item) => (
                <ItemField
                  key={item.key}
                  item={item}
                  value={record.items[item.key] ?? { answer: null, note: '' }}
                  disabled={!editable}
                  onAnswer={(answer) => setRecord((current) => withItem(current, item.key, { answer }))}
                  onNote={(note) => setRecord((current) => withItem(current, item.key, { note }))}
                />
              ))}
            </fieldset>
          );
        })}
        <fieldset className={styles.section}>
          <legend className={styles.legend}>{t('tab.mystery.sheet.measured')}</legend>
          <div className={styles.row}>
            {measurements.includes('waitMinutes') && (
              <Field label={t('tab.mystery.measure.waitMinutes')}>
                <Input
                  type="number"
                  inputMode="numeric"
                  min={0}
                  disabled={!editable}
                  value={record.waitMinutes === null ? '' : String(record.waitMinutes)}
                  onChange={(_, data) => set({ waitMinutes: numberOrNull(data.value) })}
                />
              </Field>
            )}
            {measurements.includes('rings') && (
              <Field label={t('tab.mystery.measure.rings')}>
                <Input
                  type="number"
                  inputMode="numeric"
                  min={0}
                  disabled={!editable}
                  value={record.rings === null ? '' : String(record.rings)}
                  onChange={(_, data) => set({ rings: numberOrNull(data.value) })}
                />
              </Field>
            )}
            {measurements.includes('replyHours') && (
              <p>
                {t('tab.mystery.measure.replyHours', {
                  hours: preview.replyHours === null ? '—' : preview.replyHours,
                })}
              </p>
            )}
          </div>
          <Field label={t('tab.mystery.measure.answerCorrect')}>
            <RadioGroup
              layout="horizontal"
              disabled={!editable}
              value={record.answerCorrect === null ? 'unknown' : record.answerCorrect ? 'yes' : 'no'}
              onChange={(_, data) =>
                set({ answerCorrect: data.value === 'unknown' ? null : data.value === 'yes' })
              }
            >
              <Radio value="yes" label={t('tab.mystery.answer.yes')} />
              <Radio value="no" label={t('tab.mystery.answer.no')} />
              <Radio value="unknown" label={t('tab.mystery.measure.notStated')} />
            </RadioGroup>
          </Field>
        </fieldset>
        <Field label={t('tab.mystery.sheet.generalNote')}>
          <Textarea
            disabled={!editable}
            value={record.generalNote}
            onChange={(_, data) => set({ generalNote: data.value })}
          />
        </Field>
        <p aria-live="polite">
          {preview.failedCritical.length > 0
            ? t('tab.mystery.sheet.previewFailed', { raw: percentText(locale, preview.rawScore) })
            : t('tab.mystery.sheet.preview', { score: percentText(locale, preview.score) })}
          {preview.lateReply && ` ${t('tab.mystery.sheet.late')}`}
        </p>
        <ActionError text={action.error} />
        {editable && (
          <div className={styles.sticky}>
            <Button type="submit" disabled={action.busy}>
              {t('tab.mystery.sheet.save')}
            </Button>
            {allowed.includes('submit') && (
              <Button appearance="primary" disabled={action.busy} onClick={() => void submit()}>
                {t('tab.mystery.sheet.submit')}
              </Button>
            )}
          </div>
        )}
      </form>
      <FilesPanel api={api} evaluationId={evaluation.id} files={evaluation.files} editable={editable} />
      <ReviewPanel
        allowed={allowed}
        busy={action.busy}
        week={evaluation.week}
        onAct={(request) => void act(request)}
      />
      {evaluation.history.length > 0 && (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">{t('tab.mystery.sheet.history')}</h2>
          <ul>
            {evaluation.history.map((entry, index) => (
              <li key={index}>
                {dateTimeText(locale, entry.at)} – {t(`tab.mystery.status.${entry.status}`)}
                {entry.by !== null && entry.by.displayName !== '' && ` (${entry.by.displayName})`}
                {entry.comment !== '' && `: ${entry.comment}`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </PageFrame>
  );
}
