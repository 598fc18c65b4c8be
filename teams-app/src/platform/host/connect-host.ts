import type { HostContext, HostWindow } from './host.types';
import { createStandaloneHost } from './standalone-host';

export interface ConnectHostOptions {
  /** How long a framed page waits for the Teams handshake before it runs standalone. */
  readonly timeoutMs?: number;
  /** Loads the Teams host; replaceable in tests. By default the SDK is fetched only when framed. */
  readonly connectTeams?: () => Promise<HostContext>;
}

/**
 * Finds out where the tab runs. Teams always hosts a tab in a frame (or a window opened by it), so
 * a top-level page is standalone at once, without loading the SDK. In a frame we try the Teams
 * handshake and give up after a timeout: app.initialize() would otherwise wait for a minute.
 */
export async function connectHost(win: HostWindow, options: ConnectHostOptions = {}): Promise<HostContext> {
  const framed = win.parent !== win.self || Boolean(win.opener);
  if (!framed) return createStandaloneHost(win.location.search);
  const connect = options.connectTeams ?? (async () => (await import('./teams-host')).connectTeams());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), options.timeoutMs ?? 8000);
  });
  try {
    const teams = await Promise.race([connect(), timeout]);
    return teams ?? createStandaloneHost(win.location.search);
  } catch {
    return createStandaloneHost(win.location.search);
  } finally {
    clearTimeout(timer);
  }
}
