import type { MessageKey, TabPlace } from '@kvalita/core';
import { useState } from 'react';
import { useNavigation } from './navigation-context';

/**
 * A section's place and its `go`, which may carry a confirmation. The confirmation belongs to the
 * moment after the action: `notice` is its key on the very place it led to, not when the person
 * comes back there later (a new place value, even at the same address). A `go` with a confirmation
 * replaces the current entry, so back does not lead to the form that was sent.
 */
export function useSectionNavigation() {
  const { place, go: goTo } = useNavigation();
  const [notice, setNotice] = useState<{ readonly key: MessageKey; readonly at: TabPlace } | null>(null);
  const go = (next: TabPlace, said?: MessageKey) => {
    setNotice(said === undefined ? null : { key: said, at: next });
    goTo(next, { replace: said !== undefined });
  };
  return { place, goTo, go, notice: notice !== null && notice.at === place ? notice.key : null };
}
