import { crc32, deflateSync, inflateSync } from 'node:zlib';

/** An image as 8-bit RGBA, row by row, top to bottom (4 bytes a pixel). */
export interface RgbaImage {
  width: number;
  height: number;
  rgba: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Colour types from the PNG specification, section 11.2.2. */
const GREYSCALE = 0;
const TRUECOLOUR = 2;
const INDEXED = 3;
const GREYSCALE_ALPHA = 4;
const TRUECOLOUR_ALPHA = 6;

const CHANNELS: Record<number, number> = {
  [GREYSCALE]: 1,
  [TRUECOLOUR]: 3,
  [INDEXED]: 1,
  [GREYSCALE_ALPHA]: 2,
  [TRUECOLOUR_ALPHA]: 4,
};

export class PngError extends Error {}

function chunk(type: string, data: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(data.length, 0);
  header.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([header.subarray(4), data])), 0);
  return Buffer.concat([header, data, crc]);
}

/** Encodes RGBA pixels as a non-interlaced 8-bit truecolour-with-alpha PNG. */
export function encodePng(image: RgbaImage): Buffer {
  const { width, height, rgba } = image;
  if (rgba.length !== width * height * 4) {
    throw new PngError(
      `expected ${width * height * 4} bytes of RGBA for ${width}x${height}, got ${rgba.length}`,
    );
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = TRUECOLOUR_ALPHA;
  // bytes 10–12: compression 0, filter method 0, no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None: icons are tiny, deflate does the work
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

interface Header {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  interlace: number;
}

/** Reads only the IHDR chunk: enough for a size check without decoding pixels. */
export function readPngHeader(png: Uint8Array): Header {
  const buffer = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (buffer.length < 33 || !buffer.subarray(0, 8).equals(SIGNATURE)) {
    throw new PngError('not a PNG file (missing PNG signature)');
  }
  if (buffer.toString('ascii', 12, 16) !== 'IHDR') throw new PngError('the first chunk is not IHDR');
  return {
    width: buffer.readUInt32BE(16),
    height: buffer.readUInt32BE(20),
    bitDepth: buffer[24] ?? 0,
    colourType: buffer[25] ?? 0,
    interlace: buffer[28] ?? 0,
  };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/** Reverses the per-row filters (PNG specification, section 9). */
function unfilter(data: Buffer, height: number, stride: number, bytesPerPixel: number): Buffer {
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const dst = y * stride;
    for (let x = 0; x < stride; x++) {
      const raw = data[src + x] ?? 0;
      const left = x >= bytesPerPixel ? (out[dst + x - bytesPerPixel] ?? 0) : 0;
      const up = y > 0 ? (out[dst - stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= bytesPerPixel ? (out[dst - stride + x - bytesPerPixel] ?? 0) : 0;
      let value: number;
      switch (filter) {
        case 0:
          value = raw;
          break;
        case 1:
          value = raw + left;
          break;
        case 2:
          value = raw + up;
          break;
        case 3:
          value = raw + Math.floor((left + up) / 2);
          break;
        case 4:
          value = raw + paeth(left, up, upLeft);
          break;
        default:
          throw new PngError(`row ${y} uses unknown filter type ${String(filter)}`);
      }
      out[dst + x] = value & 0xff;
    }
  }
  return out;
}

/** Reads one sample of `bitDepth` bits; 16-bit samples keep their high byte. */
function sampleAt(row: Buffer, rowStart: number, index: number, bitDepth: number): number {
  if (bitDepth === 8) return row[rowStart + index] ?? 0;
  if (bitDepth === 16) return row[rowStart + index * 2] ?? 0;
  const bitOffset = index * bitDepth;
  const byte = row[rowStart + (bitOffset >> 3)] ?? 0;
  const shift = 8 - bitDepth - (bitOffset & 7);
  return (byte >> shift) & ((1 << bitDepth) - 1);
}

/**
 * Decodes a non-interlaced PNG of any colour type and bit depth into 8-bit RGBA, so the icon rules
 * can look at every pixel whatever tool saved the file.
 */
export function decodePng(png: Uint8Array): RgbaImage {
  const header = readPngHeader(png);
  const { width, height, bitDepth, colourType, interlace } = header;
  const channels = CHANNELS[colourType];
  if (channels === undefined) throw new PngError(`unknown colour type ${colourType}`);
  if (![1, 2, 4, 8, 16].includes(bitDepth)) throw new PngError(`unsupported bit depth ${bitDepth}`);
  if (interlace !== 0)
    throw new PngError('interlaced PNGs are not supported; save the icon without interlacing');

  const buffer = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const idat: Buffer[] = [];
  let palette: Buffer | undefined;
  let transparency: Buffer | undefined;
  let offset = 8;
  let ended = false;
  while (offset + 12 <= buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('ascii', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > buffer.length) throw new PngError(`chunk ${type} runs past the end of the file`);
    const data = buffer.subarray(offset + 8, offset + 8 + length);
    if (
      crc32(buffer.subarray(offset + 4, offset + 8 + length)) !== buffer.readUInt32BE(offset + 8 + length)
    ) {
      throw new PngError(`chunk ${type} has a bad CRC (the file is damaged)`);
    }
    if (type === 'IDAT') idat.push(data);
    else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') transparency = data;
    else if (type === 'IEND') {
      ended = true;
      break;
    }
    offset = end;
  }
  if (!ended) throw new PngError('the file ends before the IEND chunk');
  if (idat.length === 0) throw new PngError('no image data (IDAT chunk)');
  if (colourType === INDEXED && !palette) throw new PngError('indexed-colour PNG without a palette');

  const bitsPerPixel = channels * bitDepth;
  const stride = Math.ceil((width * bitsPerPixel) / 8);
  let inflated: Buffer;
  try {
    inflated = inflateSync(Buffer.concat(idat));
  } catch (error) {
    throw new PngError(`image data does not inflate: ${(error as Error).message}`);
  }
  if (inflated.length < (stride + 1) * height) throw new PngError('image data is shorter than the image');
  const rows = unfilter(inflated, height, stride, Math.max(1, bitsPerPixel >> 3));

  const rgba = new Uint8Array(width * height * 4);
  // Samples below 8 bits are scaled to 0–255 (e.g. 1-bit white is 1 → 255).
  const scale = bitDepth < 8 ? 255 / ((1 << bitDepth) - 1) : 1;
  // tRNS for greyscale/truecolour names one colour that is fully transparent; compare raw samples.
  const transparentKey =
    transparency && (colourType === GREYSCALE || colourType === TRUECOLOUR)
      ? Array.from({ length: colourType === GREYSCALE ? 1 : 3 }, (_, i) => transparency.readUInt16BE(i * 2))
      : undefined;
  for (let y = 0; y < height; y++) {
    const rowStart = y * stride;
    for (let x = 0; x < width; x++) {
      const out = (y * width + x) * 4;
      const sample = (c: number) => sampleAt(rows, rowStart, x * channels + c, bitDepth);
      let r: number;
      let g: number;
      let b: number;
      let a = 255;
      if (colourType === INDEXED) {
        const index = sample(0);
        if (!palette || index * 3 + 2 >= palette.length)
          throw new PngError(`palette index ${index} out of range`);
        r = palette[index * 3] ?? 0;
        g = palette[index * 3 + 1] ?? 0;
        b = palette[index * 3 + 2] ?? 0;
        a = transparency?.[index] ?? 255;
      } else if (colourType === GREYSCALE || colourType === GREYSCALE_ALPHA) {
        r = g = b = Math.round(sample(0) * scale);
        if (colourType === GREYSCALE_ALPHA) a = sample(1);
      } else {
        r = sample(0);
        g = sample(1);
        b = sample(2);
        if (colourType === TRUECOLOUR_ALPHA) a = sample(3);
      }
      if (transparentKey) {
        const raw = (c: number) =>
          bitDepth === 16
            ? (rows[rowStart + (x * channels + c) * 2] ?? 0) * 256 +
              (rows[rowStart + (x * channels + c) * 2 + 1] ?? 0)
            : sample(c);
        if (transparentKey.every((key, c) => raw(c) === key)) a = 0;
      }
      rgba[out] = r;
      rgba[out + 1] = g;
      rgba[out + 2] = b;
      rgba[out + 3] = a;
    }
  }
  return { width, height, rgba };
}
