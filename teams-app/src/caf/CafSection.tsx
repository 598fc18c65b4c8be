import { useCallback, useState } from 'react';
import { useLoad } from '../platform/load/use-load';
import { LoadError } from '../platform/components/LoadError';
import { Loading } from '../platform/components/Loading';
import type { CafRoute, CafSectionProps } from './CafSection.types';
import { CyclePage } from './cycle/CyclePage';
import { CyclesPage } from './cycles/CyclesPage';

/**
 * The CAF self-assessment part of the tab (loaded on demand: its own chunk). Knows who is signed
 * in (for the office-wide roles) and which cycle page is open.
 */
export function CafSection({ api, linkedCycle = null }: CafSectionProps) {
  const [route, setRoute] = useState<CafRoute>(
    linkedCycle === null ? { kind: 'list' } : { kind: 'cycle', id: linkedCycle, view: 'results' },
  );
  const loadMe = useCallback((signal: AbortSignal) => api.getMe(signal), [api]);
  const me = useLoad(loadMe);
  if (me.status === 'loading') return <Loading />;
  if (me.status === 'error') return <LoadError error={me.error} onRetry={me.retry} />;
  if (route.kind === 'list')
    return (
      <CyclesPage api={api} me={me.data} onOpen={(id) => setRoute({ kind: 'cycle', id, view: 'overview' })} />
    );
  return (
    <CyclePage
      api={api}
      me={me.data}
      id={route.id}
      view={route.view}
      onView={(view) => setRoute({ ...route, view })}
      onBack={() => setRoute({ kind: 'list' })}
    />
  );
}

export default CafSection;
