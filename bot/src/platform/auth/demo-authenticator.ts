import { normalizeEmail } from '@kvalita/core';
import type { PeopleRepository } from '@kvalita/sharepoint';
import { DomainError } from '@kvalita/core';
import { isLoopback, type Authenticator } from './identity';

/**
 * Local mode only (architecture rule 6): `Authorization: Demo <email>` signs in as a seeded demo
 * person. Accepted only from loopback, so a local instance reachable on a network is not an open door.
 */
export function demoAuthenticator(people: PeopleRepository): Authenticator {
  return {
    async authenticate({ authorization, remoteAddress }) {
      if (!isLoopback(remoteAddress)) throw new DomainError('unauthorized');
      const match = /^Demo\s+(\S{3,255})$/i.exec(authorization ?? '');
      if (!match?.[1]) throw new DomainError('unauthorized');
      const person = await people.findByEmail(normalizeEmail(match[1]));
      if (!person) throw new DomainError('unauthorized');
      return { email: person.email, displayName: person.displayName, roles: person.roles };
    },
  };
}
