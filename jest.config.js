const { availableParallelism } = require('node:os');

/** Jest runs TypeScript through SWC (decorators and their metadata included), about four times faster than ts-jest. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testTimeout: 30000,
  // Unit and component test files are independent and CPU-bound: two side by side even on a 2-core machine (Jest's
  // default would be one). API test files share one database and start apps with job workers on it, so their runs
  // (`npm run test:api`, .ci/run) are in band: say --runInBand when you run several API files yourself.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  // In CI a handle left open (a socket, a timer, a client that never disconnects) is reported by name; the run
  // must end by itself, without --forceExit.
  detectOpenHandles: process.env.CI === 'true',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/server/src', '<rootDir>/client/src'],
      testMatch: ['**/*.spec.ts'],
      transform: { '^.+\\.(ts|tsx)$': swc },
    },
    {
      // Components and the API client in jsdom with Testing Library: what a person sees and does.
      displayName: 'client',
      testEnvironment: '<rootDir>/client/test/jsdom-environment.cjs',
      roots: ['<rootDir>/client/src'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      transform: { '^.+\\.(ts|tsx)$': swc },
      setupFilesAfterEnv: ['<rootDir>/client/test/setup.ts'],
      moduleNameMapper: { '\\.css$': '<rootDir>/client/test/style-stub.cjs', '^react-markdown$': '<rootDir>/client/test/react-markdown-stub.tsx' },
    },
    {
      displayName: 'api',
      testEnvironment: 'node',
      roots: ['<rootDir>/e2e/api'],
      testMatch: ['**/*.api-spec.ts'],
      transform: { '^.+\\.ts$': swc },
      globalSetup: '<rootDir>/server/test/global-setup.ts',
      globalTeardown: '<rootDir>/server/test/global-teardown.ts',
    },
  ],
};
