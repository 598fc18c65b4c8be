import type { RequestHandler } from 'express';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { preferredEncoding } from './accept-encoding';

/**
 * API replies compressed like the tab's files (brotli, else gzip), so a page's data costs what
 * its script does: the CAF model, survey results and lists are repetitive JSON that shrinks to a
 * quarter. Only JSON from `res.json` and only above a size where the headers would outweigh the
 * saving; `Vary: Accept-Encoding` keeps shared caches from mixing the two.
 */
const MIN_BYTES = 1024;
/** Brotli's quality 5: near its best ratio on JSON at a fraction of the time of 11. */
const BROTLI_QUALITY = 5;

export function compressJson(): RequestHandler {
  return (req, res, next) => {
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      const text = JSON.stringify(body);
      if (text === undefined) return json(body);
      // Serialised once: the text is what is sent, as it is or compressed.
      const raw = Buffer.from(text);
      res.type('application/json');
      if (raw.length < MIN_BYTES) return res.send(text);
      res.vary('Accept-Encoding');
      const encoding = preferredEncoding(req.headers['accept-encoding'], ['br', 'gzip'] as const);
      if (encoding === null) return res.send(text);
      const packed =
        encoding === 'br'
          ? brotliCompressSync(raw, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
                [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
                [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
              },
            })
          : gzipSync(raw);
      res.setHeader('Content-Encoding', encoding);
      return res.send(packed);
    };
    next();
  };
}
