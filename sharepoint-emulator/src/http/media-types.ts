/**
 * SharePoint's three JSON flavours. `application/json` alone means minimal metadata (SharePoint
 * Online's default, and what @pnp/sp 4's DefaultHeaders sends); `odata=verbose` wraps everything in
 * `{ d: … }` with `__metadata`.
 */
export type MetadataLevel = 'verbose' | 'minimal' | 'none';

export function metadataLevelFromAccept(accept: string | undefined): MetadataLevel {
  const value = (accept ?? '').toLowerCase();
  if (value.includes('odata=verbose')) return 'verbose';
  if (value.includes('odata=nometadata')) return 'none';
  return 'minimal';
}

/** Whether a request body is written in the verbose dialect (`__metadata`, `{ results: [...] }`). */
export function isVerboseBody(contentType: string | undefined): boolean {
  return (contentType ?? '').toLowerCase().includes('odata=verbose');
}

export function jsonContentType(level: MetadataLevel): string {
  switch (level) {
    case 'verbose':
      return 'application/json;odata=verbose;charset=utf-8';
    case 'none':
      return 'application/json;odata=nometadata;streaming=true;charset=utf-8';
    case 'minimal':
      return 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
  }
}
