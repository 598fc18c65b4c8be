import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { isoWeekOf, type Campaign, type PlanEvaluationsReply } from '@kvalita/core';
import { useState } from 'react';
import type { ApiClient } from '../../platform/api/api.types';
import { PlainSelect } from '../../platform/components/PlainSelect';
import { useI18n } from '../../platform/i18n/i18n-context';
import { ActionError } from '../../platform/components/ActionError';
import { useAction } from '../parts/use-action';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalL,
    margin: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * Plans one evaluation: a department's service point, a scenario for its channel, an evaluator and a
 * week. The service checks the lockout and the own-department rule and says which was broken.
 */
export function PlanForm({
  api,
  campaign,
  name,
  onPlanned,
}: {
  readonly api: ApiClient;
  readonly campaign: Campaign;
  readonly name: (code: string) => string;
  readonly onPlanned: (reply: PlanEvaluationsReply) => void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const action = useAction();
  const [departmentCode, setDepartment] = useState(campaign.departmentCodes[0] ?? '');
  const points = campaign.servicePoints.filter((point) => point.departmentCode === departmentCode);
  const [pointKey, setPoint] = useState(points[0]?.key ?? '');
  const point = points.find((one) => one.key === pointKey) ?? points[0];
  const scenarios = campaign.scenarios.filter(
    (scenario) => point !== undefined && scenario.channels.includes(point.channel),
  );
  const [scenarioKey, setScenario] = useState('');
  const scenario = scenarios.find((one) => one.key === scenarioKey) ?? scenarios[0];
  const [evaluator, setEvaluator] = useState(campaign.evaluatorEmails[0] ?? '');
  const [week, setWeek] = useState(isoWeekOf(new Date().toISOString()));
  const plan = async () => {
    if (!point || !scenario) return;
    const reply = await action.run(() =>
      api.planEvaluations(campaign.id, {
        etag: campaign.etag,
        plans: [
          {
            departmentCode,
            servicePointKey: point.key,
            scenarioKey: scenario.key,
            evaluatorEmail: evaluator,
            week,
          },
        ],
      }),
    );
    if (reply) onPlanned(reply);
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void plan();
      }}
    >
      <fieldset className={styles.form}>
        <legend className={styles.legend}>{t('tab.mystery.schedule.plan')}</legend>
        <PlainSelect
          label={t('tab.mystery.campaign.department')}
          value={departmentCode}
          onChange={(value) => {
            setDepartment(value);
            setPoint(campaign.servicePoints.find((one) => one.departmentCode === value)?.key ?? '');
          }}
        >
          {campaign.departmentCodes.map((code) => (
            <option key={code} value={code}>
              {name(code)}
            </option>
          ))}
        </PlainSelect>
        <PlainSelect label={t('tab.mystery.sheet.servicePoint')} value={point?.key ?? ''} onChange={setPoint}>
          {points.map((one) => (
            <option key={one.key} value={one.key}>
              {`${one.name} (${t(`tab.mystery.channel.${one.channel}`)})`}
            </option>
          ))}
        </PlainSelect>
        <PlainSelect
          label={t('tab.mystery.sheet.scenario')}
          value={scenario?.key ?? ''}
          onChange={setScenario}
        >
          {scenarios.map((one) => (
            <option key={one.key} value={one.key}>
              {one.title}
            </option>
          ))}
        </PlainSelect>
        <PlainSelect label={t('tab.mystery.sheet.evaluator')} value={evaluator} onChange={setEvaluator}>
          {campaign.evaluatorEmails.map((email) => (
            <option key={email} value={email}>
              {email}
            </option>
          ))}
        </PlainSelect>
        <Field label={t('tab.mystery.sheet.week')} hint={t('tab.mystery.schedule.weekHint')}>
          <Input type="week" value={week} onChange={(_, data) => setWeek(data.value)} />
        </Field>
        <Button
          appearance="primary"
          type="submit"
          disabled={action.busy || !point || !scenario || evaluator === ''}
        >
          {t('tab.mystery.schedule.planButton')}
        </Button>
      </fieldset>
      <ActionError text={action.error} />
    </form>
  );
}
