import fs from 'node:fs';
import path from 'node:path';

const OPERATIONS = path.resolve(import.meta.dirname, '../../schema/operations');

/** A committed operation file and its example variables, as front-end teams get them. */
export function op(name: string): { query: string; variables: Record<string, any> } {
  return {
    query: fs.readFileSync(path.join(OPERATIONS, `${name}.graphql`), 'utf8'),
    variables: JSON.parse(fs.readFileSync(path.join(OPERATIONS, `${name}.variables.json`), 'utf8')) as Record<string, any>,
  };
}
