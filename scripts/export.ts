/**
 * npm run export -- <operation.graphql> --format csv|xlsx [--variables FILE] [--out FILE] [--gateway URL] [--token TOKEN]
 *                   [--headers bilingual|zh|en|key]
 *
 * Runs an operation through the gateway (POST /graphql, with the token: VENUE_GRAPH_TOKEN unless
 * --token) and writes its answer flattened into tables (kit/sheets/flatten.ts) as an XLSX workbook (a
 * sheet per top-level field) or CSV (UTF-8 with BOM; a file per table when there are several:
 * <out>-<table>.csv). The variables are --variables, else the operation's <name>.variables.json beside
 * it when there is one. An answer with errors writes nothing and exits 1 with the error codes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Kind, parse } from 'graphql';
import { type CsvHeaders, type ExportFormat, writeTables } from '../kit/sheets/export.js';
import { askGateway, DEFAULT_GATEWAY, GatewayError } from '../kit/sheets/gateway-client.js';
import { apiSchemaOf, flatten } from '../kit/sheets/flatten.js';

const USAGE =
  'usage: npm run export -- <operation.graphql> --format csv|xlsx [--variables FILE] [--out FILE] [--gateway URL] [--token TOKEN] [--headers bilingual|zh|en|key]';

const SUPERGRAPH = new URL('../schema/supergraph.graphql', import.meta.url);

/** A path as the user typed it: npm runs scripts in the package's folder, and says where the user was in INIT_CWD. */
const userPath = (p: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p);

class UsageError extends Error {}

async function main(): Promise<void> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions();
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('give exactly one operation file');
  const format = values.format as ExportFormat;
  if (format !== 'csv' && format !== 'xlsx') throw new UsageError('--format csv or --format xlsx');
  const headers = values.headers as CsvHeaders;
  if (!['bilingual', 'zh', 'en', 'key'].includes(headers)) throw new UsageError('--headers bilingual, zh, en or key');

  const operationFile = userPath(positionals[0]!);
  const query = fs.readFileSync(operationFile, 'utf8');
  const document = parse(query);
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) throw new UsageError(`${positionals[0]}: expected one operation, found ${operations.length}`);

  const besides = operationFile.replace(/\.graphql$/, '.variables.json');
  const variablesFile = values.variables ? userPath(values.variables) : fs.existsSync(besides) ? besides : undefined;
  const variables = variablesFile ? (JSON.parse(fs.readFileSync(variablesFile, 'utf8')) as Record<string, unknown>) : {};
  const base = path.basename(operationFile).replace(/\.graphql$/, '');
  const out = userPath(values.out ?? `${base}.${format}`);
  const gateway = values.gateway ?? DEFAULT_GATEWAY;
  const token = values.token ?? process.env.VENUE_GRAPH_TOKEN;

  const data = await askGateway(gateway, query, variables, token);
  const tables = flatten(apiSchemaOf(fs.readFileSync(SUPERGRAPH, 'utf8')), document, data);
  const written = await writeTables(tables, format, out, headers);
  if (variablesFile) console.log(`variables: ${path.relative(process.env.INIT_CWD ?? process.cwd(), variablesFile)}`);
  for (const w of written) {
    console.log(`wrote ${w.file}`);
    for (const t of w.tables) console.log(`  ${t.name}: ${t.rows}`);
  }
}

function parseOptions() {
  return parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      variables: { type: 'string' },
      out: { type: 'string' },
      gateway: { type: 'string' },
      token: { type: 'string' },
      headers: { type: 'string', default: 'bilingual' },
    },
  });
}

main().catch((err: unknown) => {
  if (err instanceof UsageError) {
    console.error(err.message);
    console.error(USAGE);
    process.exit(2);
  }
  if (err instanceof GatewayError) {
    console.error(err.message);
    if (err.codes.length) console.error(`error codes: ${[...new Set(err.codes)].join(', ')}`);
    process.exit(1);
  }
  console.error((err as Error).message);
  process.exit(1);
});
