import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { EvaluationFile } from '@kvalita/core';
import { useId, useState } from 'react';
import type { ApiClient } from '../../platform/api/api.types';
import { saveFile } from '../../platform/components/save-file';
import { useI18n } from '../../platform/i18n/i18n-context';
import { ActionError } from '../../platform/components/ActionError';
import { useAction } from '../parts/use-action';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** A sheet's photos and files: listed for download; added and removed while the evaluator may record. */
export function FilesPanel({
  api,
  evaluationId,
  files: initial,
  editable,
}: {
  readonly api: ApiClient;
  readonly evaluationId: number;
  readonly files: readonly EvaluationFile[];
  readonly editable: boolean;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const inputId = useId();
  const [files, setFiles] = useState(initial);
  const action = useAction();
  return (
    <section aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t('tab.mystery.files.heading')}</h2>
      <p>{t('tab.mystery.files.hint')}</p>
      {files.length === 0 ? (
        <p>{t('tab.mystery.files.none')}</p>
      ) : (
        <ul className={styles.list}>
          {files.map((file) => (
            <li key={file.id} className={styles.row}>
              <Button
                appearance="transparent"
                onClick={() =>
                  void action.run(async () =>
                    saveFile(await api.downloadEvaluationFile(evaluationId, file.id), file.name),
                  )
                }
              >
                {file.name}
              </Button>
              {editable && (
                <Button
                  size="small"
                  aria-label={t('tab.mystery.files.removeNamed', { name: file.name })}
                  onClick={() =>
                    void action
                      .run(() => api.removeEvaluationFile(evaluationId, file.id))
                      .then(() => setFiles((current) => current.filter((one) => one.id !== file.id)))
                  }
                >
                  {t('tab.mystery.form.remove')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div className={styles.row}>
          <label htmlFor={inputId}>{t('tab.mystery.files.add')}</label>
          <input
            id={inputId}
            type="file"
            accept="image/jpeg,image/png,image/webp,application/pdf"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (!file) return;
              void action.run(async () => {
                const added = await api.addEvaluationFile(evaluationId, file);
                setFiles((current) => [...current, added]);
              });
            }}
          />
        </div>
      )}
      <ActionError text={action.error} />
    </section>
  );
}
