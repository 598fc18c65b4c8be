import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import '../pnp-imports';
// Only provisioning changes permissions: kept out of pnp-imports so the SPFx bundle does not carry it.
import '@pnp/sp/security/list';
import '@pnp/sp/security/web';
import '@pnp/sp/site-groups/web';
import { settleInOneBatch } from '../batch';

/** SP.RoleType.Reader: view items and pages, nothing else. */
export const READER_ROLE_TYPE = 2;

/**
 * Makes a list read-only for people: breaks role inheritance without copying the site's role
 * assignments (clearing any item's own), then gives the site's owners, members and visitors groups
 * the Read role on it. Writes are left to the app (its app-only permission) and site collection
 * administrators. Three round trips: the groups and the Read role in one $batch, the break, the
 * assignments in one $batch. A site without one of the groups (none associated) skips it.
 */
export async function makeReadOnlyForPeople(sp: SPFI, list: IList, listUrl: string): Promise<void> {
  const [reader, ...groups] = await settleInOneBatch<{ Id: number }>(sp, (batched) => [
    batched.web.roleDefinitions.getByType(READER_ROLE_TYPE).select('Id')(),
    batched.web.associatedOwnerGroup.select('Id')(),
    batched.web.associatedMemberGroup.select('Id')(),
    batched.web.associatedVisitorGroup.select('Id')(),
  ]);
  if (reader?.status !== 'fulfilled') throw reader?.reason ?? new Error('SharePoint has no Read role');
  const readerId = reader.value.Id;
  const groupIds = groups.flatMap((group) => (group.status === 'fulfilled' ? [group.value.Id] : []));
  // copyRoleAssignments=false: no group keeps its Contribute/Full Control on the list;
  // clearSubscopes=true: no item keeps permissions of its own that would let someone write.
  await list.breakRoleInheritance(false, true);
  const added = await settleInOneBatch<void>(sp, (batched) =>
    [...new Set(groupIds)].map((groupId) =>
      batched.web.getList(listUrl).roleAssignments.add(groupId, readerId),
    ),
  );
  const failed = added.find((result) => result.status === 'rejected');
  if (failed?.status === 'rejected') throw failed.reason;
}
