import { Button, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { cyclePlace, mayCreateCycle, type Me } from '@kvalita/core';
import type { ApiClient } from '../../platform/api/api.types';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { myRoleText, periodText, statusText } from '../caf-text';
import { DataTable } from '../../platform/components/DataTable';
import { PlaceLink } from '../../platform/navigation/PlaceLink';
import { CreateCycleForm } from './CreateCycleForm';

export interface CyclesPageProps {
  readonly api: ApiClient;
  readonly me: Me;
  readonly onOpen: (id: number) => void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { display: 'block' },
});

/** All self-assessment cycles, newest first; the quality manager can start a new one. */
export function CyclesPage({ api, me, onOpen }: CyclesPageProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const [creating, setCreating] = useState(false);
  const load = useCallback((signal: AbortSignal) => api.listCycles(signal), [api]);
  const cycles = useLoad(load);
  const mayCreate = mayCreateCycle(me.roles);
  return (
    <div className={styles.root}>
      <Title2 as="h1" className={styles.heading}>
        {t('tab.caf.cycles.heading')}
      </Title2>
      {mayCreate && !creating && (
        <div>
          <Button appearance="primary" onClick={() => setCreating(true)}>
            {t('tab.caf.create.open')}
          </Button>
        </div>
      )}
      {creating && (
        <CreateCycleForm
          api={api}
          onCancel={() => setCreating(false)}
          onCreated={(cycle) => {
            setCreating(false);
            onOpen(cycle.id);
          }}
        />
      )}
      {cycles.status === 'loading' && <Loading />}
      {cycles.status === 'error' && <LoadError error={cycles.error} onRetry={cycles.retry} />}
      {cycles.status === 'ready' &&
        (cycles.data.length === 0 ? (
          <p>{t('tab.caf.cycles.empty')}</p>
        ) : (
          <DataTable
            caption={t('tab.caf.cycles.caption')}
            columns={[
              t('tab.caf.cycles.name'),
              t('tab.caf.cycle.status'),
              t('tab.caf.cycle.period'),
              t('tab.caf.cycle.myRole'),
            ]}
            rows={cycles.data.map((cycle) => ({
              key: String(cycle.id),
              header: <PlaceLink to={cyclePlace(cycle.id)}>{cycle.name}</PlaceLink>,
              cells: [statusText(t, cycle.status), periodText(locale, cycle), myRoleText(t, cycle)],
            }))}
          />
        ))}
    </div>
  );
}
