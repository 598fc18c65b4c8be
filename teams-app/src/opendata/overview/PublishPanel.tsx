import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { isApiError } from '../../platform/api/api-error';
import { errorText } from '../../platform/components/error-text';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { Translate } from '../../platform/i18n/i18n.types';
import { ActionError } from '../../platform/components/ActionError';
import type { PublishPanelProps } from './OverviewPage.types';
import { usePublish } from './use-publish';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem' },
  heading: { margin: 0 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalL },
  explain: { margin: 0, flex: '1 1 20rem', minWidth: 0 },
});

/**
 * Why publishing failed. A refusal without the service's precise sentence (a service newer or
 * older than the tab) still points to where the reason shows: the chosen datasets' previews.
 */
function failureText(error: unknown, t: Translate): string {
  const text = errorText(error, t);
  const bare = isApiError(error) && error.code === 'conflict' && text === t('error.conflict');
  return bare ? `${text} ${t('tab.opendata.publish.conflictHint')}` : text;
}

/** "Publish the chosen", with what it does beside it; then what came of it. */
export function PublishPanel({ api, chosen, onPublished }: PublishPanelProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { state, publish } = usePublish(api, onPublished);
  const busy = state.status === 'busy';
  const nothing = chosen === 0;
  const failure = state.status === 'failed' ? failureText(state.error, t) : null;
  return (
    <section className={styles.root} aria-labelledby="opendata-publish">
      <Subtitle1 as="h2" id="opendata-publish" className={styles.heading}>
        {t('tab.opendata.publish.heading')}
      </Subtitle1>
      <div className={styles.row}>
        <Button
          appearance="primary"
          disabledFocusable={nothing || busy}
          aria-describedby="opendata-publish-explain"
          icon={busy ? <Spinner size="tiny" /> : undefined}
          onClick={(event) => void publish(event.detail > 1)}
        >
          {busy ? t('tab.opendata.publish.busy') : t('tab.opendata.publish.button')}
        </Button>
        <p id="opendata-publish-explain" className={styles.explain}>
          {nothing ? t('tab.opendata.publish.nothing') : t('tab.opendata.publish.explain', { count: chosen })}
        </p>
      </div>
      <div role="status">
        {state.status === 'done' && (
          <MessageBar layout="multiline" intent="success">
            <MessageBarBody>
              {state.reply.replayed
                ? t('tab.opendata.publish.replayed')
                : t('tab.opendata.publish.done', { count: state.reply.entry.datasets.length })}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <ActionError text={failure} />
    </section>
  );
}
