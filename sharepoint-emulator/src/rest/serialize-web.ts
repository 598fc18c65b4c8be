import { DIGEST_TIMEOUT_SECONDS } from '../http/digest';
import { ODataCollection, ODataEntity } from '../odata/values';
import type { RequestContext } from './context';

/** SharePoint Online's version string, as /_api/contextinfo reports it. */
const LIBRARY_VERSION = '16.0.25919.12007';

export function webEntity(ctx: RequestContext): ODataEntity {
  const { site } = ctx;
  const lastModified = site.lists
    .all()
    .map((l) => l.lastItemModified)
    .reduce((max, d) => (d > max ? d : max), site.created);
  return new ODataEntity(
    { type: 'SP.Web', id: `${ctx.apiUrl}/Web`, uri: `${ctx.apiUrl}/Web`, editLink: 'Web' },
    {
      AllowRssFeeds: true,
      AlternateCssUrl: '',
      AppInstanceId: '00000000-0000-0000-0000-000000000000',
      Configuration: 0,
      Created: site.created,
      CustomMasterUrl: `${site.sitePath}/_catalogs/masterpage/seattle.master`,
      Description: '',
      EnableMinimalDownload: false,
      Id: site.webId,
      IsMultilingual: false,
      Language: 1029,
      LastItemModifiedDate: lastModified,
      MasterUrl: `${site.sitePath}/_catalogs/masterpage/seattle.master`,
      QuickLaunchEnabled: true,
      RecycleBinEnabled: true,
      ServerRelativeUrl: site.sitePath,
      SiteLogoUrl: null,
      SyndicationEnabled: true,
      Title: site.options.title,
      TreeViewEnabled: false,
      UIVersion: 15,
      UIVersionConfigurationEnabled: false,
      Url: ctx.siteUrl,
      WebTemplate: 'STS',
    },
  );
}

export function siteEntity(ctx: RequestContext): ODataEntity {
  return new ODataEntity(
    { type: 'SP.Site', id: `${ctx.apiUrl}/Site`, uri: `${ctx.apiUrl}/Site`, editLink: 'Site' },
    { Id: ctx.site.id, ReadOnly: false, ServerRelativeUrl: ctx.site.sitePath, Url: ctx.siteUrl },
  );
}

/** POST /_api/contextinfo: the request digest and how long it lives. */
export function contextInfoBody(ctx: RequestContext): unknown {
  const props = {
    FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
    FormDigestValue: ctx.digests.issue(),
    LibraryVersion: LIBRARY_VERSION,
    SiteFullUrl: ctx.siteUrl,
    SupportedSchemaVersions: new ODataCollection('Edm.String', ['14.0.0.0', '15.0.0.0']),
    WebFullUrl: ctx.siteUrl,
  };
  if (ctx.level === 'verbose') {
    return {
      d: {
        GetContextWebInformation: {
          __metadata: { type: 'SP.ContextWebInformation' },
          ...props,
          SupportedSchemaVersions: {
            __metadata: { type: 'Collection(Edm.String)' },
            results: ['14.0.0.0', '15.0.0.0'],
          },
        },
      },
    };
  }
  const plain = { ...props, SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'] };
  return ctx.level === 'none'
    ? plain
    : { 'odata.metadata': `${ctx.apiUrl}/$metadata#SP.ContextWebInformation`, ...plain };
}
