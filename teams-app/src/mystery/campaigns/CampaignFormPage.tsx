import { Button, Checkbox, Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import {
  MYSTERY_CHANNELS,
  SCENARIO_KINDS,
  campaignChannels,
  type CampaignDraft,
  type ChecklistSummary,
  type MysteryChannel,
  type Scenario,
  type ScenarioKind,
  type ServicePoint,
} from '@kvalita/core';
import { useCallback, useState } from 'react';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { PageFrame } from '../../platform/components/PageFrame';
import { PlainSelect } from '../../platform/components/PlainSelect';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import type { MysteryPageProps } from '../mystery.types';
import { ActionError } from '../../platform/components/ActionError';
import { useAction } from '../parts/use-action';
import { draftToSend, emptyCampaign, keyFrom, quotaOf, withQuota } from './campaign-form';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '60rem' },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalL,
    margin: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingInline: tokens.spacingHorizontalXS },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlockEnd: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

const today = () => new Date().toISOString().slice(0, 10);

/** Sets up a campaign (or edits one in preparation): period, departments, service points, quotas, scenarios, checklists, evaluators, staff notice. */
export function CampaignFormPage({
  api,
  go,
  campaignId,
}: MysteryPageProps & { readonly campaignId: number | null }) {
  const loaded = useLoad(
    useCallback(
      async (signal: AbortSignal) => {
        const [departments, checklists, current] = await Promise.all([
          api.getDepartments(signal),
          api.listChecklists(signal),
          campaignId === null ? Promise.resolve(null) : api.getCampaign(campaignId, signal),
        ]);
        return { departments, checklists: checklists.items, current };
      },
      [api, campaignId],
    ),
  );
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'error') return <LoadError error={loaded.error} onRetry={loaded.retry} />;
  return (
    <CampaignForm
      api={api}
      go={go}
      campaignId={campaignId}
      departments={loaded.data.departments}
      checklists={loaded.data.checklists}
      initial={loaded.data.current?.campaign ?? null}
    />
  );
}

function CampaignForm({
  api,
  go,
  campaignId,
  departments,
  checklists,
  initial,
}: Pick<MysteryPageProps, 'api' | 'go'> & {
  readonly campaignId: number | null;
  readonly departments: readonly { readonly code: string; readonly name: string }[];
  readonly checklists: readonly ChecklistSummary[];
  readonly initial: (CampaignDraft & { readonly etag: string }) | null;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const [draft, setDraft] = useState<CampaignDraft>(initial ?? emptyCampaign(today()));
  const [evaluators, setEvaluators] = useState((initial?.evaluatorEmails ?? []).join('\n'));
  const action = useAction();
  const set = (change: Partial<CampaignDraft>) => setDraft((current) => ({ ...current, ...change }));
  const nameOf = (code: string) => departments.find((one) => one.code === code)?.name ?? code;
  const channels = campaignChannels(draft);
  const save = async () => {
    const body = draftToSend(draft, evaluators);
    const reply = await action.run(() =>
      campaignId === null || initial === null
        ? api.createCampaign({ draft: body })
        : api.editCampaign(campaignId, { etag: initial.etag, draft: body }),
    );
    if (reply)
      go(
        { page: 'campaign', campaignId: reply.campaign.id, section: 'overview' },
        'tab.mystery.campaign.saved',
      );
  };
  const setPoint = (index: number, change: Partial<ServicePoint>) =>
    set({
      servicePoints: draft.servicePoints.map((point, at) => (at === index ? { ...point, ...change } : point)),
    });
  const setScenario = (index: number, change: Partial<Scenario>) =>
    set({
      scenarios: draft.scenarios.map((scenario, at) =>
        at === index ? { ...scenario, ...change } : scenario,
      ),
    });
  return (
    <PageFrame
      heading={
        campaignId === null
          ? t('tab.mystery.form.newHeading')
          : t('tab.mystery.form.editHeading', { name: draft.name })
      }
    >
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Field label={t('tab.mystery.form.name')} required>
          <Input value={draft.name} onChange={(_, data) => set({ name: data.value })} />
        </Field>
        <Field label={t('tab.mystery.form.description')}>
          <Textarea value={draft.description} onChange={(_, data) => set({ description: data.value })} />
        </Field>
        <div className={styles.row}>
          <Field label={t('tab.mystery.form.start')} required>
            <Input
              type="date"
              value={draft.startDate}
              onChange={(_, data) => set({ startDate: data.value })}
            />
          </Field>
          <Field label={t('tab.mystery.form.end')} required>
            <Input type="date" value={draft.endDate} onChange={(_, data) => set({ endDate: data.value })} />
          </Field>
          <Field label={t('tab.mystery.form.lockout')} hint={t('tab.mystery.form.lockoutHint')}>
            <Input
              type="number"
              min={0}
              max={365}
              value={String(draft.lockoutDays)}
              onChange={(_, data) => set({ lockoutDays: Number(data.value) || 0 })}
            />
          </Field>
        </div>
        <fieldset className={styles.group}>
          <legend className={styles.legend}>{t('tab.mystery.form.departments')}</legend>
          <div className={styles.row}>
            {departments.map((department) => (
              <Checkbox
                key={department.code}
                label={department.name}
                checked={draft.departmentCodes.includes(department.code)}
                onChange={(_, data) =>
                  set({
                    departmentCodes: data.checked
                      ? [...draft.departmentCodes, department.code]
                      : draft.departmentCodes.filter((code) => code !== department.code),
                  })
                }
              />
            ))}
          </div>
        </fieldset>
        <fieldset className={styles.group}>
          <legend className={styles.legend}>{t('tab.mystery.form.servicePoints')}</legend>
          {draft.servicePoints.map((point, index) => (
            <div key={point.key} className={styles.row}>
              <PlainSelect
                label={t('tab.mystery.campaign.department')}
                value={point.departmentCode}
                onChange={(value) => setPoint(index, { departmentCode: value })}
              >
                {draft.departmentCodes.map((code) => (
                  <option key={code} value={code}>
                    {nameOf(code)}
                  </option>
                ))}
              </PlainSelect>
              <PlainSelect
                label={t('tab.mystery.campaign.channel')}
                value={point.channel}
                onChange={(value) => setPoint(index, { channel: value as MysteryChannel })}
              >
                {MYSTERY_CHANNELS.map((channel) => (
                  <option key={channel} value={channel}>
                    {t(`tab.mystery.channel.${channel}`)}
                  </option>
                ))}
              </PlainSelect>
              <Field label={t('tab.mystery.form.pointName')}>
                <Input value={point.name} onChange={(_, data) => setPoint(index, { name: data.value })} />
              </Field>
              <Button
                onClick={() => set({ servicePoints: draft.servicePoints.filter((_, at) => at !== index) })}
              >
                {t('tab.mystery.form.remove')}
              </Button>
            </div>
          ))}
          <div>
            <Button
              disabled={draft.departmentCodes.length === 0}
              onClick={() => {
                const departmentCode = draft.departmentCodes[0]!;
                const key = keyFrom(
                  `${departmentCode}-visit`,
                  draft.servicePoints.map((point) => point.key),
                );
                set({
                  servicePoints: [
                    ...draft.servicePoints,
                    { key, departmentCode, channel: 'visit', name: '' },
                  ],
                });
              }}
            >
              {t('tab.mystery.form.addPoint')}
            </Button>
          </div>
        </fieldset>
        {draft.servicePoints.length > 0 && (
          <fieldset className={styles.group}>
            <legend className={styles.legend}>{t('tab.mystery.form.quotas')}</legend>
            <div className={styles.row}>
              {[
                ...new Set(draft.servicePoints.map((point) => `${point.departmentCode}|${point.channel}`)),
              ].map((pair) => {
                const [code, channel] = pair.split('|') as [string, MysteryChannel];
                return (
                  <Field key={pair} label={`${nameOf(code)} – ${t(`tab.mystery.channel.${channel}`)}`}>
                    <Input
                      type="number"
                      min={0}
                      value={String(quotaOf(draft, code, channel))}
                      onChange={(_, data) =>
                        setDraft((current) =>
                          withQuota(current, code, channel, Math.max(0, Number(data.value) || 0)),
                        )
                      }
                    />
                  </Field>
                );
              })}
            </div>
          </fieldset>
        )}
        {channels.length > 0 && (
          <fieldset className={styles.group}>
            <legend className={styles.legend}>{t('tab.mystery.form.checklists')}</legend>
            <div className={styles.row}>
              {channels.map((channel) => (
                <PlainSelect
                  key={channel}
                  label={t(`tab.mystery.channel.${channel}`)}
                  value={String(draft.checklistIds[channel] ?? '')}
                  onChange={(value) =>
                    set({ checklistIds: { ...draft.checklistIds, [channel]: Number(value) } })
                  }
                >
                  <option value="">{t('tab.mystery.form.chooseChecklist')}</option>
                  {checklists
                    .filter((checklist) => checklist.channel === channel && !checklist.superseded)
                    .map((checklist) => (
                      <option key={checklist.id} value={checklist.id}>
                        {t('tab.mystery.checklists.versionName', {
                          name: checklist.name,
                          version: checklist.version,
                        })}
                      </option>
                    ))}
                </PlainSelect>
              ))}
            </div>
          </fieldset>
        )}
        <fieldset className={styles.group}>
          <legend className={styles.legend}>{t('tab.mystery.form.scenarios')}</legend>
          {draft.scenarios.map((scenario, index) => (
            <div key={scenario.key} className={styles.item}>
              <div className={styles.row}>
                <Field label={t('tab.mystery.form.scenarioTitle')}>
                  <Input
                    value={scenario.title}
                    onChange={(_, data) => setScenario(index, { title: data.value })}
                  />
                </Field>
                <PlainSelect
                  label={t('tab.mystery.form.scenarioKind')}
                  value={scenario.kind}
                  onChange={(value) => setScenario(index, { kind: value as ScenarioKind })}
                >
                  {SCENARIO_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`tab.mystery.scenarioKind.${kind}`)}
                    </option>
                  ))}
                </PlainSelect>
                <Field label={t('tab.mystery.form.deadlineHours')} hint={t('tab.mystery.form.deadlineHint')}>
                  <Input
                    type="number"
                    min={1}
                    value={scenario.deadlineHours === null ? '' : String(scenario.deadlineHours)}
                    onChange={(_, data) =>
                      setScenario(index, { deadlineHours: data.value === '' ? null : Number(data.value) })
                    }
                  />
                </Field>
              </div>
              <div
                className={styles.row}
                role="group"
                aria-label={t('tab.mystery.form.scenarioChannels', { title: scenario.title })}
              >
                {MYSTERY_CHANNELS.map((channel) => (
                  <Checkbox
                    key={channel}
                    label={t(`tab.mystery.channel.${channel}`)}
                    checked={scenario.channels.includes(channel)}
                    onChange={(_, data) =>
                      setScenario(index, {
                        channels: data.checked
                          ? [...scenario.channels, channel]
                          : scenario.channels.filter((one) => one !== channel),
                      })
                    }
                  />
                ))}
              </div>
              <Field label={t('tab.mystery.form.situation')}>
                <Textarea
                  value={scenario.situation}
                  onChange={(_, data) => setScenario(index, { situation: data.value })}
                />
              </Field>
              <Field label={t('tab.mystery.form.expectedAnswer')}>
                <Textarea
                  value={scenario.expectedAnswer}
                  onChange={(_, data) => setScenario(index, { expectedAnswer: data.value })}
                />
              </Field>
              <div>
                <Button onClick={() => set({ scenarios: draft.scenarios.filter((_, at) => at !== index) })}>
                  {t('tab.mystery.form.remove')}
                </Button>
              </div>
            </div>
          ))}
          <div>
            <Button
              onClick={() =>
                set({
                  scenarios: [
                    ...draft.scenarios,
                    {
                      key: keyFrom(
                        `scenar-${draft.scenarios.length + 1}`,
                        draft.scenarios.map((one) => one.key),
                      ),
                      title: '',
                      kind: 'question',
                      channels: ['visit'],
                      situation: '',
                      expectedAnswer: '',
                      deadlineHours: null,
                    },
                  ],
                })
              }
            >
              {t('tab.mystery.form.addScenario')}
            </Button>
          </div>
        </fieldset>
        <Field label={t('tab.mystery.form.evaluators')} hint={t('tab.mystery.form.evaluatorsHint')}>
          <Textarea value={evaluators} onChange={(_, data) => setEvaluators(data.value)} />
        </Field>
        <fieldset className={styles.group}>
          <legend className={styles.legend}>{t('tab.mystery.campaign.staffNotice')}</legend>
          <div className={styles.row}>
            <Field label={t('tab.mystery.form.informedOn')} hint={t('tab.mystery.form.informedHint')}>
              <Input
                type="date"
                value={draft.staffNotice.informedOn ?? ''}
                onChange={(_, data) =>
                  set({
                    staffNotice: { ...draft.staffNotice, informedOn: data.value === '' ? null : data.value },
                  })
                }
              />
            </Field>
            <Field label={t('tab.mystery.form.documentId')} hint={t('tab.mystery.form.documentHint')}>
              <Input
                type="number"
                min={1}
                value={draft.staffNotice.documentId === null ? '' : String(draft.staffNotice.documentId)}
                onChange={(_, data) =>
                  set({
                    staffNotice: {
                      ...draft.staffNotice,
                      documentId: data.value === '' ? null : Number(data.value),
                    },
                  })
                }
              />
            </Field>
          </div>
          <Field label={t('tab.mystery.form.noticeNote')}>
            <Textarea
              value={draft.staffNotice.note}
              onChange={(_, data) => set({ staffNotice: { ...draft.staffNotice, note: data.value } })}
            />
          </Field>
        </fieldset>
        <ActionError text={action.error} />
        <div className={styles.row}>
          <Button appearance="primary" type="submit" disabled={action.busy}>
            {t('tab.mystery.form.save')}
          </Button>
          <Button
            onClick={() =>
              go(
                campaignId === null
                  ? { page: 'campaigns' }
                  : { page: 'campaign', campaignId, section: 'overview' },
              )
            }
          >
            {t('tab.mystery.cancel')}
          </Button>
        </div>
      </form>
    </PageFrame>
  );
}
