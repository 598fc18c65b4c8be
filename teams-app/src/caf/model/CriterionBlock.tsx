import { Subtitle2, makeStaticStyles } from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { CriterionBlockProps } from './CafModelPage.types';
import { WorkingTranslationBadge } from './WorkingTranslationBadge';

// Plain CSS under our own class names (see platform/components/PlainSelect): the first page.
const useStaticStyles = makeStaticStyles(`
.kv-criterion { margin-bottom: var(--spacingVerticalL); }
.kv-criterion__title {
  display: flex; flex-wrap: wrap; align-items: center; column-gap: var(--spacingHorizontalS);
}
.kv-criterion__title h3 { margin: 0; }
.kv-criterion ul { list-style-type: none; margin: 0; padding-inline-start: 0; }
.kv-criterion li {
  display: flex; flex-wrap: wrap; align-items: baseline; column-gap: var(--spacingHorizontalS);
  padding: var(--spacingVerticalXS) 0;
}
.kv-criterion__code { font-weight: var(--fontWeightSemibold); min-width: 2.5em; }
`);

/** One criterion: its heading and its subcriteria as a list (code, title, working-translation mark). */
export function CriterionBlock({ criterion }: CriterionBlockProps) {
  const { t } = useI18n();
  useStaticStyles();
  const headingId = `criterion-${criterion.number}`;
  return (
    <div className="kv-criterion">
      <div className="kv-criterion__title">
        <Subtitle2 as="h3" id={headingId}>
          {t('tab.model.criterion', { number: criterion.number, title: criterion.title })}
        </Subtitle2>
        {criterion.titleStatus === 'working' && <WorkingTranslationBadge />}
      </div>
      <ul aria-labelledby={headingId}>
        {criterion.subcriteria.map((subcriterion) => (
          <li key={subcriterion.code}>
            <span className="kv-criterion__code">{subcriterion.code}</span>
            <span>{subcriterion.title}</span>
            {subcriterion.titleStatus === 'working' && <WorkingTranslationBadge />}
          </li>
        ))}
      </ul>
    </div>
  );
}
