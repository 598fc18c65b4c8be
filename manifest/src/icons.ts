// Regenerates manifest/icons/color.png and outline.png from the shapes in icon-art.ts.
// Run from the repository root: npx tsx manifest/src/icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { renderColourIcon, renderOutlineIcon } from './icon-art';
import { encodePng } from './png';

const iconsDir = join(import.meta.dirname, '..', 'icons');
mkdirSync(iconsDir, { recursive: true });
for (const [name, image] of [
  ['color.png', renderColourIcon()],
  ['outline.png', renderOutlineIcon()],
] as const) {
  const png = encodePng(image);
  const path = join(iconsDir, name);
  writeFileSync(path, png);
  console.log(`${relative(process.cwd(), path)}: ${image.width}×${image.height}, ${png.length} bytes`);
}
