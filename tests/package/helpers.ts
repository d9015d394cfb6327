/**
 * Shared helpers of the packaging tests: where the project is, reading SPFx's JSON-with-comments
 * manifests, decoding PNGs and building the Teams app package.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { inflateSync } from 'node:zlib';

function findRoot(): string {
  let dir = process.cwd();
  for (;;) {
    if (existsSync(join(dir, 'config', 'package-solution.json'))) return dir;
    const up = join(dir, '..');
    if (up === dir) throw new Error('Run the packaging tests from inside the CoP Hub repository.');
    dir = up;
  }
}

export const ROOT: string = findRoot();
export const at = (...parts: string[]): string => join(ROOT, ...parts);

/** JSON with // and /* *\/ comments (SPFx manifests), comments outside strings only. */
export function parseJsonc<T = unknown>(text: string): T {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else {
      out += c;
      i++;
    }
  }
  return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1')) as T;
}

export const readJson = <T = unknown>(...parts: string[]): T => parseJsonc<T>(readFileSync(at(...parts), 'utf8'));

export interface ILocalizedString {
  default: string;
  [locale: string]: string;
}
export interface IComponentManifest {
  id: string;
  alias: string;
  componentType: 'WebPart' | 'Extension';
  extensionType?: string;
  supportedHosts?: string[];
  preconfiguredEntries?: Array<{
    title: ILocalizedString;
    description: ILocalizedString;
    group?: ILocalizedString;
    officeFabricIconFontName?: string;
  }>;
  items?: Record<string, { title: ILocalizedString; iconImageUrl?: string; type: string }>;
}

/** Every component manifest under src/, keyed by its path relative to the repository. */
export function sourceManifests(): Map<string, IComponentManifest> {
  const found = new Map<string, IComponentManifest>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.manifest.json'))
        found.set(relative(ROOT, path), parseJsonc<IComponentManifest>(readFileSync(path, 'utf8')));
    }
  };
  walk(at('src'));
  return found;
}

export interface IPackageSolution {
  solution: {
    name: string;
    id: string;
    version: string;
    skipFeatureDeployment: boolean;
    developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
    features: Array<{ title: string; id: string; assets: { elementManifests?: string[] } }>;
    webApiPermissionRequests: Array<{ resource: string; scope: string }>;
  };
  paths: { zippedPackage: string };
}
export const packageSolution = (): IPackageSolution => readJson<IPackageSolution>('config', 'package-solution.json');

export interface IPng {
  width: number;
  height: number;
  colorType: number;
  bitDepth: number;
  pixels: Buffer; /* RGBA */
}

/** Decodes an 8-bit non-interlaced PNG (greyscale, RGB, grey+alpha or RGBA) to RGBA pixels. */
export function decodePng(png: Buffer): IPng {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!png.subarray(0, 8).equals(signature)) throw new Error('not a PNG');
  if (png.toString('ascii', 12, 16) !== 'IHDR') throw new Error('PNG without IHDR first');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const bitDepth = png[24];
  const colorType = png[25];
  const interlace = png[28];
  const channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[colorType];
  if (bitDepth !== 8 || !channels || interlace !== 0) {
    throw new Error(`unsupported PNG: bit depth ${bitDepth}, colour type ${colorType}, interlace ${interlace}`);
  }
  const idat: Buffer[] = [];
  for (let p = 8; p < png.length;) {
    const length = png.readUInt32BE(p);
    const type = png.toString('ascii', p + 4, p + 8);
    if (type === 'IDAT') idat.push(png.subarray(p + 8, p + 8 + length));
    p += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const data = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= channels ? data[y * stride + x - channels] : 0;
      const b = y > 0 ? data[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? data[(y - 1) * stride + x - channels] : 0;
      let predicted = 0;
      if (filter === 1) predicted = a;
      else if (filter === 2) predicted = b;
      else if (filter === 3) predicted = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a),
          pb = Math.abs(p - b),
          pc = Math.abs(p - c);
        predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      data[y * stride + x] = (v + predicted) & 0xff;
    }
  }
  const pixels = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const s = data.subarray(i * channels, (i + 1) * channels);
    const [r, g, b2, alpha] =
      channels === 1
        ? [s[0], s[0], s[0], 255]
        : channels === 2
          ? [s[0], s[0], s[0], s[1]]
          : channels === 3
            ? [s[0], s[1], s[2], 255]
            : [s[0], s[1], s[2], s[3]];
    pixels.set([r, g, b2, alpha], i * 4);
  }
  return { width, height, colorType, bitDepth, pixels };
}

/** A fresh Teams app package from teams/, built by scripts/teams-package.mjs into a temp file. */
export function buildTeamsPackage(): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'cop-hub-teams-'));
  try {
    const out = join(dir, 'TeamsSPFxApp.zip');
    const r = spawnSync(process.execPath, [at('scripts', 'teams-package.mjs'), '--out', out], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`scripts/teams-package.mjs failed:\n${r.stdout}\n${r.stderr}`);
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
