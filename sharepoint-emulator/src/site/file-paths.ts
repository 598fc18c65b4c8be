import { spErrors } from '../errors';

/** Characters SharePoint Online refuses in a file name (the folder separator is handled apart). */
const FORBIDDEN = /["*:<>?\\|]/;

function hasControlCharacter(name: string): boolean {
  return [...name].some((ch) => ch.charCodeAt(0) < 0x20);
}

/**
 * Checks a file name as SharePoint Online does: no " * : < > ? \ |, no leading or trailing space,
 * no trailing period, not empty. A "/" would name a subfolder, which the emulator does not keep.
 */
export function checkFileName(name: string): void {
  if (name.includes('/')) throw spErrors.unsupportedByEmulator(`A file in a subfolder ('${name}')`);
  if (
    name.trim() === '' ||
    FORBIDDEN.test(name) ||
    hasControlCharacter(name) ||
    name !== name.trim() ||
    name.endsWith('.')
  )
    throw spErrors.invalidFileName();
}

/**
 * A server-relative URL from what a client sent: server-relative (/sites/kvalita/Docs/a.txt),
 * web-relative (Docs/a.txt) or absolute (http://host/sites/kvalita/Docs/a.txt).
 */
export function serverRelativeUrl(url: string, sitePath: string): string {
  let path = url.trim();
  if (/^https?:\/\//i.test(path)) {
    try {
      path = decodeURIComponent(new URL(path).pathname);
    } catch {
      throw spErrors.fileNotFound();
    }
  }
  if (!path.startsWith('/')) path = `${sitePath}/${path}`;
  return path.replace(/\/+$/, '');
}

/** The URL relative to the web, as SharePoint writes it in messages: Docs/a.txt. */
export function webRelativeUrl(serverRelative: string, sitePath: string): string {
  return serverRelative.toLowerCase().startsWith(`${sitePath.toLowerCase()}/`)
    ? serverRelative.slice(sitePath.length + 1)
    : serverRelative.replace(/^\//, '');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "24 Nov 2017 20:50:43 +0000", the date format of SharePoint's "already exists" message. */
export function messageDate(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}
