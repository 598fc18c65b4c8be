import { randomUUID } from 'node:crypto';
import { spErrors } from '../errors';
import { bodyText, statusText, type ApiResponse } from './api-types';

/** One HTTP request embedded in a $batch body (changesets are flattened, in order). */
export interface BatchPart {
  readonly method: string;
  readonly url: string;
  /** Header names in lower case. */
  readonly headers: Record<string, string>;
  readonly body: string;
}

export function boundaryOf(contentType: string | undefined): string | undefined {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  return match ? (match[1] ?? match[2]) : undefined;
}

/**
 * Parses a multipart/mixed $batch body as @pnp/sp sends it: GETs as parts of the batch, writes
 * inside changesets, each part an application/http request. Lines may end in LF or CRLF.
 */
export function parseBatch(body: string, contentType: string | undefined): BatchPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary)
    throw spErrors.invalidBatch(
      'The Content-Type of a $batch request must be multipart/mixed with a boundary.',
    );
  const parts: BatchPart[] = [];
  for (const part of splitMultipart(body, boundary)) {
    const { headers, content } = splitHeaders(part);
    const partType = headers['content-type'] ?? '';
    if (partType.toLowerCase().startsWith('multipart/mixed')) {
      const changeset = boundaryOf(partType);
      if (!changeset) throw spErrors.invalidBatch('A changeset in the $batch has no boundary.');
      for (const inner of splitMultipart(content, changeset)) parts.push(parseHttpPart(inner));
    } else {
      parts.push(parseHttpPart(part));
    }
  }
  return parts;
}

function splitMultipart(text: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  let current: string[] | undefined;
  let closed = false;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trimEnd();
    if (trimmed === `${delimiter}--`) {
      if (current) parts.push(current.join('\n'));
      current = undefined;
      closed = true;
      break;
    }
    if (trimmed === delimiter) {
      if (current) parts.push(current.join('\n'));
      current = [];
      continue;
    }
    current?.push(line);
  }
  if (!closed)
    throw spErrors.invalidBatch(`The $batch body does not end with the boundary '${delimiter}--'.`);
  return parts;
}

function splitHeaders(part: string): { headers: Record<string, string>; content: string } {
  const lines = part.split('\n');
  const headers: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/\r$/, '');
    if (line.trim() === '') {
      i++;
      break;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw spErrors.invalidBatch(`The $batch header line '${line}' is not valid.`);
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, content: lines.slice(i).join('\n') };
}

function parseHttpPart(part: string): BatchPart {
  const { headers: partHeaders, content } = splitHeaders(part);
  const partType = (partHeaders['content-type'] ?? '').toLowerCase();
  if (!partType.startsWith('application/http'))
    throw spErrors.invalidBatch('Each part of a $batch must be application/http.');
  const lines = content.replace(/^\s*\n/, '').split('\n');
  const requestLine = (lines.shift() ?? '').replace(/\r$/, '');
  const match = /^([A-Z]+) (\S+)(?: HTTP\/\d\.\d)?$/.exec(requestLine);
  if (!match) throw spErrors.invalidBatch(`The request line '${requestLine}' in the $batch is not valid.`);
  const { headers, content: body } = splitHeaders(lines.join('\n'));
  return { method: match[1] as string, url: match[2] as string, headers, body: body.replace(/[\r\n]+$/, '') };
}

/**
 * Writes the $batch response as SharePoint Online does: one --batchresponse_ part per request in
 * order (changeset responses flattened too), each an embedded HTTP response.
 */
export function renderBatchResponse(responses: readonly ApiResponse[]): {
  contentType: string;
  body: string;
} {
  const boundary = `batchresponse_${randomUUID()}`;
  const out: string[] = [];
  for (const response of responses) {
    out.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    out.push(`HTTP/1.1 ${response.status} ${statusText(response.status)}`);
    for (const [name, value] of Object.entries(response.headers))
      out.push(`${name.toUpperCase() === 'ETAG' ? 'ETag' : name.toUpperCase()}: ${value}`);
    out.push('');
    const body = bodyText(response.body);
    if (body !== undefined && body !== '') out.push(body);
  }
  out.push(`--${boundary}--`, '');
  return { contentType: `multipart/mixed; boundary=${boundary}`, body: out.join('\r\n') };
}
