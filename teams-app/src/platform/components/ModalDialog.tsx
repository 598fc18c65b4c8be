import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface ModalDialogProps {
  readonly title: string;
  readonly children: ReactNode;
  /** The buttons at the bottom. */
  readonly actions: ReactNode;
  /** Escape or the browser closing the dialog. */
  readonly onDismiss: () => void;
}

const useStyles = makeStyles({
  dialog: {
    maxWidth: 'min(36rem, calc(100vw - 2rem))',
    width: '100%',
    padding: tokens.spacingHorizontalXXL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow64,
    '::backdrop': { backgroundColor: 'rgba(0, 0, 0, 0.4)' },
  },
  title: { ...typographyStyles.subtitle1, margin: `0 0 ${tokens.spacingVerticalM}` },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: {
    display: 'flex',
    justifyContent: 'flex-end',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    marginBlockStart: tokens.spacingVerticalL,
  },
});

/**
 * A modal dialog on the browser's own <dialog>: showModal() makes the rest of the page inert, moves
 * focus in, closes on Escape and gives focus back to the opener. Mounted only while open.
 */
export function ModalDialog({ title, children, actions, onDismiss }: ModalDialogProps) {
  const styles = useStyles();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    const opener = dialog.ownerDocument.activeElement;
    // jsdom has no showModal(); there the open attribute stands in.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => {
      if (opener instanceof HTMLElement) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onDismiss();
      }}
    >
      <h2 id={titleId} className={styles.title}>
        {title}
      </h2>
      <div className={styles.body}>{children}</div>
      <div className={styles.actions}>{actions}</div>
    </dialog>
  );
}
