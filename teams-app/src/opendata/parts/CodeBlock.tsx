import { Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  // The file as it is, in its own scrolling box: a long line scrolls inside it, never widens the page.
  pre: {
    margin: 0,
    maxWidth: '100%',
    maxHeight: '24rem',
    overflow: 'auto',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalM,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: 'pre',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThick,
    },
  },
});

/** A file's text under its heading, in a named region that scrolls (a Tab stop, so the keyboard scrolls it too). */
export function CodeBlock({ title, text }: { readonly title: string; readonly text: string }) {
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.root}>
      <Subtitle2 as="h3" id={id} className={styles.heading}>
        {title}
      </Subtitle2>
      {/* A Tab stop: the keyboard scrolls a long file too (WCAG 2.1.1). */}
      <pre role="region" aria-labelledby={id} tabIndex={0} className={styles.pre}>
        {text}
      </pre>
    </div>
  );
}
