import { Button, makeStyles, tokens } from '@fluentui/react-components';
import {
  forwardRefusal,
  nextStatus,
  notSubmitted,
  previousStatus,
  stepBackWithdrawsApproval,
  type CycleDetail,
} from '@kvalita/core';
import { useState } from 'react';
import type { ApiClient } from '../../platform/api/api.types';
import { useI18n } from '../../platform/i18n/i18n-context';
import { statusText } from '../caf-text';
import { PhaseDialog } from './PhaseDialog';

export interface MoveStatusProps {
  readonly api: ApiClient;
  readonly cycle: CycleDetail;
  readonly onMoved: () => void;
}

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

/**
 * The quality manager's phase moves: one phase forward or one back, each after a confirmation that
 * says what it changes. Ending individual scoring names who has not submitted; a step back needs
 * a reason. The service checks the same rules (core/src/caf/lifecycle.ts) and says what is missing.
 */
export function MoveStatus({ api, cycle, onMoved }: MoveStatusProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [open, setOpen] = useState<'forward' | 'back' | null>(null);
  const next = nextStatus(cycle.status);
  const back = previousStatus(cycle.status);
  const facts = {
    status: cycle.status,
    approved: cycle.reportApproval !== null,
    team: cycle.team.map((member) => ({
      name: member.displayName,
      role: member.role,
      submitted: member.submitted,
    })),
    consensusCount: null,
  };
  const missing = next === 'consensus' ? notSubmitted(facts) : [];
  const endingScoring = missing.length > 0;
  // What the tab already knows is missing is said before anyone confirms; the service checks all.
  const blocked = next === null ? null : forwardRefusal(facts, next, { endScoring: true });
  return (
    <div className={styles.bar}>
      {next !== null && (
        <Button appearance="primary" onClick={() => setOpen('forward')}>
          {t('tab.caf.cycle.moveTo', { status: statusText(t, next) })}
        </Button>
      )}
      {back !== null && (
        <Button onClick={() => setOpen('back')}>
          {t('tab.caf.phase.stepBack', { status: statusText(t, back) })}
        </Button>
      )}
      {open === 'forward' && next !== null && (
        <PhaseDialog
          title={
            endingScoring
              ? t('tab.caf.phase.endScoringTitle')
              : t('tab.caf.phase.confirmTitle', { status: statusText(t, next) })
          }
          confirmLabel={endingScoring ? t('tab.caf.phase.endScoring') : t('tab.caf.phase.confirm')}
          {...(blocked ? { blocked: t(`caf.phase.refused.${blocked.kind}`, { names: '' }) } : {})}
          onConfirm={async () => {
            await api.moveCycleStatus(cycle.id, next, endingScoring ? { endScoring: true } : {});
            onMoved();
          }}
          onClose={() => setOpen(null)}
        >
          <p>{t(`tab.caf.phase.effect.${next}`)}</p>
          {endingScoring && (
            <>
              <p>{t('tab.caf.phase.missing', { names: missing.join(', ') })}</p>
              <p>{t('tab.caf.phase.endScoringWarning')}</p>
            </>
          )}
        </PhaseDialog>
      )}
      {open === 'back' && back !== null && (
        <PhaseDialog
          title={t('tab.caf.phase.stepBackTitle', { status: statusText(t, back) })}
          confirmLabel={t('tab.caf.phase.stepBackConfirm')}
          note={{ label: t('tab.caf.phase.reason'), required: true }}
          onConfirm={async (reason) => {
            await api.stepBackCycle(cycle.id, reason);
            onMoved();
          }}
          onClose={() => setOpen(null)}
        >
          <p>{t('tab.caf.phase.stepBackEffect')}</p>
          {stepBackWithdrawsApproval(facts) && <p>{t('tab.caf.phase.stepBackWithdraws')}</p>}
        </PhaseDialog>
      )}
    </div>
  );
}
