import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  region: {
    maxWidth: '100%',
    overflowX: 'auto',
    // Holds its visually hidden texts (absolutely placed), which would otherwise widen the page.
    position: 'relative',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThick,
    },
  },
});

/**
 * A wide table that scrolls sideways inside its own box, so a phone's page does not: a named
 * region and a Tab stop, so it can be scrolled with the arrow keys and a screen reader says what it holds.
 */
export function ScrollRegion({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  const styles = useStyles();
  return (
    // A scrollable region takes focus so the keyboard can scroll it (WCAG 2.1.1).
    <div role="region" aria-label={label} tabIndex={0} className={styles.region}>
      {children}
    </div>
  );
}
