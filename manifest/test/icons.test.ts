import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { renderColourIcon, renderOutlineIcon } from '../src/icon-art';
import { checkColourIcon, checkOutlineIcon } from '../src/icon-rules';
import { decodePng, encodePng, PngError, readPngHeader } from '../src/png';
import { manifestDir } from './helpers';

const committed = (name: string) => readFileSync(join(manifestDir, 'icons', name));

function solid(width: number, height: number, rgba: [number, number, number, number]) {
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0; i < pixels.length; i += 4) pixels.set(rgba, i);
  return { width, height, rgba: pixels };
}

/** A hand-made indexed-colour PNG (colour type 3, 2-bit) to check the decoder beyond RGBA. */
function indexedPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.from([0, 0, 0, 4, 0, 0, 0, 1, 2, 3, 0, 0, 0]); // 4×1, 2-bit, indexed
  const palette = Buffer.from([255, 255, 255, 255, 0, 0]); // 0 white, 1 red
  const transparency = Buffer.from([255, 255]);
  const pixels = Buffer.from([0, 0b00_01_00_00]); // filter None; indexes 0, 1, 0, 0
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', palette),
    chunk('tRNS', transparency),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('the committed icons', () => {
  it('are a 192×192 colour icon and a 32×32 white-on-transparent outline icon', () => {
    expect(readPngHeader(committed('color.png'))).toMatchObject({ width: 192, height: 192 });
    expect(readPngHeader(committed('outline.png'))).toMatchObject({ width: 32, height: 32 });
    expect(checkColourIcon(committed('color.png'), 'color.png')).toEqual([]);
    expect(checkOutlineIcon(committed('outline.png'), 'outline.png')).toEqual([]);
  });

  it('have only white or fully transparent pixels in the outline, and some of each', () => {
    const { rgba } = decodePng(committed('outline.png'));
    const kinds = new Set<string>();
    for (let i = 0; i < rgba.length; i += 4) {
      const [r, g, b, a] = rgba.subarray(i, i + 4);
      kinds.add(a === 0 ? 'transparent' : `${r},${g},${b},${a}`);
    }
    expect([...kinds].sort()).toEqual(['255,255,255,255', 'transparent']);
  });

  it('are what manifest/src/icons.ts draws (regenerate them after changing the drawing)', () => {
    expect(encodePng(renderColourIcon()).equals(committed('color.png'))).toBe(true);
    expect(encodePng(renderOutlineIcon()).equals(committed('outline.png'))).toBe(true);
  });
});

describe('icon checks', () => {
  it('reject icons of the wrong size', () => {
    expect(checkColourIcon(encodePng(solid(96, 96, [31, 90, 166, 255])), 'color.png')).toEqual([
      { file: 'color.png', path: '', message: 'must be 192×192 pixels, is 96×96' },
    ]);
    expect(checkOutlineIcon(encodePng(solid(48, 48, [255, 255, 255, 255])), 'outline.png')).toEqual([
      { file: 'outline.png', path: '', message: 'must be 32×32 pixels, is 48×48' },
    ]);
  });

  it('reject an outline icon with a coloured or grey pixel, and say where', () => {
    const image = decodePng(committed('outline.png'));
    image.rgba.set([31, 90, 166, 255], (3 * 32 + 5) * 4);
    image.rgba.set([128, 128, 128, 64], (4 * 32 + 5) * 4);
    expect(checkOutlineIcon(encodePng(image), 'outline.png')).toEqual([
      {
        file: 'outline.png',
        path: '',
        message:
          'must be white on transparent only; 2 pixel(s) are neither, first (5, 3) is rgba(31, 90, 166, 255)',
      },
    ]);
  });

  it('accept semi-transparent white and any colour under full transparency in the outline', () => {
    const image = solid(32, 32, [12, 34, 56, 0]);
    image.rgba.set([255, 255, 255, 128], 0);
    expect(checkOutlineIcon(encodePng(image), 'outline.png')).toEqual([]);
  });

  it('reject an invisible outline icon and files that are not PNGs', () => {
    expect(checkOutlineIcon(encodePng(solid(32, 32, [0, 0, 0, 0])), 'outline.png')[0]?.message).toMatch(
      /no white pixels/,
    );
    expect(checkColourIcon(Buffer.from('<svg/>'), 'color.png')).toEqual([
      {
        file: 'color.png',
        path: '',
        message: 'is not a readable PNG: not a PNG file (missing PNG signature)',
      },
    ]);
  });
});

describe('the PNG codec', () => {
  it('round-trips RGBA pixels', () => {
    const image = renderOutlineIcon();
    expect(decodePng(encodePng(image))).toEqual(image);
  });

  it('decodes indexed colour with a transparency table, as other tools save icons', () => {
    const { width, height, rgba } = decodePng(indexedPng());
    expect({ width, height }).toEqual({ width: 4, height: 1 });
    expect([...rgba]).toEqual([255, 255, 255, 255, 255, 0, 0, 255, 255, 255, 255, 255, 255, 255, 255, 255]);
  });

  it('notices a damaged file', () => {
    const png = encodePng(renderOutlineIcon());
    png[40] = (png[40] ?? 0) ^ 0xff;
    expect(() => decodePng(png)).toThrow(PngError);
  });
});
