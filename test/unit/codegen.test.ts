import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { FindSpaceDocument, RequestBookingDocument } from '../../schema/generated/graphql.js';

/**
 * The typed documents GraphQL Code Generator writes from schema/api.graphql and schema/operations/
 * (codegen.ts): `npm test` regenerates them with `--check` and type-checks this file, so a change to the
 * schema that breaks a committed operation, or a scalar typed as `unknown`, fails here.
 */

const operationsDir = new URL('../../schema/operations/', import.meta.url);

describe('the generated typed documents', () => {
  it('type each operation’s variables and result, the scalars as JSON carries them', () => {
    expectTypeOf<VariablesOf<typeof FindSpaceDocument>['from']>().toEqualTypeOf<string>();
    expectTypeOf<VariablesOf<typeof FindSpaceDocument>['minCapacity']>().toEqualTypeOf<number>();
    // Root fields are nullable (each is its own fetch, which may fail alone: README "Failing parts").
    expectTypeOf<ResultOf<typeof FindSpaceDocument>['findSpaces']>().toBeNullable();
    type Edge = NonNullable<ResultOf<typeof FindSpaceDocument>['findSpaces']>['edges'][number];
    expectTypeOf<Edge['node']['capacity']>().toEqualTypeOf<number>();
    expectTypeOf<Edge['distanceKm']>().toEqualTypeOf<number | null>();
    type Booked = NonNullable<ResultOf<typeof RequestBookingDocument>['requestBooking']>;
    expectTypeOf<Booked['startsAt']>().toEqualTypeOf<string>();
    expect(FindSpaceDocument.definitions[0]).toMatchObject({ kind: 'OperationDefinition', name: { value: 'FindSpace' } });
  });

  it('persisted-documents.json holds every committed operation under the SHA-256 of its text there', () => {
    const persisted = JSON.parse(
      fs.readFileSync(new URL('../../schema/generated/persisted-documents.json', import.meta.url), 'utf8'),
    ) as Record<string, string>;
    const files = fs.readdirSync(operationsDir).filter((f) => f.endsWith('.graphql'));
    expect(Object.keys(persisted)).toHaveLength(files.length);
    for (const [id, document] of Object.entries(persisted)) {
      expect(id).toBe(`sha256:${createHash('sha256').update(document).digest('hex')}`);
    }
  });
});
