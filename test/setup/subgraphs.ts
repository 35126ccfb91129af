import type { TestProject } from 'vitest/node';
import { acquireTemplates, releaseTemplates } from '../helpers/templates.js';
import '../helpers/shared.js';

/** Global setup of the subgraphs project: the seeded templates that startTestSubgraph copies. */
export default async function setup(project: TestProject) {
  project.provide('templates', await acquireTemplates());
  return releaseTemplates;
}
