import { makeStyles, tokens } from '@fluentui/react-components';
import { CAF_EXAMPLES } from '@kvalita/core';
import { useI18n } from '../../platform/i18n/i18n-context';

const useStyles = makeStyles({
  root: {
    backgroundColor: tokens.colorNeutralBackground2,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
});

/** What counts as evidence for this subcriterion: the model's examples (our paraphrases), in view while scoring. */
export function SubcriterionExamples({ code }: { code: string }) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const examples = CAF_EXAMPLES[code] ?? [];
  if (examples.length === 0) return null;
  const headingId = `examples-${code.replace('.', '-')}`;
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h3 id={headingId} className={styles.heading}>
        {t('tab.caf.examples.heading')}
      </h3>
      <ul className={styles.list}>
        {examples.map((example) => (
          <li key={example.en.text} lang={locale}>
            {example[locale].text}
          </li>
        ))}
      </ul>
    </section>
  );
}
