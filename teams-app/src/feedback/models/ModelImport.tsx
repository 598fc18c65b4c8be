import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { FEEDBACK_LIMITS } from '@kvalita/core';
import { useId, useRef, useState } from 'react';
import { errorText } from '../../platform/components/error-text';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { ModelImportProps } from './ModelListPage.types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
  error: { color: tokens.colorPaletteRedForeground1, margin: 0 },
  details: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

type Problem =
  | { readonly kind: 'none' }
  | { readonly kind: 'noFile' | 'notXlsx' | 'tooLarge' }
  | { readonly kind: 'refused'; readonly error: unknown };

/**
 * A model from an .xlsx file (the export's sheets "Škála" and "Kompetence"). The file is checked
 * before it travels (type, size); the service names every bad row and stores nothing then.
 */
export function ModelImport({ api, go }: ModelImportProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [problem, setProblem] = useState<Problem>({ kind: 'none' });
  const [busy, setBusy] = useState(false);
  const send = async () => {
    const file = input.current?.files?.[0];
    if (file === undefined) return setProblem({ kind: 'noFile' });
    if (!file.name.toLowerCase().endsWith('.xlsx')) return setProblem({ kind: 'notXlsx' });
    if (file.size > FEEDBACK_LIMITS.importBytes) return setProblem({ kind: 'tooLarge' });
    setBusy(true);
    setProblem({ kind: 'none' });
    try {
      const typed = file.type === XLSX ? file : new Blob([file], { type: XLSX });
      const reply = await api.importCompetencyModel(typed);
      go({ page: 'model', modelId: reply.model.id }, 'tab.feedback.models.imported');
    } catch (error) {
      setProblem({ kind: 'refused', error });
    } finally {
      setBusy(false);
    }
  };
  const message =
    problem.kind === 'none'
      ? null
      : problem.kind === 'refused'
        ? t('tab.feedback.models.importRefused', { reason: errorText(problem.error, t) })
        : t(`tab.feedback.models.import.${problem.kind}`, { max: FEEDBACK_LIMITS.importBytes / 1024 / 1024 });
  return (
    <div className={styles.root}>
      <label htmlFor={inputId}>{t('tab.feedback.models.importFile')}</label>
      <input
        id={inputId}
        ref={input}
        className={styles.input}
        type="file"
        accept=".xlsx"
        aria-describedby={`${inputId}-hint`}
        aria-invalid={problem.kind !== 'none'}
        onChange={() => setProblem({ kind: 'none' })}
      />
      <p id={`${inputId}-hint`} className={styles.hint}>
        {t('tab.feedback.models.importHint')}
      </p>
      <div>
        <Button disabled={busy} onClick={() => void send()}>
          {t('tab.feedback.models.import')}
        </Button>
      </div>
      {message !== null && (
        <p role="alert" className={styles.error}>
          {message}
        </p>
      )}
    </div>
  );
}
