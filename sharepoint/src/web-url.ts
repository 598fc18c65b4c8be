import type { SPFI } from '@pnp/sp';
import './pnp-imports';
import { listServerRelativeUrl, type ListSchema } from './schema/types';
import { sharePointCall } from './errors';

/**
 * Lists are addressed by URL, never by title: titles are localized and people rename them.
 * The web's server-relative URL is read once per site object (or given by the host, e.g. SPFx's
 * pageContext), so addressing a list costs no extra round trip after the first.
 */
export class SiteLists {
  private webUrl: Promise<string> | null;

  constructor(
    private readonly sp: SPFI,
    webServerRelativeUrl?: string,
  ) {
    this.webUrl = webServerRelativeUrl === undefined ? null : Promise.resolve(webServerRelativeUrl);
  }

  webServerRelativeUrl(): Promise<string> {
    this.webUrl ??= sharePointCall(() => this.sp.web.select('ServerRelativeUrl')()).then(
      (web: { ServerRelativeUrl: string }) => web.ServerRelativeUrl,
      (error: unknown) => {
        this.webUrl = null; // do not cache a failure: the next call asks again
        throw error;
      },
    );
    return this.webUrl;
  }

  async list(schema: ListSchema) {
    const web = await this.webServerRelativeUrl();
    return this.sp.web.getList(listServerRelativeUrl(web, schema));
  }
}
