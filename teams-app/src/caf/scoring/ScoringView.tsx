import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { useNavigation } from '../../platform/navigation/navigation-context';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import type { CycleViewProps } from '../CafSection.types';
import { ScoringForm } from './ScoringForm';

export interface ScoringViewProps extends CycleViewProps {
  readonly saveDelayMs?: number;
}

/** The member's own scores only: nobody else's are loaded before submitting (no anchoring). */
export function ScoringView({ api, cycle, reload, place, saveDelayMs }: ScoringViewProps) {
  const { t } = useI18n();
  const { go } = useNavigation();
  const load = useCallback((signal: AbortSignal) => api.getMyScores(cycle.id, signal), [api, cycle.id]);
  const mine = useLoad(load);
  // After submitting, the button that opened the dialog is gone: focus goes to the confirmation.
  const [justSubmitted, setJustSubmitted] = useState(false);
  const confirmation = useRef<HTMLDivElement>(null);
  const submitted = mine.status === 'ready' && mine.data.submitted;
  useEffect(() => {
    if (justSubmitted && submitted) confirmation.current?.focus();
  }, [justSubmitted, submitted]);
  if (cycle.myTeamRole === null)
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t('tab.caf.scoring.notOnTeam')}</MessageBarBody>
      </MessageBar>
    );
  if (mine.status === 'loading') return <Loading />;
  if (mine.status === 'error') return <LoadError error={mine.error} onRetry={mine.retry} />;
  const readOnly = mine.data.submitted || !cycle.permissions.scoreIndividually;
  return (
    <>
      {mine.data.submitted && (
        <div ref={confirmation} tabIndex={-1}>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t('tab.caf.scoring.submitted')}</MessageBarBody>
          </MessageBar>
        </div>
      )}
      {!mine.data.submitted && readOnly && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('tab.caf.scoring.closed')}</MessageBarBody>
        </MessageBar>
      )}
      <ScoringForm
        // Fresh data from the service (after a conflict) starts the form again from it.
        key={mine.data.scores.map((score) => score.etag).join()}
        api={api}
        cycleId={cycle.id}
        method={cycle.method}
        initial={mine.data.scores}
        sincePrevious={mine.data.measuresSincePrevious}
        readOnly={readOnly}
        open={place.subcriterion}
        onOpen={(code) => go({ ...place, page: 'scoring', subcriterion: code })}
        {...(saveDelayMs === undefined ? {} : { saveDelayMs })}
        onReload={mine.retry}
        onSubmitted={() => {
          setJustSubmitted(true);
          mine.retry();
          reload();
        }}
      />
    </>
  );
}
