import { placeFromPath } from '@kvalita/core';
import type { ReactNode } from 'react';
import { PlaceLink } from '../platform/navigation/PlaceLink';

export interface MeasureLinkProps {
  readonly measureId: number;
  readonly children: ReactNode;
}

/** The measures register's detail page of a measure: one measure model, shown in one place. */
export const measureDetailPath = (measureId: number) => `measures/${measureId}`;

/**
 * A link to the measure's page in the measures register. The place comes from its path, so CAF
 * does not name the register's pages; while the tab has no register, the title stays plain text.
 */
export function MeasureLink({ measureId, children }: MeasureLinkProps) {
  const place = placeFromPath(measureDetailPath(measureId));
  if (place === null) return <>{children}</>;
  return <PlaceLink to={place}>{children}</PlaceLink>;
}

/**
 * "Open in the measures register": the same link as a separate action beside a measure the page
 * already names; nothing while the tab has no register.
 */
export function RegisterLink({ measureId, children }: MeasureLinkProps) {
  const place = placeFromPath(measureDetailPath(measureId));
  if (place === null) return null;
  return <PlaceLink to={place}>{children}</PlaceLink>;
}
