import { INTL_TAGS, type Locale } from '@kvalita/core';

export { dateText } from '../platform/i18n/date-text';

/** A share as a whole percentage; 0 when nobody is asked (nothing to divide). */
export function percentOf(acknowledged: number, audience: number): number {
  return audience === 0 ? 0 : Math.round((acknowledged / audience) * 100);
}

/** A file's name with its size, as a download button names it ("SM-01.docx, 24 kB"). */
export function fileText(locale: Locale, file: { readonly name: string; readonly bytes: number }): string {
  const kilobytes = Math.max(1, Math.round(file.bytes / 1024));
  const size =
    kilobytes < 1024
      ? `${kilobytes.toLocaleString(INTL_TAGS[locale])} kB`
      : `${(kilobytes / 1024).toLocaleString(INTL_TAGS[locale], { maximumFractionDigits: 1 })} MB`;
  return `${file.name}, ${size}`;
}
