import type { SPFI } from '@pnp/sp';
import './pnp-imports';
import { listServerRelativeUrl, type ListSchema } from './schema/types';

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
    this.webUrl ??= this.sp.web
      .select('ServerRelativeUrl')()
      .then(
        (web: { ServerRelativeUrl: string }) => web.ServerRelativeUrl,
        (error: unknown) => {
          this.webUrl = null; // do not cache a failure: the next call asks again
          throw error;
        },
      );
    return this.webUrl;
  }

  /** Server-relative URL of a list, e.g. for addressing it on a batched SPFI. */
  async url(schema: ListSchema): Promise<string> {
    return listServerRelativeUrl(await this.webServerRelativeUrl(), schema);
  }

  async listUrl(schema: ListSchema): Promise<string> {
    return listServerRelativeUrl(await this.webServerRelativeUrl(), schema);
  }

  async list(schema: ListSchema) {
    return this.sp.web.getList(await this.url(schema));
  }
}
