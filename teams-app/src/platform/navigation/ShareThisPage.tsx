import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import type { TabPlace } from '@kvalita/core';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { useNavigation } from './navigation-context';

export interface ShareThisPageProps {
  readonly place: TabPlace;
  /** What the link is called where it is shared (Teams shows it in the chat). */
  readonly label: string;
}

type Shown =
  { readonly kind: 'idle' | 'copied' | 'shared' } | { readonly kind: 'manual'; readonly url: string };

const useStyles = makeStyles({
  // No gap: the status is empty until the button is used, and takes no room on a phone's first screen.
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-end' },
  said: { marginBlockStart: tokens.spacingVerticalXS, textAlign: 'end' },
  address: { minWidth: 'min(24rem, 80vw)' },
});

/**
 * "Link to this page": in Teams the share dialog with a deep link to the place; in a browser the
 * address goes to the clipboard, or is shown to copy by hand where the browser refuses.
 */
export function ShareThisPage({ place, label }: ShareThisPageProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { share } = useNavigation();
  const [shown, setShown] = useState<Shown>({ kind: 'idle' });
  const offer = async () => {
    const outcome = await share(place, label).catch(() => null);
    if (outcome === null) return;
    if (outcome.kind === 'shared') return setShown({ kind: 'shared' });
    try {
      await navigator.clipboard.writeText(outcome.url);
      setShown({ kind: 'copied' });
    } catch {
      setShown({ kind: 'manual', url: outcome.url });
    }
  };
  return (
    <div className={styles.root}>
      <Button appearance="subtle" onClick={() => void offer()}>
        {t('tab.share.button')}
      </Button>
      <div
        role="status"
        className={shown.kind === 'copied' || shown.kind === 'shared' ? styles.said : undefined}
      >
        {shown.kind === 'copied' && t('tab.share.copied')}
        {shown.kind === 'shared' && t('tab.share.opened')}
      </div>
      {shown.kind === 'manual' && (
        <Field label={t('tab.share.manual')} className={styles.said}>
          <Input
            className={styles.address}
            readOnly
            value={shown.url}
            autoFocus
            onFocus={(event) => event.currentTarget.select()}
          />
        </Field>
      )}
    </div>
  );
}
