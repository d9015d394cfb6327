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
build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
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
