import JSZip from 'jszip';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';

/**
 * Opening an Office file (.docx, .xlsx) as the programs that read it do: its zip, every XML part
 * through a strict XML 1.0 parser (Word and Excel refuse a part it refuses), and LibreOffice
 * headless converting the whole file.
 */

export interface XmlPart {
  readonly name: string;
  /** The part's text nodes, joined in document order (entities decoded). */
  readonly text: string;
}

/**
 * Every XML part of the package, parsed, and those of the packages embedded in it (a chart's
 * workbook in a .docx) named `outer!inner`; throws naming the part and the parser's complaint.
 */
export async function parseXmlParts(file: Buffer | Uint8Array, prefix = ''): Promise<XmlPart[]> {
  const zip = await JSZip.loadAsync(file);
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]?.dir);
  const parts: XmlPart[] = [];
  for (const name of names) {
    if (/\.(xml|rels)$/.test(name)) {
      const xml = (await zip.file(name)?.async('string')) ?? '';
      parts.push({ name: `${prefix}${name}`, text: parseXml(`${prefix}${name}`, xml) });
    } else if (/\.(xlsx|docx)$/.test(name)) {
      const embedded = await zip.file(name)?.async('uint8array');
      if (embedded) parts.push(...(await parseXmlParts(embedded, `${prefix}${name}!`)));
    }
  }
  return parts;
}

function parseXml(name: string, xml: string): string {
  const parser = new SaxesParser({ xmlns: true });
  const texts: string[] = [];
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('text', (text) => texts.push(text));
  parser.on('cdata', (text) => texts.push(text));
  parser.write(xml).close();
  if (failure) throw new Error(`${name} is not well-formed XML: ${failure.message}`);
  return texts.join('');
}

export function requireLibreOffice(): void {
  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (soffice.error || soffice.status !== 0) {
    throw new Error(
      'LibreOffice (soffice) is not installed, so the file cannot be checked: run `bash scripts/ensure-libreoffice.sh` (npm test does).',
    );
  }
}

export interface Conversion {
  /** What soffice printed; a complaint about the file shows here. */
  readonly log: string;
  readonly status: number | null;
  /** The converted files, by name, as bytes. */
  readonly outputs: ReadonlyMap<string, Buffer>;
}

/**
 * The file converted by LibreOffice headless, in its own scratch folder and profile (so parallel
 * runs do not share one). `filter` is soffice's --convert-to argument, e.g. "pdf" or
 * "txt:Text (encoded):UTF8".
 */
export function convertWithLibreOffice(file: Buffer, extension: string, filter: string): Conversion {
  const scratch = mkdtempSync(join(tmpdir(), 'kvalita-office-'));
  try {
    const input = join(scratch, `input.${extension}`);
    const out = join(scratch, 'out');
    writeFileSync(input, file);
    const conversion = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(scratch, 'profile')}`,
        '--headless',
        '--convert-to',
        filter,
        '--outdir',
        out,
        input,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    const outputs = new Map<string, Buffer>();
    for (const name of safeList(out)) outputs.set(name, readFileSync(join(out, name)));
    return { log: `${conversion.stdout}\n${conversion.stderr}`, status: conversion.status, outputs };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function safeList(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
