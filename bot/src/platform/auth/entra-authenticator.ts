import { ROLES, normalizeEmail, type Role } from '@kvalita/core';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { DomainError } from '@kvalita/core';
import type { Authenticator } from './identity';

export interface EntraOptions {
  readonly tenantId: string;
  /** Client id of the Entra app the tab's SSO token is issued for. */
  readonly clientId: string;
  /** Application ID URI, e.g. api://kvalita.example.cz/<client id>. */
  readonly applicationIdUri: string;
  /** Signing keys; by default Entra's published keys for the tenant. */
  readonly keys?: JWTVerifyGetKey;
}

/**
 * Production: the Teams SSO token (a v2 Entra access token for our API). Signature, issuer,
 * audience and expiry are checked; app roles come from the token's `roles` claim.
 */
export function entraAuthenticator(options: EntraOptions): Authenticator {
  const keys =
    options.keys ??
    createRemoteJWKSet(new URL(`https://login.microsoftonline.com/${options.tenantId}/discovery/v2.0/keys`));
  return {
    async authenticate({ authorization }) {
      const match = /^Bearer\s+([\w-]+\.[\w-]+\.[\w-]+)$/.exec(authorization ?? '');
      if (!match?.[1]) throw new DomainError('unauthorized');
      try {
        const { payload } = await jwtVerify(match[1], keys, {
          issuer: `https://login.microsoftonline.com/${options.tenantId}/v2.0`,
          audience: [options.clientId, options.applicationIdUri],
          algorithms: ['RS256'],
          clockTolerance: 60,
        });
        const email = String(payload['preferred_username'] ?? payload['upn'] ?? payload['email'] ?? '');
        if (!email.includes('@')) throw new DomainError('unauthorized');
        const claimedRoles = Array.isArray(payload['roles']) ? payload['roles'] : [];
        const roles = claimedRoles.filter((role): role is Role =>
          (ROLES as readonly unknown[]).includes(role),
        );
        return {
          email: normalizeEmail(email),
          displayName: String(payload['name'] ?? email),
          roles: roles.length > 0 ? roles : ['employee'],
        };
      } catch (error) {
        if (error instanceof DomainError) throw error;
        throw new DomainError('unauthorized');
      }
    },
  };
}
