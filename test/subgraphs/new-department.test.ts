import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadGatewayConfig } from '../../gateway/config.js';
import { startGateway } from '../../gateway/server.js';
import { printSubgraphSdl } from '../../kit/federation.js';
import type { RunningServer } from '../../kit/server.js';
import { culture } from '../../subgraphs/culture/subgraph.js';
import { facilities } from '../../subgraphs/facilities/subgraph.js';
import { party } from '../../subgraphs/party/subgraph.js';
import { practice } from '../../subgraphs/practice/subgraph.js';
import { socialWork } from '../../subgraphs/social-work/subgraph.js';
import { BRANCHES, library, librarySeeder } from '../fixtures/library/subgraph.js';
import { TEST_SECRETS } from '../helpers/auth.js';
import { directDb } from '../helpers/databases.js';
import { query } from '../helpers/graphql.js';
import { startTestSubgraph } from '../helpers/subgraph.js';

// The one line a new department adds to the registry (kit/department-table.ts), added here at run time.
vi.mock('../../kit/department-table.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../kit/department-table.js')>();
  const line = {
    dept: 'library',
    enumKey: 'LIBRARY',
    venueType: 'LibraryBranch',
    venueLabel: '图书馆分馆',
    venueLabelEn: 'library branch',
    owner: '文化和旅游部门（图书馆）',
    envPrefix: 'LIBRARY',
    defaultPort: 4006,
  };
  return { VENUE_DEPARTMENTS: [...original.VENUE_DEPARTMENTS, line] };
});

/**
 * A sixth department is one folder (test/fixtures/library: its type, filters, migration, data and the
 * kit's venue scaffold) plus one line in the registry (its names, labels, env prefix and port): with nothing else changed, facilities declares
 * its venue type, the supergraph composes, and the gateway answers across facilities and the new
 * department (its list, its venue by id and through the plaque registry).
 */
describe('a sixth department, in process', () => {
  let fac: Awaited<ReturnType<typeof startTestSubgraph>>;
  let lib: Awaited<ReturnType<typeof startTestSubgraph>>;
  let gateway: RunningServer;
  let dir: string;

  beforeAll(async () => {
    fac = await startTestSubgraph(facilities, 'sqlite');
    lib = await startTestSubgraph(library, 'sqlite', 'small', librarySeeder);
    const db = directDb(fac.dbs.urls.facilities);
    try {
      for (const b of BRANCHES)
        await db('plaques').insert({ venue_id: b.id, venue_type: 'LibraryBranch', site_id: `site-${b.region_code}` });
    } finally {
      await db.destroy();
    }
    const unused = 'http://127.0.0.1:9/graphql'; // planned for no query below
    const services = [];
    for (const [def, url] of [
      [facilities, fac.url],
      [party, unused],
      [practice, unused],
      [culture, unused],
      [socialWork, unused],
      [library, lib.url],
    ] as const) {
      services.push({ name: def.name, typeDefs: parse(printSubgraphSdl(await def.buildSchema())), url });
    }
    const composed = composeServices(services);
    expect(composed.errors ?? []).toEqual([]);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'venue-graph-library-'));
    const supergraphPath = path.join(dir, 'supergraph.graphql');
    fs.writeFileSync(supergraphPath, composed.supergraphSdl!);
    gateway = await startGateway(
      loadGatewayConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        GATEWAY_PORT: '0',
        SUPERGRAPH_PATH: supergraphPath,
        FACILITIES_URL: fac.url,
        LIBRARY_URL: lib.url,
        JWT_SECRET: TEST_SECRETS.jwt,
        INTERNAL_SECRET: TEST_SECRETS.internal,
        DATA_DIR: dir,
      }),
    );
  });

  afterAll(async () => {
    await gateway?.close();
    await lib?.close();
    await fac?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('facilities declares its venue type from the registry line', async () => {
    const sdl = printSubgraphSdl(await facilities.buildSchema());
    expect(sdl).toMatch(/type LibraryBranch implements Venue\b[^{]*@key\(fields: "id"\)/);
    expect(sdl).toMatch(/enum VenueType \{[^}]*\bLIBRARY_BRANCH\b/);
    expect(sdl).toMatch(/enum Department \{[^}]*\bLIBRARY\b/);
  });

  it('answers its list, its venue by id and its plaques through the gateway', async () => {
    const data = await query<any>(
      gateway.url,
      `{
        region(code: "330106") { name libraryBranches { totalCount edges { node { id name books region { code name } } } } }
        libraryBranches(regionPrefix: "3301", minBooks: 5000) { totalCount edges { node { id } } }
        libraryBranch(id: "library-330106002") { name }
        venue(id: "library-330106002") { __typename id name site { id } }
        site(id: "site-330106002") { venues { __typename id ... on LibraryBranch { name } } }
      }`,
    );
    expect(data.region.libraryBranches.totalCount).toBe(2);
    expect(data.region.libraryBranches.edges.map((e: any) => e.node)).toEqual([
      { id: 'library-330106002', name: '北山街道图书馆分馆', books: 12_000, region: { code: '330106002', name: '北山街道' } },
      { id: 'library-330106004', name: '西溪街道图书馆分馆', books: 3_000, region: { code: '330106004', name: '西溪街道' } },
    ]);
    expect(data.libraryBranches).toEqual({
      totalCount: 2,
      edges: [{ node: { id: 'library-330102001' } }, { node: { id: 'library-330106002' } }],
    });
    expect(data.libraryBranch).toEqual({ name: '北山街道图书馆分馆' });
    expect(data.venue).toEqual({
      __typename: 'LibraryBranch',
      id: 'library-330106002',
      name: '北山街道图书馆分馆',
      site: { id: 'site-330106002' },
    });
    // Beside the plaques of the four departments (whose names this query does not ask for).
    expect(data.site.venues).toContainEqual({ __typename: 'LibraryBranch', id: 'library-330106002', name: '北山街道图书馆分馆' });
    expect(data.site.venues.length).toBeGreaterThan(1);
  });
});
