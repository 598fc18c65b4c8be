import { Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { useNavigation } from '../../platform/navigation/navigation-context';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import type { CycleViewProps } from '../CafSection.types';
import { CreateMeasureFlow } from '../plan/CreateMeasureFlow';
import type { MeasureRequest } from '../plan/MeasureDialog.types';
import { useModelIndex } from '../../platform/components/use-model-index';
import { ConsensusDetail } from './ConsensusDetail';
import { HeatMap } from './HeatMap';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** The consensus meeting: where the team disagrees, each subcriterion's scores, the agreed result. */
export function ConsensusView({ api, cycle, place }: CycleViewProps) {
  const { t } = useI18n();
  const { go } = useNavigation();
  const styles = useStyles();
  const model = useModelIndex();
  // Members see the board only without names; the leader may hide them for the screen share.
  const mayShowNames = cycle.permissions.seeAllIndividualScores;
  const [hideNames, setHideNames] = useState(!mayShowNames);
  const selected = place.subcriterion;
  const [measure, setMeasure] = useState<MeasureRequest | null>(null);
  const load = useCallback(
    (signal: AbortSignal) => api.getConsensus(cycle.id, hideNames || !mayShowNames, signal),
    [api, cycle.id, hideNames, mayShowNames],
  );
  const board = useLoad(load);
  if (board.status === 'loading') return <Loading />;
  if (board.status === 'error') return <LoadError error={board.error} onRetry={board.retry} />;
  const row = board.data.subcriteria.find((candidate) => candidate.code === selected);
  const subcriterion = selected === null ? undefined : model.byCode.get(selected);
  const select = (code: string) => {
    go({ ...place, page: 'consensus', subcriterion: code });
    requestAnimationFrame(() => document.getElementById('consensus-detail')?.focus());
  };
  return (
    <div className={styles.root}>
      <p>
        {t('tab.caf.consensus.legend', { limit: board.data.spreadLimit })} {t('tab.caf.consensus.tooFewHint')}
      </p>
      {mayShowNames && (
        <Switch
          label={t('tab.caf.consensus.hideNames')}
          checked={hideNames}
          onChange={(_event, data) => setHideNames(data.checked)}
        />
      )}
      <HeatMap
        rows={board.data.subcriteria}
        spreadLimit={board.data.spreadLimit}
        selected={selected}
        onSelect={select}
      />
      {row !== undefined && subcriterion !== undefined && (
        <ConsensusDetail
          api={api}
          cycleId={cycle.id}
          method={cycle.method}
          row={row}
          sincePrevious={board.data.measuresSincePrevious}
          subcriterion={subcriterion}
          canSetConsensus={cycle.permissions.setConsensus}
          canCreateMeasures={cycle.permissions.createMeasures}
          onSaved={board.retry}
          onCreateMeasure={(code, description) => setMeasure({ subcriterionCode: code, description })}
        />
      )}
      <CreateMeasureFlow api={api} cycleId={cycle.id} request={measure} onClose={() => setMeasure(null)} />
    </div>
  );
}
