/**
 * The chat services a local instance answers (the local Agents Playground's serviceUrl): in local
 * mode botbuilder checks no Bot Framework token, so an activity naming any other serviceUrl would
 * make the bot call out to wherever it says, as whoever it says. Addresses compare by scheme, host,
 * port and path, ignoring a trailing slash (botbuilder adds its paths after it either way).
 */
export class TrustedServiceUrls {
  private readonly urls = new Set<string>();

  constructor(urls: Iterable<string> = []) {
    for (const url of urls) this.add(url);
  }

  add(url: string): void {
    const key = normalized(url);
    if (key === null) throw new TypeError(`Not an absolute http(s) URL: ${url}`);
    this.urls.add(key);
  }

  allows(url: string): boolean {
    const key = normalized(url);
    return key !== null && this.urls.has(key);
  }
}

function normalized(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password || parsed.search || parsed.hash) return null;
  return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`;
}
