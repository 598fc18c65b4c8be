import { MessageBar, MessageBarBody, Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { PageFrameProps } from './PageFrame.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  // A heading may hold an address or a file name, one long word: it breaks rather than widen a phone's page.
  heading: { display: 'block', margin: 0, minWidth: 0, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** A page of a section: its heading with its actions, the confirmation of the last action, the content. */
export function PageFrame({ heading, actions, notice = null, children }: PageFrameProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div className={styles.top}>
        <Title2 as="h1" className={styles.heading}>
          {heading}
        </Title2>
        {actions !== undefined && <div className={styles.actions}>{actions}</div>}
      </div>
      {notice !== null && (
        <MessageBar layout="multiline" intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {children}
    </div>
  );
}
