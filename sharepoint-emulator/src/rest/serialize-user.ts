import { createHash } from 'node:crypto';
import type { UserRecord } from '../model/types';
import { ODataComplex, ODataEntity } from '../odata/values';
import type { RequestContext } from './context';

/** SP.User, as web/siteusers, web/currentuser and web/ensureuser return it. */
export function userEntity(ctx: RequestContext, user: UserRecord): ODataEntity {
  const editLink = `Web/GetUserById(${user.id})`;
  return new ODataEntity(
    { type: 'SP.User', id: `${ctx.apiUrl}/${editLink}`, uri: `${ctx.apiUrl}/${editLink}`, editLink },
    {
      Id: user.id,
      IsHiddenInUI: false,
      LoginName: user.loginName,
      Title: user.title,
      PrincipalType: 1,
      Email: user.email,
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: user.isSiteAdmin,
      UserId: new ODataComplex('SP.UserIdInfo', {
        NameId: createHash('sha256').update(user.loginName).digest('hex').slice(0, 16),
        NameIdIssuer: 'urn:federation:microsoftonline',
      }),
      UserPrincipalName: user.userPrincipalName,
    },
  );
}
