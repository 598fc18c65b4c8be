import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

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

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  button: {
    border: 'none',
    borderBottom: `${tokens.strokeWidthThicker} solid transparent`,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalM,
    cursor: 'pointer',
    // Underlined rather than filled on hover: a fill breaks contrast in the high-contrast theme.
    ':hover': { color: tokens.colorNeutralForeground1, textDecorationLine: 'underline' },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  current: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorCompoundBrandStroke,
  },
});

/**
 * Page navigation that looks like tabs: a nav landmark with plain buttons, the current page marked
 * with aria-current (not by colour only: bold and underlined). Every button is a Tab stop, so it
 * needs no roving focus and no hidden focus helpers.
 */
export function NavTabs<T extends string>({ label, tabs, selected, onSelect }: NavTabsProps<T>) {
  const styles = useStyles();
  return (
    <nav aria-label={label}>
      {/* Buttons without a list: the pages' own lists stay the only lists on the page. */}
      <div className={styles.list}>
        {tabs.map((tab) => (
          <button
            key={tab.value}
            type="button"
            className={mergeClasses(styles.button, tab.value === selected && styles.current)}
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
