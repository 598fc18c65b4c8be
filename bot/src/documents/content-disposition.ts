/**
 * A Content-Disposition header for a file name in any language (RFC 6266 with RFC 5987's
 * `filename*`): browsers that read `filename*` get "Metodika řízení kvality.docx" as it is, older
 * ones an ASCII copy without accents; quotes, backslashes and control characters never reach
 * the header.
 */
export function contentDisposition(kind: 'attachment' | 'inline', fileName: string): string {
  const ascii =
    fileName
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\x20-\x7E]/g, '_')
      .replace(/["\\]/g, '_')
      .trim() || 'document';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
