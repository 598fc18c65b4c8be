import { makeStaticStyles } from '@fluentui/react-components';

export interface NavTab<T extends string> {
  readonly value: T;
  readonly label: string;
}

export interface NavTabsProps<T extends string> {
  /** The navigation landmark's name. */
  readonly label: string;
  readonly tabs: readonly NavTab<T>[];
  readonly selected: T;
  readonly onSelect: (value: T) => void;
}

// Plain CSS under our own class names (see PlainSelect): the navigation is on every page.
const useStaticStyles = makeStaticStyles(`
.kv-tabs {
  display: flex; flex-wrap: wrap; gap: var(--spacingHorizontalXS);
  border-bottom: var(--strokeWidthThin) solid var(--colorNeutralStroke2);
}
.kv-tabs__tab {
  border: none; border-bottom: var(--strokeWidthThicker) solid transparent;
  background-color: transparent; color: var(--colorNeutralForeground2);
  font-family: var(--fontFamilyBase); font-size: var(--fontSizeBase300);
  line-height: var(--lineHeightBase300); padding: var(--spacingVerticalS) var(--spacingHorizontalM);
  cursor: pointer;
}
/* Underlined rather than filled on hover: a fill breaks contrast in the high-contrast theme. */
.kv-tabs__tab:hover { color: var(--colorNeutralForeground1); text-decoration-line: underline; }
.kv-tabs__tab:focus-visible {
  outline: var(--strokeWidthThick) solid var(--colorStrokeFocus2); outline-offset: -2px;
}
.kv-tabs__tab[aria-current='page'] {
  color: var(--colorNeutralForeground1); font-weight: var(--fontWeightSemibold);
  border-bottom-color: var(--colorCompoundBrandStroke);
}
/* On a phone (Teams mobile) the tabs keep one row and scroll sideways, so the page's own content
   stays on the first screen however many areas there are; a focused tab scrolls into view. */
@media (max-width: 480px) {
  .kv-tabs { flex-wrap: nowrap; overflow-x: auto; scrollbar-width: thin; }
  .kv-tabs__tab { flex-shrink: 0; white-space: nowrap; padding-inline: var(--spacingHorizontalS); }
}
`);

/**
 * Page navigation that looks like tabs: a nav landmark with plain buttons, the current page marked
 * with aria-current (not by colour only: bold and underlined). Every button is a Tab stop, so it
 * needs no roving focus and no hidden focus helpers.
 */
export function NavTabs<T extends string>({ label, tabs, selected, onSelect }: NavTabsProps<T>) {
  useStaticStyles();
  return (
    <nav aria-label={label}>
      {/* Buttons without a list: the pages' own lists stay the only lists on the page. */}
      <div className="kv-tabs">
        {tabs.map((tab) => (
          <button
            key={tab.value}
            type="button"
            className="kv-tabs__tab"
            aria-current={tab.value === selected ? 'page' : undefined}
            onClick={() => onSelect(tab.value)}
          >
            {tab.label}
          </button>
        ))}
      </div>
    </nav>
  );
}
