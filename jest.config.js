// One jest run for every workspace. TypeScript is compiled by SWC (fast, no type-check: `tsc -b`
// does that). Workspace packages resolve to their TypeScript sources through the "source" export
// condition, so tests never need a prior build.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

/** @param {string} name @param {Partial<import('jest').Config>} extra */
function project(name, extra = {}) {
  return {
    displayName: name,
    rootDir: `<rootDir>/${name}`,
    testEnvironment: 'node',
    testEnvironmentOptions: { customExportConditions: ['source', 'node', 'node-addons'] },
    transform: { '^.+\\.(t|j)sx?$': swc },
    // @pnp/*, jose and strip-bom (used by @microsoft/app-manifest) ship ES modules only; SWC turns them
    // into CommonJS for jest.
    transformIgnorePatterns: [
      '/node_modules/(?!(@pnp|strip-bom|jose)/|@microsoft/app-manifest/node_modules/strip-bom/)',
    ],
    testMatch: ['<rootDir>/**/*.test.ts', '<rootDir>/**/*.test.tsx'],
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    ...extra,
  };
}

/** @type {import('jest').Config} */
export default {
  rootDir: '.',
  projects: [
    project('core'),
    project('sharepoint'),
    project('sharepoint-emulator'),
    project('bot'),
    project('teams-app'),
    project('manifest'),
    project('tests'),
  ],
  // Jest reads the timeout from the global config only (a project's own is ignored). End-to-end tests
  // start real servers, Agents Playground and Chromium, and a busy two-core machine slows jsdom too:
  // a minute before a test counts as hung.
  testTimeout: 60_000,
  // Most suites wait on servers, Chromium and Agents Playground rather than compute: two workers on
  // a two-core machine overlap those waits (five stack suites: 65 s with one worker, 42 s with two).
  maxWorkers: 2,
};
