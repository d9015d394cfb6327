/**
 * One Jest config for the SPFx source: TypeScript through ts-jest, jsdom for React, and mappings
 * for what only exists inside SharePoint (localised `*Strings` AMD modules, style modules).
 * ESM-only PnPjs is transformed too, so a test can import code that uses it.
 */
const { localizedResources } = require('./config/config.json');

const strings = {};
for (const [name, path] of Object.entries(localizedResources)) {
  strings[`^${name}$`] = `<rootDir>/${path.replace(/^lib\//, 'src/').replace('{locale}', 'en-us')}`;
}

module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+/loc/[^/]+\\.js$': '<rootDir>/jest/amd-transform.js',
    '^.+\\.(t|j)sx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json' }],
  },
  // ESM-only packages: PnPjs, and MGT's tag-name helper that the people adapter loads up front.
  transformIgnorePatterns: ['/node_modules/(?!(@pnp|@microsoft/mgt-element)/)'],
  moduleNameMapper: {
    ...strings,
    '\\.(css|scss)$': '<rootDir>/jest/style-stub.js',
  },
  setupFiles: ['<rootDir>/jest/setup.js'],
  setupFilesAfterEnv: ['<rootDir>/jest/after-each.js'],
  clearMocks: true,
};
