import { makeStaticStyles } from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';

/*
 * Fluent UI's small informative outline Badge (size small, shape circular, colour informative),
 * drawn with its values in plain CSS instead of the component: the model page shows it on many
 * titles, and the Badge's code for every size, shape and colour was a twentieth of the tab's start.
 */
const useStaticStyles = makeStaticStyles(`
.kv-badge {
  display: inline-flex; box-sizing: border-box; align-items: center; justify-content: center;
  min-width: 16px; height: 16px; padding: 0 calc(2 * var(--spacingHorizontalXXS));
  border: var(--strokeWidthThin) solid var(--colorNeutralStroke2);
  border-radius: var(--borderRadiusCircular); color: var(--colorNeutralForeground3);
  font-family: var(--fontFamilyBase); font-size: var(--fontSizeBase100);
  line-height: var(--lineHeightBase100); font-weight: var(--fontWeightSemibold);
}
`);

/**
 * Marks a title that is our working translation. The badge shows a short label; screen readers
 * (and a mouse hover) get the full explanation as the note's name.
 */
export function WorkingTranslationBadge() {
  const { t } = useI18n();
  useStaticStyles();
  const hint = t('tab.model.workingTranslation.hint');
  return (
    <div className="kv-badge" role="note" aria-label={hint} title={hint}>
      {t('tab.model.workingTranslation')}
    </div>
  );
}
