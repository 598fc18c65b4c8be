import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';
import { formatScore } from '../caf-text';
import { DataTable } from '../../platform/components/DataTable';
import type { ConsensusDetailProps } from './consensus.types';
import { ConsensusForm } from './ConsensusForm';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  preLine: { whiteSpace: 'pre-line' },
});

/** One subcriterion: the members' scores and texts side by side, then the agreed result. */
export function ConsensusDetail({
  api,
  cycleId,
  method,
  row,
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
      <DataTable
        caption={t('tab.caf.consensus.membersCaption', { code: subcriterion.code })}
        columns={[
          t('tab.caf.consensus.member'),
          t('tab.caf.consensus.score'),
          t('tab.caf.texts.strengths'),
          t('tab.caf.texts.areas'),
          t('tab.caf.texts.ideas'),
        ]}
        rows={row.members.map((member, index) => ({
          key: String(index),
          header: member.name ?? t('tab.caf.consensus.anonymous', { number: index + 1 }),
          cells: [
            formatScore(locale, member.score),
            <span key="s" className={styles.preLine}>
              {member.strengths}
            </span>,
            <span key="a" className={styles.preLine}>
              {member.areasForImprovement}
              {canCreateMeasures && member.areasForImprovement.trim() !== '' && (
                <>
                  {' '}
                  <Button
                    size="small"
                    onClick={() => onCreateMeasure(subcriterion.code, member.areasForImprovement)}
                  >
                    {t('tab.caf.measure.create')}
                  </Button>
                </>
              )}
            </span>,
            <span key="i" className={styles.preLine}>
              {member.improvementIdeas}
            </span>,
          ],
        }))}
      />
      {canSetConsensus ? (
        <ConsensusForm
          key={row.code}
          api={api}
          cycleId={cycleId}
          method={method}
          subcriterion={subcriterion}
          entry={row.consensus}
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
