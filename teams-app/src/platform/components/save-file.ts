/**
 * Saves a blob under a file name through a temporary object URL: downloads from the service need
 * the sign-in header, so they are fetched by the API client and cannot be plain links.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
