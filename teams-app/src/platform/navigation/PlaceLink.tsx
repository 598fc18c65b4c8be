import { Link } from '@fluentui/react-components';
import type { TabPlace } from '@kvalita/core';
import type { MouseEvent, ReactNode } from 'react';
import { useNavigation } from './navigation-context';

export interface PlaceLinkProps {
  readonly to: TabPlace;
  readonly children: ReactNode;
}

/**
 * A link to a place in the tab: a real address (open in a new tab, copy the link) that a plain
 * click follows inside the tab, as a step in its history.
 */
export function PlaceLink({ to, children }: PlaceLinkProps) {
  const { go, href } = useNavigation();
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    go(to);
  };
  return (
    <Link href={href(to)} onClick={follow}>
      {children}
    </Link>
  );
}
