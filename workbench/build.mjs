/**
 * Bundles the local workbench with esbuild: the real web part React roots, plus a page shell with
 * an identity switcher and a property panel. SPFx's `*Strings` AMD modules are resolved the way
 * config/config.json maps them. The output goes to workbench/dist, never into the .sppkg.
 */
import { build } from 'esbuild';
import { cp, readFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const config = JSON.parse(await readFile(join(root, 'config', 'config.json'), 'utf8'));

const spfxStrings = {
  name: 'spfx-strings',
  setup(b) {
    const names = Object.keys(config.localizedResources);
    b.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => ({
      path: join(root, config.localizedResources[args.path].replace(/^lib\//, 'src/').replace('{locale}', 'en-us')),
      namespace: 'spfx-strings',
    }));
    b.onLoad({ filter: /.*/, namespace: 'spfx-strings' }, async (args) => ({
      contents: `var define = function (deps, factory) { module.exports = factory(); };\n${await readFile(args.path, 'utf8')}`,
      loader: 'js',
    }));
  },
};

export const PAGES = {
  index: 'CoP directory',
  community: 'Community home',
  admin: 'CoP admin console',
  my: 'My communities',
  lists: 'List view with POD actions',
  'teams-tab': 'Community home as a Teams tab',
  'site-header': 'Community site header',
};

export async function buildWorkbench({ minify = true } = {}) {
  const out = join(here, 'dist');
  await mkdir(out, { recursive: true });
  // Fluent's icon font, served from this origin: SharePoint hosts it for real pages, and the
  // workbench must work offline (main.tsx points initializeIcons here).
  await cp(join(root, 'node_modules', '@fluentui', 'font-icons-mdl2', 'fonts'), join(out, 'fonts'), { recursive: true });
  const result = await build({
    entryPoints: [join(here, 'src', 'main.tsx')],
    bundle: true,
    outfile: join(out, 'workbench.js'),
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify,
    sourcemap: true,
    metafile: true,
    define: { 'process.env.NODE_ENV': minify ? '"production"' : '"development"' },
    plugins: [spfxStrings],
    logLevel: 'warning',
  });
  for (const [page, title] of Object.entries(PAGES)) {
    await writeFile(
      join(out, `${page}.html`),
      `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · CoP Hub workbench</title>
<style>body{margin:0;font-family:"Segoe UI",system-ui,sans-serif;background:#faf9f8;color:#323130}</style>
</head>
<body>
<div id="workbench" data-page="${page}"></div>
<script src="/workbench.js"></script>
</body>
</html>
`,
    );
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildWorkbench();
  console.log('Workbench built in workbench/dist');
}
