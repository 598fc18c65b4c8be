import { useEffect, type ReactNode } from 'react';
import { Loading } from '../components/Loading';
import type { CataloguePart } from './catalogues';
import { useI18n } from './i18n-context';

export interface CatalogueGateProps {
  readonly part: CataloguePart;
  readonly children: ReactNode;
}

/** Shows its pages once their texts are here, the loading state until then (fetched side by side with the pages' code). */
export function CatalogueGate({ part, children }: CatalogueGateProps) {
  const { parts, requirePart } = useI18n();
  useEffect(() => requirePart(part), [part, requirePart]);
  return parts.includes(part) ? children : <Loading />;
}
