import type { OpenDataFilesStore, StoredOpenFile } from '@kvalita/core';
import '../platform/pnp-imports';
import { NotFoundError } from '../platform/errors';
import type { SiteContext } from '../platform/site-context';
import { openDataFilesLibrary } from './lists/open-data-files';

/**
 * The published files in KvalitaOpenData, under their public names. A publication uploads each
 * file over its last version (the library keeps every major version) and sets its content type and
 * checksum on the same version (validateUpdateListItem with bNewDocumentUpdate: no second version).
 * Reads go to the file by its path.
 */
export class OpenDataFilesRepository implements OpenDataFilesStore {
  constructor(private readonly site: SiteContext) {}

  async put(
    name: string,
    content: Uint8Array,
    contentType: string,
    sha256: string,
  ): Promise<{ version: string }> {
    const url = await this.site.listUrl(openDataFilesLibrary);
    const added = await this.site.sp.web
      .getList(url)
      .rootFolder.files.addUsingPath(name, content.slice().buffer, { Overwrite: true });
    const file = this.site.sp.web.getFileByServerRelativePath(added.ServerRelativeUrl);
    const item = await file.getItem<{ Id: number }>('Id');
    await item.validateUpdateListItem(
      [
        { FieldName: 'Title', FieldValue: name },
        { FieldName: 'MediaType', FieldValue: contentType },
        { FieldName: 'Sha256', FieldValue: sha256 },
      ],
      true,
    );
    const { UIVersionLabel } = await file.select('UIVersionLabel')<{ UIVersionLabel: string }>();
    return { version: UIVersionLabel };
  }

  async get(name: string): Promise<StoredOpenFile | null> {
    const file = await this.file(name);
    try {
      const [buffer, properties, item] = await Promise.all([
        file.getBuffer(),
        file.select('UIVersionLabel', 'TimeLastModified')<{
          UIVersionLabel: string;
          TimeLastModified: string;
        }>(),
        file.getItem<{ MediaType?: string | null; Sha256?: string | null }>('MediaType', 'Sha256'),
      ]);
      return {
        name,
        content: new Uint8Array(buffer),
        contentType: item.MediaType ?? 'application/octet-stream',
        sha256: item.Sha256 ?? '',
        modifiedAt: properties.TimeLastModified,
        version: properties.UIVersionLabel,
      };
    } catch (error) {
      if (error instanceof NotFoundError) return null;
      throw error;
    }
  }

  async versions(name: string): Promise<string[]> {
    const file = await this.file(name);
    try {
      const [earlier, current] = await Promise.all([
        file.versions.select('VersionLabel')<{ VersionLabel: string }[]>(),
        file.select('UIVersionLabel')<{ UIVersionLabel: string }>(),
      ]);
      return [...earlier.map((version) => version.VersionLabel), current.UIVersionLabel];
    } catch (error) {
      if (error instanceof NotFoundError) return [];
      throw error;
    }
  }

  /** The file of a public name (names are the service's own: [a-z0-9.-] only). */
  private async file(name: string) {
    if (!/^[a-z0-9][a-z0-9.-]*$/.test(name)) throw new RangeError(`not an open data file name: ${name}`);
    const url = await this.site.listUrl(openDataFilesLibrary);
    return this.site.sp.web.getFileByServerRelativePath(`${url}/${name}`);
  }
}
