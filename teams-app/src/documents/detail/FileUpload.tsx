import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { DOCUMENT_FILE_TYPES } from '@kvalita/core';
import { useId, useRef, useState } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import { checkUpload, type UploadRefusal } from './upload-check';
import type { FileUploadProps } from './FileUpload.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '36rem' },
  input: {
    padding: tokens.spacingVerticalXS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1 },
});

/**
 * A new draft file: chosen, checked here (type, size, name) so a wrong one is refused before it
 * travels, then sent with a progress bar. What the service refuses (a stale etag, a type it
 * knows better) comes back through the page's message.
 */
export function FileUpload({ fileType, onUpload }: FileUploadProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [refusal, setRefusal] = useState<UploadRefusal | null>(null);
  const [progress, setProgress] = useState<{ readonly name: string; readonly share: number } | null>(null);
  const accept = `.${fileType},${DOCUMENT_FILE_TYPES[fileType]}`;
  const typeText = fileType;

  const send = async () => {
    const file = input.current?.files?.[0];
    if (file === undefined) {
      setRefusal({ key: 'tab.documents.upload.choose', values: {} });
      return;
    }
    const found = checkUpload(file, fileType);
    setRefusal(found);
    if (found !== null) return;
    setProgress({ name: file.name, share: 0 });
    try {
      await onUpload({
        name: file.name,
        // The contract's media type, whatever the browser guessed (some name none for .docx).
        body: file.slice(0, file.size, DOCUMENT_FILE_TYPES[fileType]),
        onProgress: (sent, total) => setProgress({ name: file.name, share: total > 0 ? sent / total : 0 }),
      });
      if (input.current !== null) input.current.value = '';
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className={styles.root}>
      <label htmlFor={inputId}>{t('tab.documents.upload.label', { type: typeText })}</label>
      <input
        id={inputId}
        ref={input}
        className={styles.input}
        type="file"
        accept={accept}
        aria-describedby={hintId}
        aria-invalid={refusal !== null}
        onChange={() => setRefusal(null)}
      />
      <p id={hintId} className={styles.hint}>
        {t('tab.documents.upload.hint', { type: typeText })}
      </p>
      {refusal !== null && (
        <p role="alert" className={styles.error}>
          {t(refusal.key, refusal.values)}
        </p>
      )}
      {progress !== null && (
        <Field
          label={t('tab.documents.upload.progress', { name: progress.name })}
          validationMessage={t('tab.documents.upload.progressValue', {
            percent: Math.round(progress.share * 100),
          })}
          validationState="none"
        >
          <ProgressBar value={progress.share} max={1} />
        </Field>
      )}
      <div>
        <Button disabled={progress !== null} onClick={() => void send()}>
          {t('tab.documents.upload.send')}
        </Button>
      </div>
    </div>
  );
}
