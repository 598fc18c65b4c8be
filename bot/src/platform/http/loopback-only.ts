import { DomainError } from '@kvalita/core';
import type { RequestHandler } from 'express';

/** localhost, 127.0.0.0/8 and ::1, as a Host header or an Origin's host names them (port stripped). */
export function isLoopbackHostname(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return name === 'localhost' || name === '::1' || /^127(\.\d{1,3}){3}$/.test(name);
}

function hostnameOfHost(host: string): string {
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '');
}

function loopbackOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHostname(url.hostname);
  } catch {
    return false; // "null" (a sandboxed frame, a file) and anything unreadable
  }
}

/**
 * Local mode only: the demo sign-in trusts whoever is on this computer, so the service must not be
 * reachable from a web page elsewhere. A page on another site that rebinds its DNS name to
 * 127.0.0.1 still sends its own name as Host; a page posting across origins sends its Origin.
 * Either, if not a loopback name, gets 403 before anything else runs.
 */
export function loopbackOnly(): RequestHandler {
  return (req, _res, next) => {
    const host = req.headers.host ?? '';
    const origin = req.headers.origin;
    if (!isLoopbackHostname(hostnameOfHost(host)))
      throw new DomainError('forbidden', {
        details: 'local mode answers requests to a loopback address only',
      });
    if (origin !== undefined && !loopbackOrigin(origin))
      throw new DomainError('forbidden', { details: 'local mode answers pages of this computer only' });
    next();
  };
}
