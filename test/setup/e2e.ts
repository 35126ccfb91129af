import type { TestProject } from 'vitest/node';
import type { Backend } from '../helpers/databases.js';
import { startTestFederation } from '../helpers/federation.js';
import type { SharedFederation } from '../helpers/shared.js';
import { acquireTemplates, releaseTemplates } from '../helpers/templates.js';

/**
 * Global setup of the e2e project: one federation per backend (six processes over copies of the seeded
 * templates), shared by every end-to-end file, stopped when the run ends.
 */
export default async function setup(project: TestProject) {
  const templates = await acquireTemplates();
  const running: Awaited<ReturnType<typeof startTestFederation>>[] = [];
  const teardown = async () => {
    await Promise.all(running.map((f) => f.stop()));
    await releaseTemplates();
  };
  try {
    const federations: Partial<Record<Backend, SharedFederation>> = {};
    await Promise.all(
      (Object.keys(templates) as Backend[]).map(async (backend) => {
        const fed = await startTestFederation(backend, {}, templates[backend]);
        running.push(fed);
        federations[backend] = { gatewayUrl: fed.gatewayUrl, subgraphUrls: fed.subgraphUrls, dbs: { urls: fed.dbs.urls } };
      }),
    );
    project.provide('federations', federations);
    project.provide('templates', templates);
  } catch (err) {
    await teardown();
    throw err;
  }
  return teardown;
}
