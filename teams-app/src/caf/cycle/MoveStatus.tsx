import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { CYCLE_STATUSES, type CycleStatus } from '@kvalita/core';
import { useState } from 'react';
import type { ApiClient } from '../../platform/api/api.types';
import { useI18n } from '../../platform/i18n/i18n-context';
import { errorText } from '../../platform/components/error-text';
import { statusText } from '../caf-text';

export interface MoveStatusProps {
  readonly api: ApiClient;
  readonly cycleId: number;
  readonly status: CycleStatus;
  readonly onMoved: () => void;
}

/** Moves the cycle one status forward (the only move the service allows). */
export function MoveStatus({ api, cycleId, status, onMoved }: MoveStatusProps) {
  const { t } = useI18n();
  const [failure, setFailure] = useState<string | null>(null);
  const next = CYCLE_STATUSES[CYCLE_STATUSES.indexOf(status) + 1];
  if (next === undefined) return null;
  const move = async () => {
    setFailure(null);
    try {
      await api.moveCycleStatus(cycleId, next);
      onMoved();
    } catch (error) {
      setFailure(errorText(error, t));
    }
  };
  return (
    <div>
      <Button onClick={() => void move()}>
        {t('tab.caf.cycle.moveTo', { status: statusText(t, next) })}
      </Button>
      {failure !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
