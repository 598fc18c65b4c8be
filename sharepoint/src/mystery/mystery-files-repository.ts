import type { EvaluationFile, EvaluationFilesStore } from '@kvalita/core';
import '../platform/pnp-imports';
import { allOf } from '../platform/paging';
import { selectOf, type RowOf } from '../platform/schema/select';
import type { SiteContext } from '../platform/site-context';
import { mysteryFilesLibrary } from './lists/mystery-files';

const FILE = selectOf(mysteryFilesLibrary, 'Id', 'EvaluationId', 'OriginalName', 'MediaType', 'Bytes');
type FileRow = RowOf<typeof FILE> & { readonly FileRef?: string };

const toFile = (row: FileRow): EvaluationFile => ({
  id: row.Id,
  name: row.OriginalName ?? '',
  bytes: row.Bytes ?? 0,
  contentType: row.MediaType ?? 'application/octet-stream',
});

/**
 * An evaluation's files in KvalitaMysteryFiles: stored under a generated name (the evaluator's own
 * name of the file is a column: two photos called IMG_0001.jpg never collide, and no name reaches a
 * URL), found by the indexed EvaluationId.
 */
export class MysteryFilesRepository implements EvaluationFilesStore {
  constructor(private readonly site: SiteContext) {}

  async list(evaluationId: number): Promise<EvaluationFile[]> {
    return (await this.rows(evaluationId)).map(toFile);
  }

  async add(
    evaluationId: number,
    name: string,
    contentType: string,
    content: Uint8Array,
  ): Promise<EvaluationFile> {
    const url = await this.site.listUrl(mysteryFilesLibrary);
    const extension = /\.[A-Za-z0-9]{1,5}$/.exec(name)?.[0]?.toLowerCase() ?? '';
    const added = await this.site.sp.web
      .getList(url)
      .rootFolder.files.addUsingPath(
        `${Math.trunc(evaluationId)}-${globalThis.crypto.randomUUID()}${extension}`,
        content.slice().buffer,
        {
          Overwrite: false,
        },
      );
    const file = this.site.sp.web.getFileByServerRelativePath(added.ServerRelativeUrl);
    try {
      const item = await file.getItem<{ Id: number }>('Id');
      await item.update({
        Title: name,
        EvaluationId: Math.trunc(evaluationId),
        OriginalName: name,
        MediaType: contentType,
        Bytes: content.byteLength,
      });
      return { id: item.Id, name, bytes: content.byteLength, contentType };
    } catch (error) {
      await file.delete().catch(() => undefined);
      throw error;
    }
  }

  async content(
    evaluationId: number,
    fileId: number,
  ): Promise<{ readonly file: EvaluationFile; readonly content: Uint8Array } | null> {
    const row = (await this.rows(evaluationId)).find((candidate) => candidate.Id === Math.trunc(fileId));
    if (!row?.FileRef) return null;
    const buffer = await this.site.sp.web.getFileByServerRelativePath(row.FileRef).getBuffer();
    return { file: toFile(row), content: new Uint8Array(buffer) };
  }

  async remove(evaluationId: number, fileId: number): Promise<void> {
    const row = (await this.rows(evaluationId)).find((candidate) => candidate.Id === Math.trunc(fileId));
    if (!row?.FileRef) return;
    await this.site.sp.web.getFileByServerRelativePath(row.FileRef).delete();
  }

  private async rows(evaluationId: number): Promise<FileRow[]> {
    const list = await this.site.list(mysteryFilesLibrary);
    return allOf<FileRow>(
      FILE.applyTo(list.items)
        .select(...FILE.select, 'FileRef')
        .filter(`EvaluationId eq ${Math.trunc(evaluationId)}`)
        .orderBy('Id', true),
    );
  }
}
