import { spErrors } from '../errors';
import type { JsonValue, ListRecord, UserRecord } from '../model/types';

/**
 * Where the emulator keeps a list's own permissions in its props (never served: only the
 * properties in list-properties.ts are). Absent = the list inherits the site's permissions, which
 * the emulator grants to everyone in its directory. A list with unique role assignments holds the
 * site user ids it was given to ('everyone' after breaking with copyRoleAssignments=true).
 */
const ASSIGNEES_PROP = 'emulator:roleAssignees';
/**
 * Who was given only the Read role on a list with unique role assignments: 'everyone' once one of
 * the site's groups was (every person in the emulator's directory belongs to them), or site user ids.
 */
const READERS_PROP = 'emulator:roleReaders';
/**
 * Who holds a role with the Approve Items permission (Design, Full Control) on a list with unique
 * role assignments: 'everyone' when the site's owners group came along, or site user ids.
 */
const APPROVERS_PROP = 'emulator:roleApprovers';

export type RoleAssignees = 'everyone' | readonly number[];

export function hasUniqueRoleAssignments(list: ListRecord): boolean {
  return list.props[ASSIGNEES_PROP] !== undefined;
}

/**
 * May this user reach the list at all? Site collection administrators always may, as online; on a
 * list with unique role assignments anyone else needs an assignment of their own.
 */
export function mayAccessList(list: ListRecord, user: UserRecord): boolean {
  if (mayChangeList(list, user)) return true;
  const readers = list.props[READERS_PROP];
  return readers === 'everyone' || (Array.isArray(readers) && readers.includes(user.id));
}

/** May this user change the list's rows and settings (more than the Read role)? */
export function mayChangeList(list: ListRecord, user: UserRecord): boolean {
  const assignees = list.props[ASSIGNEES_PROP];
  if (assignees === undefined || assignees === 'everyone' || user.isSiteAdmin) return true;
  return Array.isArray(assignees) && assignees.includes(user.id);
}

/**
 * May this user approve items (Approve Items permission: Design or Full Control)? Site collection
 * administrators and app-only callers may. On a list inheriting the site's permissions everyone
 * may: the emulator puts every person of its directory in the site's owners group.
 */
export function mayApproveList(list: ListRecord, user: UserRecord): boolean {
  if (user.isSiteAdmin || !hasUniqueRoleAssignments(list)) return true;
  const approvers = list.props[APPROVERS_PROP];
  return approvers === 'everyone' || (Array.isArray(approvers) && approvers.includes(user.id));
}

/** Approving and rejecting content needs the Approve Items permission: 403 access denied without it. */
export function assertMayApproveList(list: ListRecord, user: UserRecord): void {
  if (!mayApproveList(list, user)) throw spErrors.listAccessDenied();
}

/**
 * Any request but a read (POST, MERGE, PATCH, PUT, DELETE, whatever it addresses in the list: an
 * item, its attachments, a column, the list's settings) from someone who holds only the Read role:
 * SharePoint's 403 access denied, and nothing changes.
 */
export function assertMayChangeList(list: ListRecord, user: () => UserRecord): void {
  if (!hasUniqueRoleAssignments(list)) return;
  if (!mayChangeList(list, user())) throw spErrors.listAccessDenied();
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
  // The caller who breaks inheritance without copying is given Full Control, which approves too.
  const assignees: JsonValue = copyRoleAssignments ? 'everyone' : caller.isSiteAdmin ? [] : [caller.id];
  return { ...list.props, [ASSIGNEES_PROP]: assignees, [APPROVERS_PROP]: assignees };
}

/** SP.List.ResetRoleInheritance: back to the site's permissions. */
export function inheritedAgain(list: ListRecord): Record<string, JsonValue> {
  const props = { ...list.props };
  delete props[ASSIGNEES_PROP];
  delete props[READERS_PROP];
  delete props[APPROVERS_PROP];
  return props;
}

/**
 * The site's associated groups, with the ids SharePoint Online gives a new team site's groups.
 * Everyone in the emulator's directory is a member of each (the emulator grants the site to all).
 */
export const SITE_GROUPS = {
  associatedownergroup: { id: 3, title: 'Kvalita Owners' },
  associatedvisitorgroup: { id: 4, title: 'Kvalita Visitors' },
  associatedmembergroup: { id: 5, title: 'Kvalita Members' },
} as const;
const GROUP_IDS: ReadonlySet<number> = new Set(Object.values(SITE_GROUPS).map((group) => group.id));

/** SharePoint's built-in role definitions (SP.RoleType → id and name). */
export const ROLE_DEFINITIONS: readonly { type: number; id: number; name: string }[] = [
  { type: 1, id: 1073741825, name: 'Limited Access' },
  { type: 2, id: 1073741826, name: 'Read' },
  { type: 3, id: 1073741827, name: 'Contribute' },
  { type: 4, id: 1073741828, name: 'Design' },
  { type: 5, id: 1073741829, name: 'Full Control' },
  { type: 6, id: 1073741830, name: 'Edit' },
];
const READ_ROLE_IDS: ReadonlySet<number> = new Set([1073741825, 1073741826]);
/** Design and Full Control carry the Approve Items permission; Contribute and Edit do not. */
const APPROVE_ROLE_IDS: ReadonlySet<number> = new Set([1073741828, 1073741829]);

/**
 * SP.RoleAssignmentCollection.AddRoleAssignment on a list with unique role assignments: a Read
 * (or Limited Access) role lets the principal read; any other role lets it change the rows too.
 * A site group stands for everyone. Undefined when the principal or the role is unknown.
 */
export function withRoleAssignment(
  list: ListRecord,
  principalId: number,
  roleDefinitionId: number,
  isSiteUser: (id: number) => boolean,
): Record<string, JsonValue> | undefined {
  const isGroup = GROUP_IDS.has(principalId);
  if (!isGroup && !isSiteUser(principalId)) return undefined;
  if (!ROLE_DEFINITIONS.some((role) => role.id === roleDefinitionId)) return undefined;
  const keys = READ_ROLE_IDS.has(roleDefinitionId)
    ? [READERS_PROP]
    : APPROVE_ROLE_IDS.has(roleDefinitionId)
      ? [ASSIGNEES_PROP, APPROVERS_PROP]
      : [ASSIGNEES_PROP];
  const props = { ...list.props };
  for (const key of keys) props[key] = withPrincipal(props[key], principalId, isGroup);
  return props;
}

function withPrincipal(current: JsonValue | undefined, principalId: number, isGroup: boolean): JsonValue {
  if (current === 'everyone' || isGroup) return 'everyone';
  const ids = Array.isArray(current) ? current.filter((id): id is number => typeof id === 'number') : [];
  return [...new Set([...ids, principalId])];
}
