import { cyclePlace } from '@kvalita/core';
import { useCallback } from 'react';
import { useLoad } from '../platform/load/use-load';
import { LoadError } from '../platform/components/LoadError';
import { Loading } from '../platform/components/Loading';
import { useNavigation } from '../platform/navigation/navigation-context';
import type { CafSectionProps } from './CafSection.types';
import { CyclePage } from './cycle/CyclePage';
import { CyclesPage } from './cycles/CyclesPage';

/**
 * The CAF self-assessment part of the tab (loaded on demand: its own chunk). Knows who is signed
 * in (for the office-wide roles); the place in the tab says which cycle page is open.
 */
export function CafSection({ api }: CafSectionProps) {
  const { place, go } = useNavigation();
  const loadMe = useCallback((signal: AbortSignal) => api.getMe(signal), [api]);
  const me = useLoad(loadMe);
  if (me.status === 'loading') return <Loading />;
  if (me.status === 'error') return <LoadError error={me.error} onRetry={me.retry} />;
  if (place.kind !== 'cycle')
    return <CyclesPage api={api} me={me.data} onOpen={(id) => go(cyclePlace(id))} />;
  return <CyclePage api={api} me={me.data} place={place} />;
}

export default CafSection;
