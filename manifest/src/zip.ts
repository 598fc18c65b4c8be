import JSZip from 'jszip';

export interface PackageEntry {
  /** Name at the root of the zip: Teams reads manifest.json and the icons from the top level. */
  name: string;
  data: Uint8Array | string;
}

/** A fixed timestamp, so the same inputs give a byte-identical app package. */
const FIXED_DATE = new Date(Date.UTC(2020, 0, 1));

export async function createZip(entries: readonly PackageEntry[]): Promise<Buffer> {
  const zip = new JSZip();
  for (const entry of entries) {
    if (entry.name.includes('/') || entry.name.includes('\\')) {
      throw new Error(`${entry.name}: app package files must sit at the root of the zip`);
    }
    zip.file(entry.name, entry.data, { date: FIXED_DATE, createFolders: false });
  }
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'DOS',
  });
}
