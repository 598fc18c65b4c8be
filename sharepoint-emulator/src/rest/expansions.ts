import { spErrors } from '../errors';
import type { QueryOptions } from '../odata/query-options';
import { ODataEntity } from '../odata/values';
import { selectProps } from './collection-query';

/** A navigation property an entity can expand (e.g. a list's RootFolder). */
export interface NavigationProperty {
  readonly name: string;
  readonly typeName: string;
  readonly load: () => ODataEntity;
}

/**
 * Applies $expand (and the Nav/Prop parts of $select) to an entity. Selecting Nav/Prop without
 * expanding Nav is refused, as SharePoint refuses it.
 */
export function expandEntity(
  entity: ODataEntity,
  options: QueryOptions,
  typeName: string,
  navigations: readonly NavigationProperty[],
): ODataEntity {
  const byLower = new Map(navigations.map((n) => [n.name.toLowerCase(), n]));
  const expanded = new Map<string, NavigationProperty>();
  for (const name of options.expand) {
    const nav = byLower.get(name.toLowerCase());
    if (!nav) throw spErrors.propertyNotFound(name, typeName);
    expanded.set(nav.name.toLowerCase(), nav);
  }
  for (const wanted of options.select ?? []) {
    const slash = wanted.indexOf('/');
    if (slash < 0) continue;
    const navName = wanted.slice(0, slash);
    if (!byLower.has(navName.toLowerCase())) throw spErrors.propertyNotFound(navName, typeName);
    if (!expanded.has(navName.toLowerCase())) throw spErrors.expandRequired(wanted, navName);
  }
  if (expanded.size === 0) return entity;
  const props = { ...entity.props };
  const navigationLinks: Record<string, string> = { ...entity.navigation };
  for (const nav of expanded.values()) {
    const prefix = `${nav.name.toLowerCase()}/`;
    const nested = (options.select ?? [])
      .filter((s) => s.toLowerCase().startsWith(prefix))
      .map((s) => s.slice(prefix.length));
    props[nav.name] = selectProps(nav.load(), nested.length > 0 ? nested : undefined, nav.typeName);
    navigationLinks[nav.name] = `${entity.meta.editLink}/${nav.name}`;
  }
  return new ODataEntity(entity.meta, props, navigationLinks);
}
