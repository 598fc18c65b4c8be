/** A file sent as a request's body, with the share of it sent so far reported as it goes. */
export interface UploadBody {
  readonly file: Blob;
  /** Bytes sent so far and the whole size; called as the browser sends the body. */
  readonly onProgress?: (sent: number, total: number) => void;
  /** Headers the upload carries beside its type (a file's name, URL-encoded). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** What the client reads of an answer (ok, status, the JSON body), as fetch's Response has it. */
export type AnswerLike = Pick<Response, 'ok' | 'status' | 'json'>;

/**
 * Sends one request with a file body through XMLHttpRequest: fetch cannot say how much of a body
 * has been sent, and a person uploading a large document must see it move. The answer is given in
 * the parts of a Response the client reads, so errors, the sign-in header and the reply's check
 * take the same path as every other request. A request that never gets an answer (the network
 * broke off, the service went away) rejects like a failed fetch.
 */
export function sendWithProgress(
  url: string,
  method: string,
  headers: Readonly<Record<string, string>>,
  body: UploadBody,
  signal: AbortSignal | undefined,
): Promise<AnswerLike> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(method, url);
    for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => body.onProgress?.(event.loaded, event.total || body.file.size);
    request.onload = () => {
      const text = request.responseText;
      resolve({
        ok: request.status >= 200 && request.status < 300,
        status: request.status,
        json: () => Promise.resolve(JSON.parse(text) as unknown),
      });
    };
    request.onerror = () => reject(new TypeError('The upload broke off'));
    request.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    if (signal !== undefined) {
      if (signal.aborted) {
        reject(new DOMException('The upload was cancelled', 'AbortError'));
        return;
      }
      signal.addEventListener('abort', () => request.abort(), { once: true });
    }
    request.send(body.file);
  });
}
