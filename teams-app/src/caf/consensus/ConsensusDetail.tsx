import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { proposeConsensus } from '@kvalita/core';
import { useI18n } from '../../platform/i18n/i18n-context';
import { formatScore } from '../caf-text';
import type { ConsensusDetailProps } from './consensus.types';
import { ConsensusForm } from './ConsensusForm';
import { MemberTable } from './MemberTable';
import { MeasuresSincePrevious } from '../MeasuresSincePrevious';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
});

/**
 * One subcriterion: the members' scores (each dimension) and texts side by side, then the agreed
 * result, which starts from the team's proposal while nothing is agreed.
 */
export function ConsensusDetail({
  api,
  cycleId,
  method,
  row,
  sincePrevious,
  subcriterion,
  canSetConsensus,
  canCreateMeasures,
  onSaved,
  onCreateMeasure,
}: ConsensusDetailProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const headingId = 'consensus-detail';
  const stats = row.stats;
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h2 id={headingId} className={styles.heading} tabIndex={-1}>
        {t('tab.caf.scoring.subcriterion', { code: subcriterion.code, title: subcriterion.title })}
      </h2>
      {stats !== null && (
        <p>
          {t('tab.caf.consensus.stats', {
            n: stats.n,
            mean: formatScore(locale, stats.mean),
            median: formatScore(locale, stats.median),
            min: formatScore(locale, stats.min),
            max: formatScore(locale, stats.max),
            spread: formatScore(locale, stats.spread),
          })}
        </p>
      )}
      {row.members.some((member) => member.name === null) && <p>{t('tab.caf.consensus.anonymousOrder')}</p>}
      <MemberTable
        method={method}
        kind={subcriterion.kind}
        code={subcriterion.code}
        members={row.members}
        median={stats?.median ?? null}
        canCreateMeasures={canCreateMeasures}
        onCreateMeasure={(description) => onCreateMeasure(subcriterion.code, description)}
      />
      <MeasuresSincePrevious since={sincePrevious} code={subcriterion.code} />
      {canSetConsensus ? (
        <ConsensusForm
          key={row.code}
          api={api}
          cycleId={cycleId}
          method={method}
          subcriterion={subcriterion}
          entry={row.consensus}
          proposal={row.consensus === null ? proposeConsensus(method, subcriterion.kind, row.members) : null}
          onSaved={onSaved}
        />
      ) : (
        row.consensus !== null && (
          <p>{t('tab.caf.consensus.agreed', { score: formatScore(locale, row.consensus.score) })}</p>
        )
      )}
      {row.consensus !== null && canCreateMeasures && row.consensus.areasForImprovement.trim() !== '' && (
        <div>
          <Button
            onClick={() => onCreateMeasure(subcriterion.code, row.consensus?.areasForImprovement ?? '')}
          >
            {t('tab.caf.measure.createFromConsensus')}
          </Button>
        </div>
      )}
    </section>
  );
}
