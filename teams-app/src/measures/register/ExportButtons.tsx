import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { errorText } from '../../platform/components/error-text';
import { saveFile } from '../../platform/components/save-file';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { ExportButtonsProps } from './ExportButtons.types';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** The register as .xlsx (the same filter) and the quarterly report as .docx. */
export function ExportButtons({ api, filter, today }: ExportButtonsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const thisYear = today.getFullYear();
  const [year, setYear] = useState(thisYear);
  const [quarter, setQuarter] = useState(Math.floor(today.getMonth() / 3) + 1);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const download = async (fetchFile: () => Promise<Blob>, fileName: string) => {
    setBusy(true);
    setFailure(null);
    try {
      saveFile(await fetchFile(), fileName);
    } catch (error) {
      setFailure(t('tab.measures.export.failed', { reason: errorText(error, t) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <div className={styles.row}>
        <Button
          disabled={busy}
          onClick={() =>
            void download(() => api.exportMeasures(filter), `${t('tab.measures.export.xlsxFile')}.xlsx`)
          }
        >
          {t('tab.measures.export.xlsx')}
        </Button>
        <Field label={t('tab.measures.export.year')}>
          <Select value={String(year)} onChange={(_e, data) => setYear(Number(data.value))}>
            {[thisYear - 2, thisYear - 1, thisYear].map((value) => (
              <option key={value} value={String(value)}>
                {value}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('tab.measures.export.quarter')}>
          <Select value={String(quarter)} onChange={(_e, data) => setQuarter(Number(data.value))}>
            {[1, 2, 3, 4].map((value) => (
              <option key={value} value={String(value)}>
                {`Q${value}`}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          disabled={busy}
          onClick={() =>
            void download(
              () => api.downloadMeasuresReport(year, quarter),
              `${t('tab.measures.export.reportFile', { year, quarter })}.docx`,
            )
          }
        >
          {t('tab.measures.export.report')}
        </Button>
      </div>
      {failure !== null && (
        <p role="alert" className={styles.error}>
          {failure}
        </p>
      )}
    </div>
  );
}
