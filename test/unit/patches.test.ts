import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const read = (module: string) => fs.readFileSync(require.resolve(module), 'utf8');

/**
 * patches/@apollo+gateway+2.14.4.patch is applied at `npm ci` (postinstall: patch-package). Without it
 * the gateway still works, only slower, so nothing else would notice an install that skipped it; and the
 * benchmark's stock gateway (the `apollo-gateway-stock` alias) must stay as published.
 */
describe('the patches to @apollo/gateway', () => {
  it('are applied to @apollo/gateway', () => {
    expect(read('@apollo/gateway/dist/resultShaping.js')).toContain('if (element.appliedDirectives.length === 0)');
    for (const file of ['resultShaping.js', 'executeQueryPlan.js']) {
      expect(read(`@apollo/gateway/dist/${file}`)).toContain(
        'const federation_internals_1 = { ...require("@apollo/federation-internals") };',
      );
    }
  });

  it('leave the stock alias as published', () => {
    expect(read('apollo-gateway-stock/dist/resultShaping.js')).not.toContain('appliedDirectives.length === 0');
    expect(read('apollo-gateway-stock/dist/resultShaping.js')).toContain(
      'const federation_internals_1 = require("@apollo/federation-internals");',
    );
  });
});
