// @ts-check
/**
 * Mutation testing (Stryker with its vitest runner) over kit/, gateway/ and facilities' domain and data
 * code, in parts: a whole run takes hours on a 2-core machine (a mutant of kit/server.ts is judged by
 * every subgraph test file), so each part runs on its own and keeps its results (incremental: a later
 * run re-tests only what changed): `MUTATION_PART=<part> npm run test:mutation`; `npm run mutation:score`
 * adds the parts' reports up.
 */
const PARTS = {
  gateway: ['gateway/**/*.ts'],
  facilities: ['subgraphs/facilities/domain/**/*.ts', 'subgraphs/facilities/data/**/*.ts'],
  // kit/ in two halves of similar size: what serves requests, and what shapes data.
  'kit-serving': [
    'kit/server.ts',
    'kit/main.ts',
    'kit/config.ts',
    'kit/db.ts',
    'kit/db-clients.ts',
    'kit/request-scope.ts',
    'kit/subgraph.ts',
    'kit/federation.ts',
    'kit/identity.ts',
    'kit/access.ts',
    'kit/audit.ts',
    'kit/logger.ts',
    'kit/metrics.ts',
    'kit/keys.ts',
    'kit/redact.ts',
    'kit/topology.ts',
    'kit/errors.ts',
  ],
  'kit-data': [
    'kit/*.ts',
    '!kit/{server,main,config,db,db-clients,request-scope,subgraph,federation,identity,access,audit,logger,metrics,keys,redact,topology,errors}.ts',
    'kit/sheets/**/*.ts',
    'kit/imports/**/*.ts',
  ],
};

const part = process.env.MUTATION_PART;
/**
 * A run of some files of a part only (MUTATION_FILES=a.ts,b.ts), reported under its own name
 * (MUTATION_LABEL): a part too long for one sitting is measured in pieces, and the score adds them up.
 */
const files = process.env.MUTATION_FILES?.split(',').filter(Boolean);
const label = process.env.MUTATION_LABEL ?? part;
if (!part || !(part in PARTS)) {
  throw new Error(`name a part: MUTATION_PART=<${Object.keys(PARTS).join('|')}> npm run test:mutation`);
}

export default {
  $schema: './node_modules/@stryker-mutator/core/schema/stryker-schema.json',
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'stryker.vitest.config.ts', related: true },
  mutate: files ?? PARTS[part],
  coverageAnalysis: 'perTest',
  // Module-level constants: re-running every test file for each of them was most of a run's time.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 60000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${label}/index.html` },
  jsonReporter: { fileName: `reports/mutation/${label}/mutation.json` },
  incremental: true,
  incrementalFile: `reports/mutation/${label}/incremental.json`,
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['/data', '/reports', '/coverage'],
};
