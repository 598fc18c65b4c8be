import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { ModalDialog } from '../../platform/components/ModalDialog';
import { useI18n } from '../../platform/i18n/i18n-context';

/** A button whose step asks first, saying what it does (starting or closing a campaign). */
export function ConfirmButton({
  label,
  title,
  text,
  disabled = false,
  onConfirm,
}: {
  readonly label: string;
  readonly title: string;
  readonly text: string;
  readonly disabled?: boolean;
  readonly onConfirm: () => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button appearance="primary" disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </Button>
      {open && (
        <ModalDialog
          title={title}
          onDismiss={() => setOpen(false)}
          actions={
            <>
              <Button onClick={() => setOpen(false)}>{t('tab.mystery.cancel')}</Button>
              <Button
                appearance="primary"
                onClick={() => {
                  setOpen(false);
                  onConfirm();
                }}
              >
                {label}
              </Button>
            </>
          }
        >
          <p>{text}</p>
        </ModalDialog>
      )}
    </>
  );
}
