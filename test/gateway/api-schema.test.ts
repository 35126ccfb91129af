import fs from 'node:fs';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery, printSchema } from 'graphql';
import { expect, it } from 'vitest';
import { gatewayInProcess } from '../helpers/gateway.js';
import { post } from '../helpers/graphql.js';

/** schema/api.graphql is exactly what the gateway serves: its introspection, printed, is the file. */
it('schema/api.graphql is the schema the gateway serves, descriptions and scalar specifications included', async () => {
  const gateway = await gatewayInProcess();
  try {
    const res = await post(gateway.url, getIntrospectionQuery({ descriptions: true, specifiedByUrl: true }));
    expect(res.errors).toBeUndefined();
    const served = printSchema(buildClientSchema(res.data as unknown as IntrospectionQuery));
    const file = fs.readFileSync(new URL('../../schema/api.graphql', import.meta.url), 'utf8');
    expect(`${served}\n`).toBe(file.replace(/^(#.*\n)+\n/, ''));
  } finally {
    await gateway.close();
  }
});
