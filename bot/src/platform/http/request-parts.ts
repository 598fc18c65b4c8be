import { DomainError, isLocale, type Locale } from '@kvalita/core';
import type { Request, Response } from 'express';
import { contentDisposition } from '../../documents/content-disposition';
import { localeFromAcceptLanguage } from './locale';

/*
 * What every feature's routes read from a request and how they answer a file, written once.
 */

/** An id in the path: a positive whole number of at most ten digits. */
const ID_PATTERN = /^[1-9]\d{0,9}$/;

/** The path parameter `name` as an id; anything else names nothing there (404 with `details`). */
export function pathId(req: Request, name = 'id', details = `${name} is a positive whole number`): number {
  const raw = String(req.params[name] ?? '');
  if (!ID_PATTERN.test(raw)) throw new DomainError('notFound', { details });
  return Number(raw);
}

/** ?locale=cs|en, else the caller's language (Accept-Language). */
export function requestLocale(req: Request): Locale {
  const requested = req.query['locale'];
  if (requested === undefined) return localeFromAcceptLanguage(req.headers['accept-language']);
  if (!isLocale(requested)) throw new DomainError('badRequest', { details: 'locale must be cs or en' });
  return requested;
}

/** A reply the browser and proxies must not keep (it depends on who asks and changes). */
export const noStore = (res: Response): void => {
  res.setHeader('Cache-Control', 'no-store');
};

/** A file to download: its type, an attachment under its name, never cached, never sniffed. */
export function sendDownload(res: Response, type: string, name: string, bytes: Uint8Array): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', contentDisposition('attachment', name));
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.send(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes));
}
