/**
 * The emulator acts as a site admin for whoever calls it, so it must answer this computer only —
 * and a browser on this computer visiting a page elsewhere is not "this computer": a page that
 * rebinds its DNS name to 127.0.0.1 still sends its own name as Host, a page posting across
 * origins sends its Origin. SharePoint Online has no such check; it is what makes a local,
 * unauthenticated SharePoint safe to run.
 */

/** localhost, 127.0.0.0/8 and ::1 (bracketed or not), as a Host header or an Origin names them. */
export function isLoopbackHostname(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return name === 'localhost' || name === '::1' || /^127(\.\d{1,3}){3}$/.test(name);
}

function hostnameOfHost(host: string): string {
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : (host.split(':')[0] ?? '');
}

/**
 * Why a request does not come from this computer, or null when it does. `listenHost` is the
 * interface the emulator listens on: a caller may also name that address.
 */
export function foreignCaller(headers: Readonly<Record<string, string>>, listenHost: string): string | null {
  const hostname = hostnameOfHost(headers['host'] ?? '');
  if (!isLoopbackHostname(hostname) && hostname.replace(/^\[(.*)\]$/, '$1') !== listenHost)
    return 'The local SharePoint answers requests to a loopback address only.';
  const origin = headers['origin'];
  if (origin === undefined) return null;
  try {
    const url = new URL(origin);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHostname(url.hostname))
      return null;
  } catch {
    // "null" (a sandboxed frame, a file) and anything unreadable: not a page of this computer
  }
  return 'The local SharePoint answers pages of this computer only.';
}
