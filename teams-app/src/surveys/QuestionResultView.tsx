import { makeStyles, tokens } from '@fluentui/react-components';
import type { QuestionResult } from '@kvalita/core';
import { useI18n } from '../platform/i18n/i18n-context';
import { formatNumber, formatSigned, optionsIn, textIn } from './survey-text';

export interface QuestionResultViewProps {
  readonly result: QuestionResult;
  readonly number: number;
  readonly threshold: number;
  readonly textThreshold: number;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlockEnd: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  table: { borderCollapse: 'collapse', width: '100%', maxWidth: '40rem' },
  caption: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    paddingBlock: tokens.spacingVerticalXS,
  },
  cell: {
    textAlign: 'start',
    paddingBlock: tokens.spacingVerticalXXS,
    paddingInline: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  numeric: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  barCell: { width: '50%' },
  bar: {
    display: 'block',
    height: '0.9rem',
    backgroundColor: tokens.colorBrandBackground,
    // Seen in forced colours too, where backgrounds are dropped.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    minWidth: '1px',
  },
  figures: { margin: 0, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXL },
  figure: { display: 'flex', gap: tokens.spacingHorizontalXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0 },
  texts: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** One question's figures: counts as bars with their numbers in a table, average, eNPS, texts. */
export function QuestionResultView({ result, number, threshold, textThreshold }: QuestionResultViewProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const headingId = `result-${result.key}`;
  const title = t('tab.surveys.results.question', { number, text: textIn(locale, result.text) });
  const hidden = <p>{t('tab.surveys.results.hidden', { threshold })}</p>;

  const bars = (caption: string, rows: readonly { label: string; count: number }[]) => {
    const total = rows.reduce((sum, row) => sum + row.count, 0);
    const most = Math.max(1, ...rows.map((row) => row.count));
    return (
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.cell}>
              {t('tab.surveys.results.answer')}
            </th>
            <th scope="col" className={`${styles.cell} ${styles.numeric}`}>
              {t('tab.surveys.results.count')}
            </th>
            <th scope="col" className={`${styles.cell} ${styles.numeric}`}>
              {t('tab.surveys.results.share')}
            </th>
            <th scope="col" className={`${styles.cell} ${styles.barCell}`}>
              {t('tab.surveys.results.chart')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row" className={styles.cell}>
                {row.label}
              </th>
              <td className={`${styles.cell} ${styles.numeric}`}>{row.count}</td>
              <td className={`${styles.cell} ${styles.numeric}`}>
                {total === 0 ? '—' : `${formatNumber(locale, (100 * row.count) / total, 0)} %`}
              </td>
              <td className={`${styles.cell} ${styles.barCell}`}>
                <span
                  aria-hidden="true"
                  className={styles.bar}
                  style={{ width: `${(100 * row.count) / most}%` }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  };

  const body = () => {
    switch (result.type) {
      case 'scale5':
      case 'scale11': {
        if (result.distribution === null) return hidden;
        const points = result.type === 'scale5' ? [1, 2, 3, 4, 5] : [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        return (
          <>
            <dl className={styles.figures}>
              <div className={styles.figure}>
                <dt className={styles.term}>{t('tab.surveys.results.answered')}</dt>
                <dd className={styles.definition}>{result.answered ?? '—'}</dd>
              </div>
              <div className={styles.figure}>
                <dt className={styles.term}>{t('tab.surveys.results.average')}</dt>
                <dd className={styles.definition}>{formatNumber(locale, result.average, 2)}</dd>
              </div>
              {result.enps !== null && (
                <>
                  <div className={styles.figure}>
                    <dt className={styles.term}>{t('tab.surveys.results.enps')}</dt>
                    <dd className={styles.definition}>{formatSigned(locale, result.enps.score)}</dd>
                  </div>
                  <div className={styles.figure}>
                    <dt className={styles.term}>{t('tab.surveys.results.enpsGroups')}</dt>
                    <dd className={styles.definition}>
                      {t('tab.surveys.results.enpsGroupsValue', {
                        promoters: result.enps.promoters,
                        passives: result.enps.passives,
                        detractors: result.enps.detractors,
                      })}
                    </dd>
                  </div>
                </>
              )}
            </dl>
            {bars(
              t('tab.surveys.results.distribution', { number }),
              points.map((point) => ({
                label: String(point),
                count: result.distribution?.[String(point)] ?? 0,
              })),
            )}
          </>
        );
      }
      case 'singleChoice':
      case 'multiChoice': {
        if (result.optionCounts === null) return hidden;
        const texts = optionsIn(locale, result.optionTexts);
        return (
          <>
            {result.type === 'multiChoice' && <p>{t('tab.surveys.results.multiNote')}</p>}
            {bars(
              t('tab.surveys.results.options', { number }),
              texts.map((label, index) => ({ label, count: result.optionCounts?.[index] ?? 0 })),
            )}
          </>
        );
      }
      case 'text':
        if (result.texts === null)
          return <p>{t('tab.surveys.results.textsHidden', { threshold: textThreshold })}</p>;
        if (result.texts.length === 0) return <p>{t('tab.surveys.results.noTexts')}</p>;
        return (
          <ul className={styles.texts} aria-label={t('tab.surveys.results.texts', { number })}>
            {result.texts.map((text, index) => (
              // React escapes the text: answers are shown as typed, never as markup.
              <li key={index}>{text}</li>
            ))}
          </ul>
        );
    }
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {title}
      </h3>
      {body()}
    </section>
  );
}
