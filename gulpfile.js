'use strict';

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

var getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  var result = getTasks.call(build.rig);

  result.set('serve', result.get('serve-deprecated'));

  return result;
};

// The production build's chunks, for `npm run bench`: every chunk with its files and modules
// (inside concatenated modules too) and every chunk group (an entry, or one import() with the
// chunks webpack split it into) with its name and the groups it loads on demand, written to
// temp/stats/cop-hub.chunks.json. The bench adds up what each component's first render loads.
// One tslib in the bundle: PnPjs and rrule each install their own copy (2.8, 2.9) beside the root's
// 2.3, and webpack would ship every copy, one per chunk that uses it. tslib 2.x only adds helpers,
// so all of them resolve to the newest copy installed.
function newestTslib() {
  const fs = require('fs');
  const path = require('path');
  const dirs = ['', '@pnp/core/', '@pnp/queryable/', '@pnp/sp/', '@pnp/graph/', 'rrule/'].map((d) =>
    path.join(__dirname, 'node_modules', d ? `${d}node_modules` : '', 'tslib'),
  );
  const version = (dir) =>
    JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))
      .version.split('.')
      .map(Number);
  const newer = (a, b) => {
    const [x, y] = [version(a), version(b)];
    const i = x.findIndex((n, k) => n !== y[k]);
    return i >= 0 && x[i] > y[i];
  };
  const best = dirs.filter((d) => fs.existsSync(path.join(d, 'package.json'))).reduce((a, b) => (newer(b, a) ? b : a));
  const file = ['tslib.es6.mjs', 'tslib.es6.js'].map((f) => path.join(best, f)).find((f) => fs.existsSync(f));
  return file;
}

build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
    config.resolve = config.resolve || {};
    config.resolve.alias = { ...(config.resolve.alias || {}), tslib$: newestTslib() };
    config.plugins = config.plugins || [];
    config.plugins.push({
      apply: (compiler) => {
        compiler.hooks.done.tap('CopHubChunks', (stats) => {
          const fs = require('fs');
          const path = require('path');
          const { compilation } = stats;
          const graph = compilation.chunkGraph;
          const shorten = (m) => m.readableIdentifier(compilation.requestShortener);
          const flatten = (m) => (m.modules ? [...m.modules].flatMap(flatten) : [{ name: shorten(m), size: m.size() }]);
          const chunks = [...compilation.chunks].map((chunk) => ({
            id: chunk.id,
            name: chunk.name,
            files: [...chunk.files],
            modules: graph.getChunkModules(chunk).flatMap(flatten),
          }));
          const groups = [...compilation.chunkGroups];
          const chunkGroups = groups.map((g) => ({
            name: g.name || (g.options && g.options.name) || null,
            entry: g.isInitial(),
            chunks: g.chunks.map((c) => c.id),
            children: [...g.childrenIterable].map((child) => groups.indexOf(child)),
          }));
          const out = path.join(__dirname, 'temp', 'stats');
          fs.mkdirSync(out, { recursive: true });
          fs.writeFileSync(path.join(out, 'cop-hub.chunks.json'), JSON.stringify({ chunks, chunkGroups }));
        });
      },
    });
    return config;
  },
});

build.initialize(require('gulp'));
