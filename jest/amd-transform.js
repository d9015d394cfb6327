/**
 * SPFx localised strings are AMD modules (`define([], function () { return {...}; })`). Jest runs
 * CommonJS, so this transform evaluates the factory and exports what it returns.
 */
module.exports = {
  process(source) {
    return { code: `function define(deps, factory) { module.exports = factory(); }\n${source}` };
  },
};
