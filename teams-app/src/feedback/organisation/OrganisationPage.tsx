import { Field, Select } from '@fluentui/react-components';
import type { DepartmentOption, FeedbackCycleSummary, OrganisationReply } from '@kvalita/core';
import { useCallback } from 'react';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { PageFrame } from '../../platform/components/PageFrame';
import { PageSection } from '../parts/PageSection';
import { HeatMap } from './HeatMap';
import type { OrganisationPageProps } from './OrganisationPage.types';
import { TrendTable } from './TrendTable';

interface Organisation {
  readonly released: readonly FeedbackCycleSummary[];
  readonly reply: OrganisationReply | null;
  readonly departments: readonly DepartmentOption[];
}

/**
 * The organisation view: a released cycle's heat map of competency by department (suppressed
 * aggregates only, hidden departments named) and the office's trend across cycles.
 */
export function OrganisationPage({ api, go, cycleId }: OrganisationPageProps) {
  const { t } = useI18n();
  const load = useCallback(
    async (signal: AbortSignal): Promise<Organisation> => {
      const [cycles, departments] = await Promise.all([
        api.listFeedbackCycles(signal),
        api.getDepartments(signal).catch(() => []),
      ]);
      const released = cycles.items.filter((cycle) => cycle.phase === 'released');
      const shown = cycleId ?? released[0]?.id ?? null;
      const reply = shown === null ? null : await api.getFeedbackOrganisation(shown, signal);
      return { released, reply, departments };
    },
    [api, cycleId],
  );
  const organisation = useLoad(load);
  return (
    <PageFrame heading={t('tab.feedback.organisation.heading')}>
      {organisation.status === 'loading' && <Loading />}
      {organisation.status === 'error' && (
        <LoadError error={organisation.error} onRetry={organisation.retry} />
      )}
      {organisation.status === 'ready' && organisation.data.reply === null && (
        <p>{t('tab.feedback.organisation.noCycle')}</p>
      )}
      {organisation.status === 'ready' && organisation.data.reply !== null && (
        <>
          {organisation.data.released.length > 1 && (
            <Field label={t('tab.feedback.organisation.cycle')}>
              <Select
                value={String(organisation.data.reply.cycleId)}
                onChange={(_e, data) => go({ page: 'organisation', cycleId: Number(data.value) })}
              >
                {organisation.data.released.map((cycle) => (
                  <option key={cycle.id} value={String(cycle.id)}>
                    {cycle.name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <PageSection heading={t('tab.feedback.organisation.heatHeading')}>
            <HeatMap reply={organisation.data.reply} departments={organisation.data.departments} />
          </PageSection>
          <PageSection heading={t('tab.feedback.organisation.trendHeading')}>
            <TrendTable reply={organisation.data.reply} />
          </PageSection>
        </>
      )}
    </PageFrame>
  );
}
