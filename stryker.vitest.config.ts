import type { TestProjectConfiguration } from 'vitest/config';
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The vitest configuration Stryker runs (stryker.config.json): the project's own, without the e2e
 * project (a mutant is judged by the unit and subgraphs tests; the federation as processes would not
 * see the sandbox's mutated files anyway).
 */
const projects = (base.test?.projects ?? []) as TestProjectConfiguration[];

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    projects: projects.filter((p) => typeof p === 'object' && 'test' in p && p.test?.name !== 'e2e'),
  },
});
