// Regenerates the *.d.ts files beside this script: @pnp/sp 4.x declares its module augmentations as
// `declare module "../fi"`, which does not resolve under `moduleResolution: nodenext` (the emulator's
// tsconfig), so `sp.web`, `web.lists`, `list.items`… would not type-check. These files restate the
// augmentations of the features CoP Hub imports against the package's real module paths (types only;
// the runtime side comes from the usual side-effect imports such as `import '@pnp/sp/webs'`).
// Run: node emulator/test/pnp-sp-nodenext/generate.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, '../../../node_modules/@pnp/sp');
const FEATURES = ['webs', 'lists', 'items', 'fields', 'views', 'folders', 'site-users', 'site-groups', 'security', 'context-info'];
const sources = ['batching.d.ts'];
for (const f of FEATURES) for (const file of readdirSync(join(pkg, f))) if (file.endsWith('.d.ts')) sources.push(`${f}/${file}`);

function spec(fromFile, s) {
  if (!s.startsWith('.')) return s;
  const abs = posix.normalize(posix.join(posix.dirname(fromFile), s));
  return `@pnp/sp/${abs.endsWith('.js') ? abs : `${abs}.js`}`;
}

let written = 0;
for (const src of sources) {
  const text = readFileSync(join(pkg, src), 'utf8');
  if (!text.includes('declare module "')) continue;
  const lines = text.split('\n');
  const out = [`// Generated from @pnp/sp/${src} by generate.mjs; do not edit.`];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const imp = /^import (.+) from "([^"]+)";$/.exec(l);
    if (imp) {
      out.push(`import type ${imp[1].replace(/^type /, '')} from "${spec(src, imp[2])}";`);
      continue;
    }
    const dm = /^declare module "([^"]+)" \{$/.exec(l);
    if (!dm) continue;
    out.push(`declare module "${spec(src, dm[1])}" {`);
    let depth = 1;
    while (depth > 0 && ++i < lines.length) {
      const b = lines[i];
      depth += (b.match(/\{/g) ?? []).length - (b.match(/\}/g) ?? []).length;
      out.push(b);
    }
  }
  out.push('export {};', '');
  const name = `${src.replace(/\//g, '__').replace(/\.d\.ts$/, '')}.d.ts`;
  writeFileSync(join(here, name), out.join('\n'));
  written++;
}
console.log(`wrote ${written} files`);
