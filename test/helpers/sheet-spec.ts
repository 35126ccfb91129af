import type { ColumnSpec } from '../../kit/sheets/spec.js';

/** A text column of a made-up sheet spec, for the tests of finding and reading columns. */
export const textColumn = (field: string, header: string, en: string, required: boolean, aliases: string[] = []): ColumnSpec => ({
  field,
  header,
  aliases,
  en,
  kind: { type: 'text' },
  required,
  description: { zh: header, en },
  example: '',
});
