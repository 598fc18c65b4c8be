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
  /**
   * A tenant account the office has assigned no Kvalita app role: refused with a sentence saying
   * so (the default), or signed in as an employee where the office chose that in its settings.
   */
  readonly unassigned?: 'refuse' | 'employee';
}

/**
 * Production: the Teams SSO token (a v2 Entra access token for our API). Signature, issuer,
 * audience and expiry are checked, and a token must carry an expiry (one without `exp` would be
 * good for ever); app roles come from the token's `roles` claim. Any tenant account can get a
 * token for the app unless the enterprise app requires assignment, so an account with no Kvalita
 * role is refused unless the office configured it as an employee.
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
          requiredClaims: ['exp'],
        });
        const email = String(payload['preferred_username'] ?? payload['upn'] ?? payload['email'] ?? '');
        if (!email.includes('@')) throw new DomainError('unauthorized');
        const claimedRoles = Array.isArray(payload['roles']) ? payload['roles'] : [];
        const roles = claimedRoles.filter((role): role is Role =>
          (ROLES as readonly unknown[]).includes(role),
        );
        if (roles.length === 0 && options.unassigned !== 'employee')
          throw new DomainError('forbidden', { details: 'no Kvalita app role is assigned' }, 'error.noRole');
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
