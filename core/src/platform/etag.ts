/*
 * What an etag sent back with a write may be. SharePoint gives every item a strong entity tag
 * (RFC 9110: `"` opaque characters `"`, an item's `"7"`, a file's `"{GUID},7"`); a write must name
 * the version it was made on, so only such a tag is taken. A blank value would become an empty
 * If-Match, which SharePoint reads as "no precondition"; the wildcard `*` matches any version; a
 * character outside Latin-1 or a line break cannot be sent in a header at all. Browser-safe (no
 * schema library): the API's schema and the SharePoint layer share it.
 */

/** Far longer than any SharePoint ETag; a longer value is not one. */
export const ETAG_MAX_LENGTH = 128;

// Inside the quotes: visible ASCII but the quote (0x21, 0x23–0x7E) and visible Latin-1 (0xA1–0xFF),
// the entity tag's characters (RFC 9110 etagc) without space, controls and NBSP.
const STRONG_ETAG = /^"[\x21\x23-\x7E\xA1-\xFF]+"$/;

/** True for a strong entity tag of the kind SharePoint gives its items and files. */
export function isWellFormedEtag(value: string): boolean {
  return value.length <= ETAG_MAX_LENGTH && STRONG_ETAG.test(value);
}
