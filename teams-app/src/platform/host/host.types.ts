/** The three themes Teams offers; a host's other values (e.g. "glass") fall back to `default`. */
export type HostTheme = 'default' | 'dark' | 'contrast';

/**
 * What the tab needs from whatever hosts it. Teams is one host, a plain browser another; the rest of
 * the tab only sees this interface, so no component depends on @microsoft/teams-js.
 */
export interface HostContext {
  /** True when Microsoft Teams (or another Microsoft 365 host) answered the SDK handshake. */
  readonly inTeams: boolean;
  /** The user's language tag as the host reports it (e.g. "cs-CZ"); null when the host has none. */
  readonly locale: string | null;
  /** The theme at start-up. */
  readonly theme: HostTheme;
  /** Calls the listener whenever the user changes the theme in the host; returns an unsubscribe. */
  onThemeChange(listener: (theme: HostTheme) => void): () => void;
  /**
   * The sub-page a deep link opened the tab at (Teams' page.subPageId; `?subPageId=` in a plain
   * browser), e.g. a cycle's results from a chat card; null for none.
   */
  readonly subPageId: string | null;
  /** An SSO token for the app service (Teams only; rejects elsewhere). */
  getToken(): Promise<string>;
}

/** The parts of `window` host detection reads; a narrow type keeps it testable. */
export interface HostWindow {
  readonly parent: unknown;
  readonly self: unknown;
  readonly opener: unknown;
  readonly location: { readonly search: string };
}
