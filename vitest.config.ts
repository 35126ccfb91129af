import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One graphql for everything, the one Node itself loads (CommonJS): vite would otherwise give the
    // project's own files graphql's ESM build while Apollo uses the CommonJS one, and graphql refuses
    // types from "another module or realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  build: {
    // subgraphs/index.ts imports `./${name}/subgraph.js` and `./${owner}/import-spec.js` by name: left
    // alone, vite rewrites each into a glob of .js files, finds none (they are .ts) and refuses every
    // name; excluded, the import resolves at run time as under tsx.
    dynamicImportVarsOptions: { exclude: [/subgraphs[\\/]index\.ts$/] },
  },
  test: {
    // Each file in its own process: type-graphql keeps its metadata in a global.
    pool: 'forks',
    maxWorkers: 2,
    // Gateways started in process: @apollo/gateway reports usage to Apollo unless this is set (gateway/index.ts sets it for the real process).
    env: { APOLLO_TELEMETRY_DISABLED: '1' },
    reporters: ['default'],
    projects: [
      {
        // Pure functions and schema composition: no database server, no network (kit's HTTP layer on 127.0.0.1 and its
        // database layer over a SQLite file in a temporary folder at most).
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/schema.test.ts'], testTimeout: 30_000 },
      },
      {
        // The gateway in process (every configured feature) over fake subgraphs on free ports: no database.
        // A suite's beforeAll may start two or three gateways: on a loaded 2-core machine that has taken
        // over vitest's default 10 s (shared-state's two replicas, once), so hooks get a minute.
        extends: true,
        test: { name: 'gateway', include: ['test/gateway/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
      },
      {
        // One subgraph in process over a real database: copies of the run's seeded templates.
        extends: true,
        test: {
          name: 'subgraphs',
          include: ['test/subgraphs/**/*.test.ts'],
          globalSetup: ['test/setup/subgraphs.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        // The federation as processes, one per backend shared by every file (test/setup/e2e.ts). One file
        // at a time: several tests count the SQL statements a request costs in every subgraph.
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/setup/e2e.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
