import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { SaveStatusProps } from './scoring.types';

/** The auto-save's state in words, announced politely; failures offer a way out. */
export function SaveStatus({ state, onRetry, onReload }: SaveStatusProps) {
  const { t } = useI18n();
  return (
    <div role="status" aria-live="polite">
      {state.kind === 'saving' && (
        <Spinner size="tiny" labelPosition="after" label={t('tab.caf.save.saving')} />
      )}
      {state.kind === 'pending' && <Text>{t('tab.caf.save.pending')}</Text>}
      {state.kind === 'saved' && <Text>{t('tab.caf.save.saved')}</Text>}
      {state.kind === 'invalid' && <Text>{t('tab.caf.save.invalid')}</Text>}
      {state.kind === 'conflict' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('tab.caf.save.conflict')}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={onReload}>{t('tab.caf.save.reload')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.kind === 'submitted' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('tab.caf.save.submitted')}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'error' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('tab.caf.save.error', { message: state.message })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={onRetry}>{t('tab.error.retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}
