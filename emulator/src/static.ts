/** Serves the workbench's built files from one folder, refusing paths that escape it. */
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { EmuRequest, EmuResponse } from './types.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

export async function serveStatic(root: string, req: EmuRequest): Promise<EmuResponse> {
  const base = resolve(root);
  let rel = decodeURIComponent(req.url.pathname);
  if (rel.endsWith('/')) rel += 'index.html';
  const file = normalize(join(base, rel));
  if (!file.startsWith(base)) return { status: 403, headers: {}, body: 'Forbidden' };
  try {
    let target = file;
    if (!extname(target)) {
      // Page routes such as /community resolve to /community.html.
      const s = await stat(target).catch(() => undefined);
      target = s?.isDirectory() ? join(target, 'index.html') : `${target}.html`;
    }
    const body = await readFile(target);
    return { status: 200, headers: { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' }, body };
  } catch {
    return { status: 404, headers: { 'content-type': 'text/plain' }, body: `Not found: ${req.url.pathname}` };
  }
}
