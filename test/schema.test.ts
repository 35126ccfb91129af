import { describe, expect, it } from 'vitest';
import { composeFromCode, driftedFiles } from '../scripts/compose-lib.js';

describe('committed schema', () => {
  it('schema/ holds exactly what the code produces (run `npm run compose` after changing a type)', async () => {
    const composed = await composeFromCode();
    expect(Object.keys(composed.files).sort()).toEqual(
      ['culture.graphql', 'facilities.graphql', 'party.graphql', 'practice.graphql', 'social-work.graphql', 'supergraph.graphql'],
    );
    expect(driftedFiles(composed)).toEqual([]);
  });

  it('every venue type keys on id and implements Venue in the supergraph', async () => {
    const { files } = await composeFromCode();
    for (const t of ['PartyServiceCentre', 'PracticeUnit', 'CultureStation', 'SocialWorkStation']) {
      expect(files['supergraph.graphql']).toMatch(new RegExp(`type ${t} implements Venue[\\s\\S]*?@join__type\\(graph: FACILITIES, key: "id"\\)`));
    }
  });
});
