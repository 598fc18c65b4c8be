import type { MysteryView } from '@kvalita/core';
import type { ReactNode } from 'react';
import { PlaceLink } from '../../platform/navigation/PlaceLink';

/** A link to a mystery-shopping page: a real address that a plain click follows inside the tab. */
export function MysteryLink({ to, children }: { readonly to: MysteryView; readonly children: ReactNode }) {
  return <PlaceLink to={{ kind: 'mystery', view: to }}>{children}</PlaceLink>;
}
