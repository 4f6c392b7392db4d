/**
 * Three test levels, kept apart (Immich habit):
 * - unit: pure logic, no services; *.spec.ts beside the code.
 * - integration: real PostgreSQL and Redis, app modules booted in-process; test/integration.
 * - e2e: real processes (demo, api, worker) driven over HTTP and WebSocket; test/e2e.
 * Integration and e2e share one global setup that creates a database and queue prefix per run.
 */
const { readFileSync } = require('node:fs');
const tsconfig = JSON.parse(readFileSync(__dirname + '/tsconfig.json', 'utf8'));

const moduleNameMapper = Object.fromEntries(
  Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace('/', '\\/')}$`,
    `<rootDir>/${target.replace(/^\.\//, '')}`,
  ]),
);

// Nest 12 ships ESM-only packages; SWC turns them (and our TS) into CommonJS for Jest.
const esmPackages = [
  '@nestjs', 'file-type', 'strtok3', 'token-types', '@tokenizer', '@borewit',
  'uint8array-extras', 'load-esm', 'jose',
];
const swc = ['@swc/jest', {
  jsc: {
    target: 'es2023',
    parser: { syntax: 'typescript', decorators: true, dynamicImport: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
}];
const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  moduleNameMapper,
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  setupFiles: ['reflect-metadata'],
};

module.exports = {
  // A global option in Jest 30 (ignored inside projects): integration and e2e boot real processes.
  testTimeout: 120000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/test/unit/**/*.spec.ts'] },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
