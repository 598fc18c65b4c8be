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
  /**
   * Hands the host's back button (Teams on a phone) to the tab: the handler returns true when it
   * stepped back inside the tab, false to let the host go back. Returns an unsubscribe.
   */
  onBackButton(handler: () => boolean): () => void;
  /**
   * Opens the host's dialog for sharing a deep link to a place in the tab (Teams); null where the
   * host has none (a plain browser, where the page's address is the link).
   */
  readonly shareDeepLink: ((link: SharedPage) => Promise<void>) | null;
  /**
   * On a channel tab's configuration page: offers the tab to save (Teams' pages.config), or null to
   * say it is not ready yet. Null where the host configures no tabs (a plain browser).
   */
  readonly configureChannelTab: ((tab: ChannelTabConfig | null) => void) | null;
  /** An SSO token for the app service (Teams only; rejects elsewhere). */
  getToken(): Promise<string>;
}

/** What a configured channel tab opens. */
export interface ChannelTabConfig {
  /** Stable per configuration, e.g. "measures-OD". */
  readonly entityId: string;
  /** The whole address of the page the tab shows. */
  readonly contentUrl: string;
  readonly suggestedDisplayName: string;
}

/** A page of the tab as a deep link names it. */
export interface SharedPage {
  /** The place's path (core's placePath), Teams' subPageId. */
  readonly subPageId: string;
  /** What the link says in the chat it is shared to, e.g. the cycle's name and page. */
  readonly label: string;
}

/** The parts of `window` host detection reads; a narrow type keeps it testable. */
export interface HostWindow {
  readonly parent: unknown;
  readonly self: unknown;
  readonly opener: unknown;
  readonly location: { readonly search: string };
}
