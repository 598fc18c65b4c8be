import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { type CycleDetail, formatDate, type Me } from '@kvalita/core';
import { useState } from 'react';
import type { ApiClient } from '../../platform/api/api.types';
import { useI18n } from '../../platform/i18n/i18n-context';
import { errorText } from '../../platform/components/error-text';
import { saveFile } from '../../platform/components/save-file';
import { PhaseDialog } from '../cycle/PhaseDialog';

export interface ReportActionsProps {
  readonly api: ApiClient;
  readonly me: Me;
  readonly cycle: CycleDetail;
  readonly onApproved: () => void;
}

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** Who may download the report (docs/api-caf.md): the quality manager, the director, the team leader. */
export function mayDownloadReport(_me: Me, cycle: CycleDetail): boolean {
  return cycle.permissions.downloadReport;
}

/**
 * The .docx report (fetched with the sign-in header, so not a plain link) and the director's
 * decision: approve with an optional comment, or return for rework with a reason, each confirmed.
 */
export function ReportActions({ api, me, cycle, onApproved }: ReportActionsProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const [state, setState] = useState<{ kind: 'idle' | 'busy' | 'done' } | { kind: 'error'; message: string }>(
    {
      kind: 'idle',
    },
  );

  const download = async () => {
    setState({ kind: 'busy' });
    try {
      const blob = await api.downloadReport(cycle.id, locale);
      saveFile(blob, `${t('tab.caf.results.reportFile', { name: cycle.name })}.docx`);
      setState({ kind: 'done' });
    } catch (error) {
      setState({ kind: 'error', message: errorText(error, t) });
    }
  };
  const [review, setReview] = useState<'approve' | 'return' | null>(null);

  return (
    <div>
      <div className={styles.bar}>
        {mayDownloadReport(me, cycle) && (
          <Button appearance="primary" disabled={state.kind === 'busy'} onClick={() => void download()}>
            {t('tab.caf.results.download')}
          </Button>
        )}
        {cycle.permissions.approveReport && cycle.reportApproval === null && (
          <>
            <Button disabled={state.kind === 'busy'} onClick={() => setReview('approve')}>
              {t('tab.caf.results.approve')}
            </Button>
            <Button disabled={state.kind === 'busy'} onClick={() => setReview('return')}>
              {t('tab.caf.report.return')}
            </Button>
          </>
        )}
        <Text>
          {cycle.reportApproval === null
            ? t('tab.caf.results.notApproved')
            : t('tab.caf.results.approved', {
                name: cycle.reportApproval.approvedBy,
                date: formatDate(locale, cycle.reportApproval.approvedAt),
              })}
        </Text>
      </div>
      {review === 'approve' && (
        <PhaseDialog
          title={t('tab.caf.report.approveTitle')}
          confirmLabel={t('tab.caf.report.approveConfirm')}
          note={{ label: t('tab.caf.report.comment'), required: false }}
          onConfirm={async (comment) => {
            await api.approveReport(cycle.id, comment);
            onApproved();
          }}
          onClose={() => setReview(null)}
        >
          <p>{t('tab.caf.report.approveEffect')}</p>
        </PhaseDialog>
      )}
      {review === 'return' && (
        <PhaseDialog
          title={t('tab.caf.report.returnTitle')}
          confirmLabel={t('tab.caf.report.returnConfirm')}
          note={{ label: t('tab.caf.phase.reason'), required: true }}
          onConfirm={async (reason) => {
            await api.returnReport(cycle.id, reason);
            onApproved();
          }}
          onClose={() => setReview(null)}
        >
          <p>{t('tab.caf.report.returnEffect')}</p>
        </PhaseDialog>
      )}
      <div role="status">
        {state.kind === 'done' && <Text>{t('tab.caf.results.downloaded')}</Text>}
        {state.kind === 'error' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{state.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
