import type { Role } from '@kvalita/core';

export interface Identity {
  readonly email: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
}

/** What an authenticator sees of a request; no framework types cross this line. */
export interface AuthRequest {
  readonly authorization: string | undefined;
  readonly remoteAddress: string | undefined;
}

export interface Authenticator {
  /** Resolves the caller or throws DomainError('unauthorized'). */
  authenticate(request: AuthRequest): Promise<Identity>;
}

export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  const ipv4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return ipv4.startsWith('127.') || address === '::1';
}
