import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiClient } from '../../platform/api/api.types';
import { useI18n } from '../../platform/i18n/i18n-context';
import { MeasureDialog } from './MeasureDialog';
import type { MeasureRequest } from './MeasureDialog.types';
import { RegisterLink } from '../MeasureLink';

export interface CreateMeasureFlowProps {
  readonly api: ApiClient;
  readonly cycleId: number;
  /** null = no dialog open. */
  readonly request: MeasureRequest | null;
  readonly onClose: () => void;
}

/** The create-measure dialog and, once a measure is created, its confirmation in a live region. */
export function CreateMeasureFlow({ api, cycleId, request, onClose }: CreateMeasureFlowProps) {
  const { t } = useI18n();
  const [created, setCreated] = useState<{ readonly id: number; readonly title: string } | null>(null);
  return (
    <>
      <MeasureDialog
        api={api}
        cycleId={cycleId}
        request={request}
        onClose={onClose}
        onCreated={(planned) => {
          onClose();
          setCreated({ id: planned.id, title: planned.title });
        }}
      />
      <div role="status">
        {created !== null && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <span>{t('tab.caf.measure.created', { title: created.title })}</span>{' '}
              <RegisterLink measureId={created.id}>{t('tab.caf.measure.openInRegister')}</RegisterLink>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </>
  );
}
