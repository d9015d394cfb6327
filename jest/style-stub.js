// Style modules resolve to their class names, so components can be rendered in tests.
module.exports = new Proxy({}, { get: (_t, key) => (key === '__esModule' ? false : String(key)) });
