import { Button, Checkbox, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Campaign, EvaluationSummary, FindingReply } from '@kvalita/core';
import { useCallback, useState } from 'react';
import type { ApiClient } from '../../platform/api/api.types';
import { PlainSelect } from '../../platform/components/PlainSelect';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { percentText, weekText } from '../mystery-text';
import { ActionError } from '../../platform/components/ActionError';
import { useAction } from '../parts/use-action';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalL,
    margin: 0,
    maxWidth: '48rem',
  },
  list: { display: 'flex', flexDirection: 'column', maxHeight: '16rem', overflowY: 'auto' },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
});

/**
 * A finding from the workshop with a department, turned into a measure: what was found, on which
 * released sheets and checklist items it rests, corrective or preventive, by when. The department's
 * head owns the measure in the register.
 */
export function FindingForm({
  api,
  campaign,
  sheets,
  name,
  onCreated,
}: {
  readonly api: ApiClient;
  readonly campaign: Campaign;
  readonly sheets: readonly EvaluationSummary[];
  readonly name: (code: string) => string;
  readonly onCreated: (reply: FindingReply) => void;
}) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const action = useAction();
  const [departmentCode, setDepartment] = useState(campaign.departmentCodes[0] ?? '');
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState('');
  const [kind, setKind] = useState<'corrective' | 'preventive'>('corrective');
  const [chosen, setChosen] = useState<number[]>([]);
  const [items, setItems] = useState<string[]>([]);
  const [deadline, setDeadline] = useState('');
  const results = useLoad(
    useCallback(
      (signal: AbortSignal) => api.getMysteryResults(campaign.id, departmentCode, signal),
      [api, campaign.id, departmentCode],
    ),
  );
  const released = sheets.filter(
    (sheet) =>
      sheet.departmentCode === departmentCode && (sheet.status === 'released' || sheet.status === 'locked'),
  );
  const failing =
    results.status === 'ready' ? results.data.results.items.filter((item) => item.no + item.partly > 0) : [];
  const toggle = <T,>(list: readonly T[], value: T, on: boolean) =>
    on ? [...list, value] : list.filter((one) => one !== value);
  const create = async () => {
    const reply = await action.run(() =>
      api.createFinding(campaign.id, {
        departmentCode,
        title,
        problem,
        kind,
        evaluationIds: chosen,
        itemKeys: items,
        deadline,
        subcriterionCode: null,
      }),
    );
    if (reply) {
      setTitle('');
      setProblem('');
      setChosen([]);
      setItems([]);
      onCreated(reply);
    }
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void create();
      }}
    >
      <fieldset className={styles.form}>
        <legend>{t('tab.mystery.findings.new')}</legend>
        <div className={styles.row}>
          <PlainSelect
            label={t('tab.mystery.campaign.department')}
            value={departmentCode}
            onChange={(value) => {
              setDepartment(value);
              setChosen([]);
              setItems([]);
            }}
          >
            {campaign.departmentCodes.map((code) => (
              <option key={code} value={code}>
                {name(code)}
              </option>
            ))}
          </PlainSelect>
          <PlainSelect
            label={t('tab.mystery.findings.kind')}
            value={kind}
            onChange={(value) => setKind(value as 'corrective' | 'preventive')}
          >
            <option value="corrective">{t('tab.mystery.findings.corrective')}</option>
            <option value="preventive">{t('tab.mystery.findings.preventive')}</option>
          </PlainSelect>
          <Field label={t('tab.mystery.findings.deadline')} required>
            <Input type="date" value={deadline} onChange={(_, data) => setDeadline(data.value)} />
          </Field>
        </div>
        <Field label={t('tab.mystery.findings.title')} required>
          <Input value={title} onChange={(_, data) => setTitle(data.value)} />
        </Field>
        <Field label={t('tab.mystery.findings.problem')} required>
          <Textarea value={problem} onChange={(_, data) => setProblem(data.value)} />
        </Field>
        <fieldset className={styles.form}>
          <legend>{t('tab.mystery.findings.items')}</legend>
          <div className={styles.list}>
            {failing.map((item) => (
              <Checkbox
                key={`${item.channel}-${item.key}`}
                label={t('tab.mystery.findings.itemLabel', {
                  text: item.text,
                  channel: t(`tab.mystery.channel.${item.channel}`),
                  rate: percentText(locale, 100 * item.failureRate),
                })}
                checked={items.includes(item.key)}
                onChange={(_, data) =>
                  setItems((current) => toggle(current, item.key, data.checked === true))
                }
              />
            ))}
          </div>
        </fieldset>
        <fieldset className={styles.form}>
          <legend>{t('tab.mystery.findings.evaluations')}</legend>
          {released.length === 0 ? (
            <p>{t('tab.mystery.findings.noReleased')}</p>
          ) : (
            <div className={styles.list}>
              {released.map((sheet) => (
                <Checkbox
                  key={sheet.id}
                  label={t('tab.mystery.findings.sheetLabel', {
                    week: weekText(locale, sheet.week),
                    channel: t(`tab.mystery.channel.${sheet.channel}`),
                    score: percentText(locale, sheet.score),
                  })}
                  checked={chosen.includes(sheet.id)}
                  onChange={(_, data) =>
                    setChosen((current) => toggle(current, sheet.id, data.checked === true))
                  }
                />
              ))}
            </div>
          )}
        </fieldset>
        <ActionError text={action.error} />
        <div>
          <Button
            appearance="primary"
            type="submit"
            disabled={action.busy || chosen.length === 0 || title.trim() === '' || deadline === ''}
          >
            {t('tab.mystery.findings.create')}
          </Button>
        </div>
      </fieldset>
    </form>
  );
}
