import { Suspense, lazy } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { errorText } from './error-text';

export interface LoadErrorProps {
  readonly error: unknown;
  readonly onRetry: () => void;
}

/*
 * Why lazy: Fluent UI's MessageBar and Button are a tenth of the tab's start-up code and are shown
 * only when something fails, so they come when needed (a few milliseconds). When even that chunk
 * cannot be loaded (the network is gone), the same texts and the retry show as plain elements:
 * a failure is never left unsaid.
 */
const bars = () =>
  import('./MessageBars').catch(() => ({ LoadErrorBar: PlainLoadError, InfoBar: PlainInfo }));
const LazyLoadErrorBar = lazy(async () => ({ default: (await bars()).LoadErrorBar }));
const LazyInfoBar = lazy(async () => ({ default: (await bars()).InfoBar }));

/** A failed load: what went wrong, in the user's language, and a way to try again. */
export function LoadError(props: LoadErrorProps) {
  return (
    <Suspense fallback={null}>
      <LazyLoadErrorBar {...props} />
    </Suspense>
  );
}

/** Information for the whole page, such as "open the tab in Teams". */
export function Info({ text }: { readonly text: string }) {
  return (
    <Suspense fallback={null}>
      <LazyInfoBar text={text} />
    </Suspense>
  );
}

function PlainLoadError({ error, onRetry }: LoadErrorProps) {
  const { t } = useI18n();
  return (
    <div>
      <p>
        <strong>{t('tab.error.title')}</strong> {errorText(error, t)}
      </p>
      <button type="button" onClick={onRetry}>
        {t('tab.error.retry')}
      </button>
    </div>
  );
}

function PlainInfo({ text }: { readonly text: string }) {
  return <p>{text}</p>;
}
