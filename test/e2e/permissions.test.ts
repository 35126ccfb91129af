import fs from 'node:fs';
import { buildSchema, type GraphQLField, parse, type OperationDefinitionNode, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../helpers/auth.js';
import { directDb } from '../helpers/databases.js';
import { sharedFederation, type SharedFederation } from '../helpers/shared.js';
import { post } from '../helpers/graphql.js';
import { world } from '../helpers/world.js';
import { op } from '../helpers/operations.js';

const API = buildSchema(fs.readFileSync(new URL('../../schema/api.graphql', import.meta.url), 'utf8'));
const READS = fs
  .readdirSync(new URL('../../schema/operations/', import.meta.url))
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => f.replace(/\.graphql$/, ''))
  .filter((name) => (parse(op(name).query).definitions[0] as OperationDefinitionNode).operation === 'query');

/** Each response path of a document (aliases as sent, list indexes left out) → the schema field it reads. */
function fieldsByPath(query: string): Map<string, GraphQLField<unknown, unknown>> {
  const info = new TypeInfo(API);
  const keys: string[] = [];
  const out = new Map<string, GraphQLField<unknown, unknown>>();
  visit(
    parse(query),
    visitWithTypeInfo(info, {
      Field: {
        enter(node) {
          keys.push(node.alias?.value ?? node.name.value);
          const def = info.getFieldDef();
          if (def) out.set(keys.join('.'), def);
        },
        leave() {
          keys.pop();
        },
      },
    }),
  );
  return out;
}

/**
 * Each rule of who may see what, from the outside: through the gateway, with a token of each role.
 * (The rules do not depend on the database: SQLite only.)
 */
describe('permissions through the gateway', () => {
  let fed: SharedFederation;
  const tokens: Record<string, Record<string, string>> = {};
  const inXihu = world.socialWorkStations.find((s) => s.regionCode.startsWith('330106'))!;
  const elsewhere = world.socialWorkStations.find((s) => !s.regionCode.startsWith('330106'))!;
  const cultureElsewhere = world.cultureStations.find((s) => !s.regionCode.startsWith('330106'))!;

  beforeAll(async () => {
    fed = sharedFederation('sqlite');
    tokens.public = {};
    tokens.swCity = await bearer({ sub: 'sw-city', role: 'staff', dept: 'social-work', region: '3301' });
    tokens.swXihu = await bearer({ sub: 'sw-xihu', role: 'staff', dept: 'social-work', region: '330106' });
    tokens.cultureXihu = await bearer({ sub: 'culture-xihu', role: 'staff', dept: 'culture', region: '330106' });
    tokens.analyst = await bearer({ sub: 'analyst-1', role: 'analyst' });
    tokens.admin = await bearer({ sub: 'admin-1', role: 'admin' });
  });

  const ask = (who: string, q: string) => post(fed.gatewayUrl, q, undefined, tokens[who]);
  const forbiddenPaths = (res: Awaited<ReturnType<typeof post>>) =>
    (res.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => e.path?.join('.'));

  const stationQuery = (id: string) => `{ socialWorkStation(id: "${id}") { name status funding { totalYuan } staffSummary { total } } }`;

  it('public: venue names and public facts, nothing of a department’s own data or of people', async () => {
    const res = await ask(
      'public',
      `{
      socialWorkStation(id: "${elsewhere.id}") { name status establishedYear funding { totalYuan } staff { name } }
      cultureStation(id: "${cultureElsewhere.id}") { name grade weeklyOpenHours guidingUnit }
      region(code: "3301") { name socialWorkFigures { stations } }
    }`,
    );
    expect(res.status).toBe(200);
    expect(res.data!.socialWorkStation).toMatchObject({ name: elsewhere.name, status: 'OPERATING', funding: null, staff: null });
    expect(res.data!.cultureStation).toMatchObject({ name: cultureElsewhere.name, grade: cultureElsewhere.grade, guidingUnit: null });
    expect(res.data!.region).toEqual({ name: '杭州市', socialWorkFigures: null });
    expect(forbiddenPaths(res).sort()).toEqual([
      'cultureStation.guidingUnit',
      'region.socialWorkFigures',
      'socialWorkStation.funding',
      'socialWorkStation.staff',
    ]);
    const filter = await ask('public', '{ socialWorkStations(certifiedStaffBelow: 3) { totalCount } }');
    expect(forbiddenPaths(filter)).toEqual(['socialWorkStations']);
  });

  it('staff: their own department within their region, in full; not outside it; not other departments', async () => {
    const own = await ask('swXihu', stationQuery(inXihu.id));
    expect(own.errors).toBeUndefined();
    expect(own.data!.socialWorkStation.funding.totalYuan).toBeGreaterThan(0);
    const outside = await ask('swXihu', stationQuery(elsewhere.id));
    expect(forbiddenPaths(outside).sort()).toEqual(['socialWorkStation.funding', 'socialWorkStation.staffSummary']);
    const wider = await ask('swCity', stationQuery(elsewhere.id));
    expect(wider.errors).toBeUndefined();
    const otherDept = await ask('cultureXihu', stationQuery(inXihu.id));
    expect(forbiddenPaths(otherDept).sort()).toEqual(['socialWorkStation.funding', 'socialWorkStation.staffSummary']);
    const figures = await ask(
      'swXihu',
      '{ xihu: region(code: "330106") { socialWorkFigures { stations } } city: region(code: "3301") { socialWorkFigures { stations } } }',
    );
    expect(figures.data!.xihu.socialWorkFigures.stations).toBe(
      world.socialWorkStations.filter((s) => s.regionCode.startsWith('330106')).length,
    );
    expect(forbiddenPaths(figures)).toEqual(['city.socialWorkFigures']);
  });

  it('analysts: every non-personal field and every aggregate, province-wide; no people', async () => {
    const res = await ask(
      'analyst',
      `{
      socialWorkStation(id: "${elsewhere.id}") { funding { totalYuan } indicators { kind } staff { name } }
      region(code: "33") { socialWorkFigures { stations } cultureStationsByGrade { grade } practiceUnitsByTier { tier } }
    }`,
    );
    expect(res.data!.socialWorkStation.funding.totalYuan).toBeGreaterThan(0);
    expect(res.data!.socialWorkStation.indicators).toHaveLength(5);
    expect(res.data!.socialWorkStation.staff).toBeNull();
    expect(forbiddenPaths(res)).toEqual(['socialWorkStation.staff']);
    expect(res.data!.region.socialWorkFigures.stations).toBe(world.socialWorkStations.length);
  });

  it('personal data: names for the department’s staff with phones masked, in full for admins; every read audited', async () => {
    const q = `{ socialWorkStation(id: "${inXihu.id}") { staff { name phone } } }`;
    const staff = await ask('swXihu', q);
    const admin = await ask('admin', q);
    expect(staff.errors).toBeUndefined();
    expect(staff.data!.socialWorkStation.staff.length).toBeGreaterThan(0);
    expect(staff.data!.socialWorkStation.staff.every((m: any) => /^1\d{2}\*{4}\d{4}$/.test(m.phone))).toBe(true);
    expect(admin.data!.socialWorkStation.staff.every((m: any) => /^1\d{10}$/.test(m.phone))).toBe(true);

    const db = directDb(fed.dbs.urls['social-work']);
    try {
      const rows = await db('audit_log')
        .select('actor_sub', 'actor_role', 'action', 'target', 'request_id')
        .where('target', `SocialWorkStation:${inXihu.id}.staff`);
      expect(rows).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            actor_sub: 'sw-xihu',
            actor_role: 'staff',
            action: 'READ_PERSONAL',
            request_id: staff.headers.get('x-request-id'),
          }),
          expect.objectContaining({
            actor_sub: 'admin-1',
            actor_role: 'admin',
            action: 'READ_PERSONAL',
            request_id: admin.headers.get('x-request-id'),
          }),
        ]),
      );
      // A refused read is not a read: the analyst's attempt above left no entry.
      expect(rows.some((r: any) => r.actor_role === 'analyst')).toBe(false);
    } finally {
      await db.destroy();
    }
  });

  it('every field a public caller is refused in the committed read operations says in its description who may read it', async () => {
    const refused: string[] = [];
    for (const name of READS) {
      const { query, variables } = op(name);
      const res = await post(fed.gatewayUrl, query, variables, tokens.public);
      const byPath = fieldsByPath(query);
      for (const e of res.errors ?? []) {
        if (e.extensions?.code !== 'FORBIDDEN') continue;
        const key = (e.path ?? []).filter((p) => typeof p === 'string').join('.');
        const field = byPath.get(key);
        refused.push(`${name}: ${key}`);
        // The field says it, or (a filter only some may use) the argument that makes the refusal.
        const said = field ? [field.description, ...field.args.map((arg) => arg.description)].join('\n') : `no field at ${key}`;
        expect(said, `${name}: ${key}`).toMatch(/Who may (read|call|use it): /);
      }
    }
    // q2 (the station page) alone is refused its seven department fields: the check above ran on them.
    expect(refused.filter((r) => r.startsWith('q2-station-page:')).length).toBeGreaterThanOrEqual(7);
  });
});
