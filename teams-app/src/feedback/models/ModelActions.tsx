import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { FEEDBACK_LIMITS } from '@kvalita/core';
import { useState } from 'react';
import { errorText } from '../../platform/components/error-text';
import { ModalDialog } from '../../platform/components/ModalDialog';
import { saveFile } from '../../platform/components/save-file';
import { useI18n } from '../../platform/i18n/i18n-context';
import { fileStem } from '../parts/file-name';
import type { ModelActionsProps } from './ModelEditorPage.types';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1, margin: 0 },
});

/**
 * What can be done with a stored version: a copy as a new model (named in a dialog), the next
 * version of a frozen model (the service refuses it for an older version, in its own sentence),
 * and the .xlsx export.
 */
export function ModelActions({ api, go, model }: ModelActionsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [copying, setCopying] = useState(false);
  const [copyName, setCopyName] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  const copy = () =>
    run(async () => {
      const reply = await api.copyCompetencyModel(model.id, { name: copyName.trim() });
      setCopying(false);
      go({ page: 'model', modelId: reply.model.id }, 'tab.feedback.model.copied');
    });
  const nextVersion = () =>
    run(async () => {
      const reply = await api.newCompetencyModelVersion(model.id);
      go({ page: 'model', modelId: reply.model.id }, 'tab.feedback.model.versionCreated');
    });
  const exportFile = () =>
    run(async () =>
      saveFile(
        await api.exportCompetencyModel(model.id),
        `${fileStem(model.name, 'model')}-v${model.version}.xlsx`,
      ),
    );
  return (
    <div>
      <div className={styles.row}>
        {model.frozen && (
          <Button disabled={busy} onClick={() => void nextVersion()}>
            {t('tab.feedback.model.newVersion')}
          </Button>
        )}
        <Button
          disabled={busy}
          onClick={() => {
            setCopyName(
              t('tab.feedback.model.copyName', { name: model.name }).slice(0, FEEDBACK_LIMITS.modelName),
            );
            setCopying(true);
          }}
        >
          {t('tab.feedback.model.copy')}
        </Button>
        <Button disabled={busy} onClick={() => void exportFile()}>
          {t('tab.feedback.model.export')}
        </Button>
      </div>
      {failure !== null && !copying && (
        <p role="alert" className={styles.error}>
          {errorText(failure, t)}
        </p>
      )}
      {copying && (
        <ModalDialog
          title={t('tab.feedback.model.copyTitle', { name: model.name })}
          onDismiss={() => setCopying(false)}
          actions={
            <>
              <Button
                appearance="primary"
                disabled={busy || copyName.trim() === ''}
                onClick={() => void copy()}
              >
                {t('tab.feedback.model.copyConfirm')}
              </Button>
              <Button onClick={() => setCopying(false)}>{t('tab.feedback.form.cancel')}</Button>
            </>
          }
        >
          <Field label={t('tab.feedback.model.copyNameLabel')} required>
            <Input
              value={copyName}
              maxLength={FEEDBACK_LIMITS.modelName}
              onChange={(_e, data) => setCopyName(data.value)}
            />
          </Field>
          {failure !== null && (
            <p role="alert" className={styles.error}>
              {errorText(failure, t)}
            </p>
          )}
        </ModalDialog>
      )}
    </div>
  );
}
