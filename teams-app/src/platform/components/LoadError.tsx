import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useI18n } from '../i18n/i18n-context';
import { errorText } from './error-text';

export interface LoadErrorProps {
  readonly error: unknown;
  readonly onRetry: () => void;
}

/** A failed load: what went wrong, in the user's language, and a way to try again. */
export function LoadError({ error, onRetry }: LoadErrorProps) {
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
