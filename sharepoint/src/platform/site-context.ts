import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import './pnp-imports';
import { Cached } from './cached';
import { readDepartments, type StoredDepartment } from './directory/departments';
import { listServerRelativeUrl, type ListSchema } from './schema/types';

export interface SiteContextOptions {
  /** The web's server-relative URL when the host knows it (SPFx's pageContext): then none is read. */
  readonly webServerRelativeUrl?: string;
  /** How long one read of the Departments list serves every repository (default 5 minutes). */
  readonly departmentsMaxAgeMs?: number;
  readonly now?: () => number;
}

/** Departments change a few times a year; people are asked survey questions every minute. */
export const DEFAULT_DEPARTMENTS_MAX_AGE_MS = 5 * 60 * 1000;

/**
 * What every repository of one site shares: the SPFI, the lists by URL, and the Departments list
 * (read once and kept a few minutes instead of once per action). The composition root builds one
 * per site and passes it to each repository it builds.
 *
 * Lists are addressed by URL, never by title: titles are localized and people rename them. The
 * web's server-relative URL is read once (or given by the host), so addressing a list costs no
 * round trip after the first.
 */
export class SiteContext {
  /** The site's departments and sections, shared; writes through DepartmentsRepository refresh it. */
  readonly departments: Cached<readonly StoredDepartment[]>;
  private readonly webUrl: Cached<string>;

  constructor(
    readonly sp: SPFI,
    options: SiteContextOptions = {},
  ) {
    const known = options.webServerRelativeUrl;
    this.webUrl = new Cached(() =>
      known === undefined
        ? this.sp.web
            .select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>()
            .then((web) => web.ServerRelativeUrl)
        : Promise.resolve(known),
    );
    this.departments = new Cached(
      () => readDepartments(this),
      options.departmentsMaxAgeMs ?? DEFAULT_DEPARTMENTS_MAX_AGE_MS,
      options.now,
    );
  }

  webServerRelativeUrl(): Promise<string> {
    return this.webUrl.get();
  }

  /** Server-relative URL of a list, e.g. to address it on a batched SPFI. */
  async listUrl(schema: ListSchema): Promise<string> {
    return listServerRelativeUrl(await this.webServerRelativeUrl(), schema);
  }

  async list(schema: ListSchema): Promise<IList> {
    return this.sp.web.getList(await this.listUrl(schema));
  }
}
