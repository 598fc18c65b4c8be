import type { Issue } from './issues';
import type { RgbaImage } from './png';
import { decodePng, PngError } from './png';

/**
 * Teams' icon rules, which the JSON schema cannot see (it only knows the file names):
 * the colour icon is a 192×192 PNG, the outline icon a 32×32 PNG that is white on transparent.
 */
export const COLOUR_SIZE = 192;
export const OUTLINE_SIZE = 32;

function decode(png: Uint8Array, file: string, issues: Issue[]): RgbaImage | undefined {
  try {
    return decodePng(png);
  } catch (error) {
    if (!(error instanceof PngError)) throw error;
    issues.push({ file, path: '', message: `is not a readable PNG: ${error.message}` });
    return undefined;
  }
}

function checkSize(image: RgbaImage, size: number, file: string, issues: Issue[]): void {
  if (image.width !== size || image.height !== size) {
    issues.push({
      file,
      path: '',
      message: `must be ${size}×${size} pixels, is ${image.width}×${image.height}`,
    });
  }
}

export function checkColourIcon(png: Uint8Array, file: string): Issue[] {
  const issues: Issue[] = [];
  const image = decode(png, file, issues);
  if (!image) return issues;
  checkSize(image, COLOUR_SIZE, file, issues);
  let visible = false;
  for (let i = 3; i < image.rgba.length; i += 4) if ((image.rgba[i] ?? 0) > 0) visible = true;
  if (!visible) issues.push({ file, path: '', message: 'is fully transparent' });
  return issues;
}

/**
 * Every pixel of the outline icon is either fully transparent (alpha 0, any colour) or white
 * (255, 255, 255) at any opacity; anything else shows as a coloured smudge in the Teams app bar.
 */
export function checkOutlineIcon(png: Uint8Array, file: string): Issue[] {
  const issues: Issue[] = [];
  const image = decode(png, file, issues);
  if (!image) return issues;
  checkSize(image, OUTLINE_SIZE, file, issues);
  let offending = 0;
  let first = '';
  let white = 0;
  for (let pixel = 0; pixel < image.width * image.height; pixel++) {
    const [r = 0, g = 0, b = 0, a = 0] = image.rgba.subarray(pixel * 4, pixel * 4 + 4);
    if (a === 0) continue;
    if (r === 255 && g === 255 && b === 255) {
      white++;
      continue;
    }
    if (offending++ === 0) {
      first = `(${pixel % image.width}, ${Math.floor(pixel / image.width)}) is rgba(${r}, ${g}, ${b}, ${a})`;
    }
  }
  if (offending > 0) {
    issues.push({
      file,
      path: '',
      message: `must be white on transparent only; ${offending} pixel(s) are neither, first ${first}`,
    });
  }
  if (white === 0)
    issues.push({ file, path: '', message: 'has no white pixels: the outline icon would be invisible' });
  return issues;
}
