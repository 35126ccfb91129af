import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { composeFromCode, driftedFiles } from '../scripts/compose-lib.js';

describe('committed schema', () => {
  it('schema/ holds exactly what the code produces (run `npm run compose` after changing a type)', async () => {
    const composed = await composeFromCode();
    expect(Object.keys(composed.files).sort()).toEqual([
      'api.graphql',
      'culture.graphql',
      'facilities.graphql',
      'operations/manifest.json',
      'party.graphql',
      'possible-types.json',
      'practice.graphql',
      'social-work.graphql',
      'supergraph.graphql',
      'type-policies.json',
    ]);
    expect(driftedFiles(composed)).toEqual([]);
  });

  it('api.graphql is the graph without federation: no join__ or link__ types, no federation directives; possibleTypes for Venue', async () => {
    const { files } = await composeFromCode();
    const api = files['api.graphql']!;
    expect(api).not.toMatch(/join__|link__|@join|@link|@key|_Entity|_Service|_entities/);
    const types = parse(api).definitions.flatMap((d) => ('name' in d && d.name ? [d.name.value] : []));
    expect(types).toEqual(expect.arrayContaining(['Query', 'Mutation', 'Venue', 'DateTime', 'LocalDate', 'Region']));
    expect(JSON.parse(files['possible-types.json']!)).toEqual({
      Venue: ['CultureStation', 'PartyServiceCentre', 'PracticeUnit', 'SocialWorkStation'],
    });
    // Region is keyed by its code; an object with an id needs no policy; one with neither merges into its parent.
    const policies = JSON.parse(files['type-policies.json']!);
    expect(policies.Region).toEqual({ keyFields: ['code'] });
    expect(policies.Site).toBeUndefined();
    expect(policies.StaffSummary).toEqual({ merge: true });
  });

  it('every venue type keys on id and implements Venue in the supergraph', async () => {
    const { files } = await composeFromCode();
    for (const t of ['PartyServiceCentre', 'PracticeUnit', 'CultureStation', 'SocialWorkStation']) {
      expect(files['supergraph.graphql']).toMatch(
        new RegExp(`type ${t} implements Venue[\\s\\S]*?@join__type\\(graph: FACILITIES, key: "id"\\)`),
      );
    }
  });

  it('describes every type, field and argument (in English and Chinese): the schema is the front-end teams’ documentation', async () => {
    const { files } = await composeFromCode();
    const missing: string[] = [];
    const hasHan = (text: string) => /[\u4e00-\u9fff]/.test(text);
    for (const [file, sdl] of Object.entries(files)) {
      if (!file.endsWith('.graphql') || file === 'supergraph.graphql') continue;
      for (const def of parse(sdl).definitions) {
        if (!('name' in def) || !def.name || !('fields' in def || 'values' in def)) continue;
        const typeName = def.name.value;
        const described = (what: string, d?: { value: string }) => {
          if (!d?.value.trim() || !hasHan(d.value) || !/[A-Za-z]/.test(d.value)) missing.push(`${file}: ${what}`);
        };
        if (typeName !== 'Query' && typeName !== 'Mutation')
          described(`type ${typeName}`, (def as { description?: { value: string } }).description);
        for (const field of ('fields' in def ? def.fields : undefined) ?? []) {
          described(`${typeName}.${field.name.value}`, field.description);
          for (const arg of ('arguments' in field ? field.arguments : undefined) ?? [])
            described(`${typeName}.${field.name.value}(${arg.name.value})`, arg.description);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
