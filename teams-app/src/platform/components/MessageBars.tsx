import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useI18n } from '../i18n/i18n-context';
import { errorText } from './error-text';
import type { LoadErrorProps } from './LoadError';

/*
 * Fluent UI's MessageBar (and the Button in it) for the rare moments that need one: a failed load,
 * the tab opened outside Teams. A chunk of its own (see LoadError.tsx), so a first page that loads
 * does not carry them.
 */

/** A failed load: what went wrong, in the user's language, and a way to try again. */
export function LoadErrorBar({ error, onRetry }: LoadErrorProps) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('tab.error.title')}</MessageBarTitle>
        {errorText(error, t)}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{t('tab.error.retry')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** Information for the whole page, such as "open the tab in Teams". */
export function InfoBar({ text }: { readonly text: string }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}
