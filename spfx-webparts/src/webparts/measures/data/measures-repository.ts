import { spfi, SPFx, type ISPFXContext } from '@pnp/sp';
import { MeasuresRepository, SiteContext, TypedErrors } from '@kvalita/sharepoint';

/** What the web part's context must offer: PnPjs's SPFx behaviour and the address of the page's site. */
export interface MeasuresSiteContext extends ISPFXContext {
  readonly pageContext: ISPFXContext['pageContext'] & {
    readonly web: { readonly absoluteUrl: string; readonly serverRelativeUrl: string };
  };
}

/**
 * The Measures list of the page's own site, read with the signed-in user's rights. The site's
 * server-relative URL comes from the page, so addressing the list costs no extra request. Failures
 * reject with the same typed errors as in the app service (TypedErrors, after SPFx's own defaults).
 */
export function createMeasuresRepository(context: MeasuresSiteContext): MeasuresRepository {
  const sp = spfi().using(SPFx(context), TypedErrors());
  return new MeasuresRepository(
    new SiteContext(sp, { webServerRelativeUrl: context.pageContext.web.serverRelativeUrl }),
  );
}
