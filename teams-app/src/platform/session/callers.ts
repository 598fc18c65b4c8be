import type { Authorize } from '../api/api.types';
import type { HostContext } from '../host/host.types';
import type { Caller } from './session.types';

/** Before anyone is signed in: only the endpoints that need no identity. */
export const anonymousCaller: Caller = { key: 'anonymous', authorize: () => Promise.resolve(null) };

/** A seeded demo person (local mode): `Authorization: Demo <e-mail>`. */
export function demoCaller(email: string): Caller {
  const header = `Demo ${email}`;
  return { key: `demo ${email}`, authorize: () => Promise.resolve(header) };
}

/** Inside Teams: the SSO token Teams gives for the signed-in user. */
export function teamsCaller(host: HostContext): Caller {
  const authorize: Authorize = async () => `Bearer ${await host.getToken()}`;
  return { key: 'teams', authorize };
}
