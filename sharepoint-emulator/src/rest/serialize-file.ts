import {
  CheckOutType,
  FileLevel,
  fileEtag,
  majorOf,
  minorOf,
  versionLabel,
  type FileRecord,
  type FileVersionRecord,
} from '../model/files';
import { ODataEntity } from '../odata/values';
import { webRelativeUrl } from '../site/file-paths';
import type { RequestContext } from './context';

export function fileEditLink(file: FileRecord): string {
  return `Web/GetFileByServerRelativePath(decodedurl='${file.serverRelativeUrl.replace(/'/g, "''")}')`;
}

/** SP.File as SharePoint Online writes it (Length is an Edm.Int64, hence a string). */
export function fileEntity(ctx: RequestContext, file: FileRecord): ODataEntity {
  const editLink = fileEditLink(file);
  const title = ctx.site.itemStore.get(file.listId, file.itemId)?.values['Title'];
  return new ODataEntity(
    { type: 'SP.File', id: `${ctx.apiUrl}/${editLink}`, uri: `${ctx.apiUrl}/${editLink}`, editLink },
    {
      CheckInComment: file.checkInComment,
      CheckOutType: file.checkedOutBy === null ? CheckOutType.None : CheckOutType.Online,
      ContentTag: `{${file.uniqueId.toUpperCase()}},${file.etagVersion},${file.etagVersion}`,
      CustomizedPageStatus: 0,
      ETag: fileEtag(file),
      Exists: true,
      IrmEnabled: false,
      Length: String(file.length),
      Level: file.checkedOutBy === null ? file.level : FileLevel.Checkout,
      LinkingUri: null,
      LinkingUrl: '',
      MajorVersion: majorOf(file.uiVersion),
      MinorVersion: minorOf(file.uiVersion),
      Name: file.name,
      ServerRelativeUrl: file.serverRelativeUrl,
      TimeCreated: file.created,
      TimeLastModified: file.modified,
      Title: typeof title === 'string' ? title : null,
      UIVersion: file.uiVersion,
      UIVersionLabel: versionLabel(file.uiVersion),
      UniqueId: file.uniqueId,
    },
  );
}

/** SP.FileVersion: one earlier version (its Url points into _vti_history, as online). */
export function versionEntity(
  ctx: RequestContext,
  file: FileRecord,
  version: FileVersionRecord,
): ODataEntity {
  const editLink = `${fileEditLink(file)}/Versions(${version.uiVersion})`;
  return new ODataEntity(
    { type: 'SP.FileVersion', id: `${ctx.apiUrl}/${editLink}`, uri: `${ctx.apiUrl}/${editLink}`, editLink },
    {
      CheckInComment: version.checkInComment,
      Created: version.created,
      ID: version.uiVersion,
      IsCurrentVersion: false,
      Length: String(version.length),
      Size: version.length,
      Url: `_vti_history/${version.uiVersion}/${webRelativeUrl(file.serverRelativeUrl, ctx.site.sitePath)}`,
      VersionLabel: versionLabel(version.uiVersion),
    },
  );
}
