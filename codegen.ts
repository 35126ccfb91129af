import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * GraphQL Code Generator (client preset) over the client-facing schema and the committed operations:
 * `npm run codegen` writes schema/generated/ (a TypedDocumentNode per operation, with the types of its
 * variables and result, and persisted-documents.json, each operation under the SHA-256 of the document
 * as the preset prints it); `npm test` checks the committed output is current (`--check`) and
 * type-checks it with the rest. A front-end team points `documents` at its own files the same way.
 */
const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  documents: ['schema/operations/*.graphql'],
  generates: {
    'schema/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        // The formats of kit/scalars.ts, as JSON carries them.
        scalars: {
          DateTime: { input: 'string', output: 'string' },
          LocalDate: { input: 'string', output: 'string' },
          YearMonth: { input: 'string', output: 'string' },
          SafeInt: { input: 'number', output: 'number' },
          JSONObject: { input: 'Record<string, unknown>', output: 'Record<string, unknown>' },
        },
        strictScalars: true,
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
  ignoreNoDocuments: false,
  // Imports with .js, as Node's ESM resolution (this project's tsconfig) wants them.
  emitLegacyCommonJSImports: false,
};

export default config;
