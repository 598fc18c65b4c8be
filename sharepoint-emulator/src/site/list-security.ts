import { spErrors } from '../errors';
import type { JsonValue, ListRecord, UserRecord } from '../model/types';

/**
 * Where the emulator keeps a list's own permissions in its props (never served: only the
 * properties in list-properties.ts are). Absent = the list inherits the site's permissions, which
 * the emulator grants to everyone in its directory. A list with unique role assignments holds the
 * site user ids it was given to ('everyone' after breaking with copyRoleAssignments=true).
 */
const ASSIGNEES_PROP = 'emulator:roleAssignees';

export type RoleAssignees = 'everyone' | readonly number[];

export function hasUniqueRoleAssignments(list: ListRecord): boolean {
  return list.props[ASSIGNEES_PROP] !== undefined;
}

/**
 * May this user reach the list at all? Site collection administrators always may, as online; on a
 * list with unique role assignments anyone else needs an assignment of their own.
 */
export function mayAccessList(list: ListRecord, user: UserRecord): boolean {
  const assignees = list.props[ASSIGNEES_PROP];
  if (assignees === undefined || assignees === 'everyone' || user.isSiteAdmin) return true;
  return Array.isArray(assignees) && assignees.includes(user.id);
}

export function assertMayAccessList(list: ListRecord, user: () => UserRecord): void {
  if (!hasUniqueRoleAssignments(list)) return;
  if (!mayAccessList(list, user())) throw spErrors.listAccessDenied();
}

/**
 * SP.List.BreakRoleInheritance: a list that already has unique role assignments keeps them
 * (SharePoint does nothing then). Without copying, SharePoint assigns only the calling user (an
 * app-only caller gets no assignment: the app reaches the list through its own app permission, as a
 * site collection administrator does through theirs).
 */
export function brokenInheritance(
  list: ListRecord,
  copyRoleAssignments: boolean,
  caller: UserRecord,
): Record<string, JsonValue> {
  if (hasUniqueRoleAssignments(list)) return list.props;
  const assignees: JsonValue = copyRoleAssignments ? 'everyone' : caller.isSiteAdmin ? [] : [caller.id];
  return { ...list.props, [ASSIGNEES_PROP]: assignees };
}

/** SP.List.ResetRoleInheritance: back to the site's permissions. */
export function inheritedAgain(list: ListRecord): Record<string, JsonValue> {
  const props = { ...list.props };
  delete props[ASSIGNEES_PROP];
  return props;
}
