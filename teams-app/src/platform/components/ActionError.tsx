import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';

/** What a failed action says, focused when it shows so a screen reader reads it. */
export function ActionError({ text }: { readonly text: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (text !== null) ref.current?.focus();
  }, [text]);
  return (
    <div ref={ref} tabIndex={-1}>
      {text !== null && (
        <MessageBar layout="multiline" intent="error" role="alert">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
