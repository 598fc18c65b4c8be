import { z } from 'zod';
import { safeText } from './safe-text';

/*
 * Text fields of request bodies, cleaned the same way in every feature: Unicode is composed (NFC),
 * line ends become \n, control, bidirectional and unpaired-surrogate characters (`safeText`) and
 * zero-width characters are dropped, so a title cannot read backwards nor break a file it is
 * exported to; one-line fields lose line breaks and tabs too. Markup stays literal text: whoever
 * shows it escapes it. Messages in English, for developers (the tab shows its own per field).
 */

const clean = (value: string) => safeText(value.normalize('NFC').replace(/\r\n?/g, '\n')).trim();
const oneLine = (value: string) => clean(value.replace(/[\t\n\r]+/g, ' ')).replace(/ {2,}/g, ' ');
/** Zero-width and line/paragraph separators: invisible in one line, refused nowhere but dropped. */
const invisible = (value: string) => value.replace(/[\u200B-\u200D\u2028\u2029\uFEFF]/g, '');

export const lengthMessage = (max: number) => `at most ${max.toLocaleString('en')} characters`;

/** One line of text of at most `max` characters (after cleaning). */
export const lineText = (max: number) =>
  z
    .string({ error: 'must be text' })
    .overwrite((value) => oneLine(invisible(value)))
    .max(max, lengthMessage(max));

/** Text with paragraphs (at most one empty line in a row) of at most `max` characters. */
export const multilineText = (max: number) =>
  z
    .string({ error: 'must be text' })
    .overwrite((value) => clean(invisible(value)).replace(/\n{3,}/g, '\n\n'))
    .max(max, lengthMessage(max));

/** A one-line text that may not be empty. */
export const requiredLine = (max: number) => lineText(max).min(1, 'required');

/** An e-mail address, lower-cased (the directory's key). */
export const emailText = (max: number) =>
  z
    .string({ error: 'must be an e-mail address' })
    .trim()
    .toLowerCase()
    .max(max, lengthMessage(max))
    .pipe(z.email('must be an e-mail address'));
