#!/usr/bin/env node
/**
 * Builds teams/TeamsSPFxApp.zip, the Teams app package that `gulp package-solution` puts into the
 * .sppkg (it copies everything in teams/ into ClientSideAssets/). When an administrator chooses
 * "Add to Teams" in the app catalog, SharePoint deploys this package instead of generating one.
 *
 *   node scripts/teams-package.mjs              write teams/TeamsSPFxApp.zip
 *   node scripts/teams-package.mjs --out FILE   write the package somewhere else
 *   node scripts/teams-package.mjs --icons      redraw the app icons (teams/ and sharepoint/images/)
 *
 * The zip holds exactly manifest.json and the two icons it names, at the root (Teams rejects a
 * package whose files sit in a folder). It is byte-for-byte reproducible: fixed order, fixed dates.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const teamsDir = join(root, 'teams');
export const TEAMS_PACKAGE = join(teamsDir, 'TeamsSPFxApp.zip');
const FIXED_DATE = new Date(Date.UTC(2020, 0, 1, 0, 0, 0));

/** The package's bytes, built from teams/manifest.json and the icons it names. */
export async function buildTeamsPackage() {
  const manifestText = readFileSync(join(teamsDir, 'manifest.json'), 'utf8');
  const manifest = JSON.parse(manifestText);
  const names = [manifest.icons?.color, manifest.icons?.outline];
  if (names.some((n) => typeof n !== 'string' || n.includes('/') || n.includes('\\'))) {
    throw new Error('teams/manifest.json: icons.color and icons.outline must name files in teams/');
  }
  const zip = new JSZip();
  const options = { date: FIXED_DATE, createFolders: false };
  zip.file('manifest.json', manifestText, options);
  for (const name of names) zip.file(name, readFileSync(join(teamsDir, name)), options);
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'DOS',
  });
}

// ---------------------------------------------------------------------------------------------
// Icons: three connected circles (a community), white on the brand colour. Drawn here with
// supersampling and written as RGBA PNGs with node:zlib, so the artwork is reproducible.

export const BRAND = [0x03, 0x78, 0x7c]; // #03787C, the manifest's accentColor

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
/** An 8-bit RGBA PNG from `rgba` (width * height * 4 bytes). */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// The symbol in a unit box: three members, each linked to the other two.
const NODES = [
  [0.5, 0.19],
  [0.18, 0.75],
  [0.82, 0.75],
];
const NODE_R = 0.15;
const LINK_W = 0.075;
const SYMBOL_CENTRE = [0.5, 0.47];

function distToSegment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
function inNode(x, y) {
  return NODES.some(([cx, cy]) => Math.hypot(x - cx, y - cy) <= NODE_R);
}
function inLink(x, y) {
  return NODES.some((a, i) => distToSegment(x, y, a, NODES[(i + 1) % NODES.length]) <= LINK_W / 2);
}

/**
 * Draws the symbol at `symbolSize` px, centred on a `size` px canvas. `background` is an RGB
 * colour or null (transparent). Links are drawn at `linkAlpha` so the circles stand out.
 */
export function drawIcon(size, symbolSize, background, linkAlpha) {
  const rgba = Buffer.alloc(size * size * 4);
  const S = 8; // 8 x 8 samples per pixel
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let node = 0,
        link = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S - size / 2) / symbolSize + SYMBOL_CENTRE[0];
          const y = (py + (sy + 0.5) / S - size / 2) / symbolSize + SYMBOL_CENTRE[1];
          if (inNode(x, y)) node++;
          else if (inLink(x, y)) link++;
        }
      }
      const white = (node + link * linkAlpha) / (S * S); // coverage of white
      const i = (py * size + px) * 4;
      if (background) {
        for (let c = 0; c < 3; c++) rgba[i + c] = Math.round(background[c] * (1 - white) + 255 * white);
        rgba[i + 3] = 255;
      } else {
        rgba.fill(255, i, i + 3);
        rgba[i + 3] = Math.round(255 * white);
      }
    }
  }
  return encodePng(size, size, rgba);
}

export function writeIcons() {
  const manifest = JSON.parse(readFileSync(join(teamsDir, 'manifest.json'), 'utf8'));
  // Teams: colour icon 192 x 192 with the symbol inside the central 120 px; outline icon
  // 32 x 32, white on transparent.
  writeFileSync(join(teamsDir, manifest.icons.color), drawIcon(192, 120, BRAND, 0.8));
  writeFileSync(join(teamsDir, manifest.icons.outline), drawIcon(32, 28, null, 1));
  // The app catalog's icon for the solution (config/package-solution.json "iconPath").
  mkdirSync(join(root, 'sharepoint', 'images'), { recursive: true });
  writeFileSync(join(root, 'sharepoint', 'images', 'cop-hub-icon.png'), drawIcon(96, 60, BRAND, 0.8));
}

async function main(argv) {
  if (argv.includes('--icons')) {
    writeIcons();
    console.log('Wrote teams/*.png and sharepoint/images/cop-hub-icon.png');
    return;
  }
  const at = argv.indexOf('--out');
  const out = at >= 0 ? resolve(argv[at + 1] ?? '') : TEAMS_PACKAGE;
  if (at >= 0 && !argv[at + 1]) throw new Error('--out needs a file name');
  writeFileSync(out, await buildTeamsPackage());
  console.log(`Teams app package: ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
