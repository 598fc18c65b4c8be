import {
  Button,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { formatDate, type PlanMeasure } from '@kvalita/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import type { CycleViewProps } from '../CafSection.types';
import { DataTable } from '../../platform/components/DataTable';
import { useModelIndex } from '../../platform/components/use-model-index';
import { PlaceLink } from '../../platform/navigation/PlaceLink';
import { MeasureDialog } from './MeasureDialog';
import { RegisterLink } from '../MeasureLink';
import type { MeasureRequest } from './MeasureDialog.types';

type Grouping = 'criterion' | 'owner';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
});

/** The improvement plan: the cycle's measures grouped by CAF criterion or by owner. */
export function PlanView({ api, cycle, place }: CycleViewProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const model = useModelIndex();
  const [grouping, setGrouping] = useState<Grouping>('criterion');
  const [request, setRequest] = useState<MeasureRequest | null>(null);
  const load = useCallback((signal: AbortSignal) => api.listMeasures(cycle.id, signal), [api, cycle.id]);
  const measures = useLoad(load);
  const notice = useRef<HTMLDivElement>(null);
  const linked = place.measureId;
  const ready = measures.status === 'ready';
  useEffect(() => {
    // A link to a measure lands on the words that say where it is.
    if (ready && linked !== null) notice.current?.focus();
  }, [ready, linked]);
  if (measures.status === 'loading') return <Loading />;
  if (measures.status === 'error') return <LoadError error={measures.error} onRetry={measures.retry} />;

  const groups = new Map<string, PlanMeasure[]>();
  for (const measure of measures.data) {
    const key =
      grouping === 'criterion'
        ? measure.criterion === null
          ? t('tab.caf.plan.noCriterion')
          : t('tab.model.criterion', {
              number: measure.criterion,
              title: model.criteria.find((criterion) => criterion.number === measure.criterion)?.title ?? '',
            })
        : (measure.ownerName ?? measure.ownerEmail ?? t('tab.caf.plan.noOwner'));
    groups.set(key, [...(groups.get(key) ?? []), measure]);
  }
  const linkedMeasure =
    linked === null ? null : (measures.data.find((measure) => measure.id === linked) ?? null);
  const sorted = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, locale, { numeric: true }));

  return (
    <div className={styles.root}>
      {cycle.permissions.createMeasures && (
        <div>
          <Button
            appearance="primary"
            onClick={() =>
              setRequest({ subcriterionCode: model.subcriteria[0]?.code ?? '1.1', description: '' })
            }
          >
            {t('tab.caf.plan.new')}
          </Button>
        </div>
      )}
      <RadioGroup
        layout="horizontal"
        aria-label={t('tab.caf.plan.groupBy')}
        value={grouping}
        onChange={(_event, data) => setGrouping(data.value === 'owner' ? 'owner' : 'criterion')}
      >
        <Radio value="criterion" label={t('tab.caf.plan.byCriterion')} />
        <Radio value="owner" label={t('tab.caf.plan.byOwner')} />
      </RadioGroup>
      {linked !== null && (
        <div ref={notice} tabIndex={-1}>
          <MessageBar intent={linkedMeasure === null ? 'warning' : 'info'} layout="multiline">
            <MessageBarBody>
              <span>
                {linkedMeasure === null
                  ? t('tab.caf.plan.missingMeasure')
                  : t('tab.caf.plan.linkedMeasure', { title: linkedMeasure.title })}
              </span>
              {linkedMeasure !== null && (
                <>
                  {' '}
                  <RegisterLink measureId={linkedMeasure.id}>
                    {t('tab.caf.measure.openInRegister')}
                  </RegisterLink>
                </>
              )}
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
      {measures.data.length === 0 && <p>{t('tab.caf.plan.empty')}</p>}
      {sorted.map(([group, items]) => (
        <DataTable
          key={group}
          caption={group}
          columns={[
            t('measures.column.title'),
            t('measures.column.kind'),
            t('measures.column.status'),
            grouping === 'criterion' ? t('measures.column.owner') : t('measures.column.subcriterion'),
            t('measures.column.deadline'),
          ]}
          rows={items.map((measure) => ({
            key: String(measure.id),
            header: (
              <PlaceLink to={{ ...place, page: 'plan', measureId: measure.id }}>{measure.title}</PlaceLink>
            ),
            current: measure.id === linked,
            cells: [
              t(`measures.kind.${measure.kind}`),
              t(`measures.status.${measure.status}`),
              grouping === 'criterion'
                ? (measure.ownerName ?? measure.ownerEmail ?? '—')
                : (measure.subcriterionCode ?? '—'),
              measure.deadline === null ? '—' : formatDate(locale, measure.deadline),
            ],
          }))}
        />
      ))}
      <MeasureDialog
        api={api}
        cycleId={cycle.id}
        request={request}
        onClose={() => setRequest(null)}
        onCreated={() => {
          setRequest(null);
          measures.retry();
        }}
      />
    </div>
  );
}
