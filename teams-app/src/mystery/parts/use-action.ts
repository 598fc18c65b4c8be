import { useCallback, useState } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import { errorText } from '../../platform/components/error-text';

/**
 * One action of a page at a time: busy while it runs, and the sentence to show when it failed (the
 * service's precise reason in the tab's language). The action's own result goes to its caller.
 */
export function useAction() {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async <T>(action: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true);
      setError(null);
      try {
        return await action();
      } catch (failure) {
        setError(errorText(failure, t));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [t],
  );
  return { busy, error, run, clear: () => setError(null) };
}
