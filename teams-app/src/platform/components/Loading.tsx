import { makeStaticStyles } from '@fluentui/react-components';
import { useI18n } from '../i18n/i18n-context';

// Fluent UI's medium spinner: a 32 px ring in the brand colour on a neutral track (plain CSS under
// our own class names, see PlainSelect).
const useStaticStyles = makeStaticStyles(`
.kv-loading {
  display: flex; align-items: center; justify-content: center; gap: var(--spacingHorizontalS);
  padding: var(--spacingVerticalS) 0; color: var(--colorNeutralForeground1);
  font-family: var(--fontFamilyBase); font-size: var(--fontSizeBase300);
  line-height: var(--lineHeightBase300);
}
.kv-loading__ring {
  box-sizing: border-box; width: 32px; height: 32px; border-radius: 50%;
  border: var(--strokeWidthThicker) solid var(--colorBrandStroke2Contrast);
  border-top-color: var(--colorBrandStroke1); animation: kv-turn 1.5s linear infinite;
}
@keyframes kv-turn { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .kv-loading__ring { animation-duration: 6s; } }
@media (forced-colors: active) { .kv-loading__ring { border-top-color: Highlight; } }
`);

/**
 * "Načítám…" beside a turning ring, announced as a status. Drawn here rather than with Fluent
 * UI's Spinner (and the Label it brings), which every page shows while it loads and which was
 * the largest component in the tab's start.
 */
export function Loading() {
  const { t } = useI18n();
  useStaticStyles();
  return (
    <div role="status" className="kv-loading">
      <span className="kv-loading__ring" aria-hidden="true" />
      <span>{t('tab.loading')}</span>
    </div>
  );
}
