import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Request, RequestHandler, Response } from 'express';
import {
  type DocumentNode,
  type GraphQLSchema,
  isEnumType,
  Kind,
  type OperationDefinitionNode,
  parse,
  type TypeNode,
  type VariableDefinitionNode,
} from 'graphql';
import { type CsvHeaders, CSV_MIME, pickTable, tablesToXlsx, tableToCsv, XLSX_MIME } from '../../kit/sheets/export.js';
import { apiSchemaOf, flatten } from '../../kit/sheets/flatten.js';
import { HttpRefusal, REQUEST_ID_HEADER } from '../../kit/server.js';
import { failPlain, malformedPathAsPlainText } from './plain-text.js';
import type { GatewayFeature, GatewayHandle } from './feature.js';

/** The route, for `app.get`: `file` is `<operation>.csv` or `<operation>.xlsx`. */
export const EXPORT_ROUTE = '/export/:file';

/** Where the exports are: `exportErrors` is mounted here. */
export const EXPORT_PREFIX = '/export';

/** Query parameters the route itself reads; every other one is a variable of the operation. */
export const RESERVED_PARAMETERS = ['table', 'headers'] as const;

const CSV_HEADERS: readonly CsvHeaders[] = ['bilingual', 'zh', 'en', 'key'];

/** An operation that may be exported: a query of schema/operations/, as committed (the safelist knows its hash). */
interface Exportable {
  name: string;
  query: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

export interface ExportOptions {
  /** schema/operations/: every `.graphql` file holding one query is exported by its file name; read once, at start. */
  operationsDir: string;
  /** The committed supergraph: its API schema gives the headers (descriptions) and the enums a variable may take. */
  supergraphPath: string;
}

const exportErrors = malformedPathAsPlainText('Malformed export path.');

/** The queries of a folder of operations, by file name without `.graphql`; mutations are never served by a GET. */
export function readExportables(dir: string): Map<string, Exportable> {
  const out = new Map<string, Exportable>();
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()) {
    const query = fs.readFileSync(path.join(dir, file), 'utf8');
    const document = parse(query);
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    if (operations.length !== 1 || operations[0]!.operation !== 'query') continue;
    const operation = operations[0]!;
    const reserved = operation.variableDefinitions?.find((v) => (RESERVED_PARAMETERS as readonly string[]).includes(v.variable.name.value));
    if (reserved) throw new Error(`${file}: the variable $${reserved.variable.name.value} has the name of an export parameter`);
    out.set(file.slice(0, -'.graphql'.length), { name: file.slice(0, -'.graphql'.length), query, document, operation });
  }
  return out;
}

/** A refusal of a request's variables: 400 with the message. */
class BadVariable extends Error {}

const INT = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function typeName(t: TypeNode): string {
  return t.kind === Kind.NAMED_TYPE ? t.name.value : t.kind === Kind.LIST_TYPE ? `[${typeName(t.type)}]` : `${typeName(t.type)}!`;
}

/** One query parameter as the variable's type: Int, Float, Boolean, String, ID or an enum of the schema; nothing else. */
function coerce(def: VariableDefinitionNode, raw: string, schema: GraphQLSchema): unknown {
  const name = def.variable.name.value;
  const named = def.type.kind === Kind.NON_NULL_TYPE ? def.type.type : def.type;
  const shown = typeName(def.type);
  if (named.kind !== Kind.NAMED_TYPE) throw new BadVariable(`Variable "${name}" is a ${shown}: lists cannot be given in a URL.`);
  const type = named.name.value;
  switch (type) {
    case 'Int': {
      const n = Number(raw);
      if (!INT.test(raw) || !Number.isSafeInteger(n) || n > 2 ** 31 - 1 || n < -(2 ** 31))
        throw new BadVariable(`Variable "${name}": expected an Int.`);
      return n;
    }
    case 'Float':
      if (!FLOAT.test(raw)) throw new BadVariable(`Variable "${name}": expected a Float.`);
      return Number(raw);
    case 'Boolean':
      if (raw !== 'true' && raw !== 'false') throw new BadVariable(`Variable "${name}": expected true or false.`);
      return raw === 'true';
    case 'String':
    case 'ID':
      return raw;
    default: {
      const enumType = schema.getType(type);
      if (!isEnumType(enumType)) throw new BadVariable(`Variable "${name}" is a ${shown}: it cannot be given in a URL.`);
      if (!enumType.getValue(raw)) {
        throw new BadVariable(
          `Variable "${name}": expected one of ${enumType
            .getValues()
            .map((v) => v.name)
            .join(', ')}.`,
        );
      }
      return raw;
    }
  }
}

/** The variables of a request from its query parameters; unknown or repeated parameters are refused. */
export function variablesFromQuery(
  operation: OperationDefinitionNode,
  params: Record<string, unknown>,
  schema: GraphQLSchema,
): Record<string, unknown> {
  const defs = new Map((operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, d]));
  const variables: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if ((RESERVED_PARAMETERS as readonly string[]).includes(key)) continue;
    const def = defs.get(key);
    if (!def) throw new BadVariable(`Unknown parameter "${key}": the operation's variables are ${[...defs.keys()].join(', ') || 'none'}.`);
    if (typeof value !== 'string') throw new BadVariable(`Parameter "${key}" given more than once.`);
    variables[key] = coerce(def, value, schema);
  }
  for (const [name, def] of defs) {
    if (!(name in variables) && isRequired(def)) throw new BadVariable(`Variable "${name}" (${typeName(def.type)}) is required.`);
  }
  return variables;
}

const isRequired = (def: VariableDefinitionNode) => def.type.kind === Kind.NON_NULL_TYPE && !def.defaultValue;

/** `attachment` with the name both as ASCII and as RFC 5987 UTF-8. */
export function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/**
 * GET /export/<operation>.csv|.xlsx?<variable>=<value>…: a committed query's answer as a spreadsheet,
 * for analysts' spreadsheets and BI tools. The caller's bearer token is verified as for /graphql (the
 * handle's `identify`) and the stored operation runs through the gateway's own Apollo Server as that
 * caller, so the safelist, the limits, the permissions and the error masking apply as to any request.
 * CSV is one table (`?table=<name>`, else the first list); XLSX every table (or the one named). Errors
 * are plain text: 404 for an unknown operation or table, 400 for a bad parameter (or BAD_USER_INPUT
 * from the graph), 401 for a bad token, 502 with the error code alone for any other graph error.
 */
function exportRoute(opts: ExportOptions, gateway: GatewayHandle): RequestHandler {
  const exportables = readExportables(opts.operationsDir);
  const { logger } = gateway;
  // Built at the first export, not at start: the API schema takes a moment and most gateways never export.
  let schema: GraphQLSchema | undefined;
  const schemaOf = () => {
    schema ??= apiSchemaOf(fs.readFileSync(path.resolve(opts.supergraphPath), 'utf8'));
    return schema;
  };

  return async (req: Request, res: Response) => {
    const requestId = randomUUID();
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const file = String(req.params.file ?? '');
    const m = /^(.+)\.(csv|xlsx)$/.exec(file);
    const exportable = m ? exportables.get(m[1]!) : undefined;
    if (!m || !exportable) {
      failPlain(res, 404, `No export "${file}": ask for /export/<operation>.csv or .xlsx, one of ${[...exportables.keys()].join(', ')}.`);
      return;
    }
    const format = m[2] as 'csv' | 'xlsx';
    try {
      let identity: Awaited<ReturnType<GatewayHandle['identify']>>;
      try {
        identity = await gateway.identify(req);
      } catch (err) {
        if (err instanceof HttpRefusal) {
          failPlain(res, err.status, err.message);
          return;
        }
        throw err;
      }
      const params = req.query as Record<string, unknown>;
      const headers = params.headers ?? 'bilingual';
      if (typeof headers !== 'string' || !(CSV_HEADERS as readonly string[]).includes(headers)) {
        failPlain(res, 400, `Parameter "headers": expected one of ${CSV_HEADERS.join(', ')}.`);
        return;
      }
      if (params.table !== undefined && typeof params.table !== 'string') {
        failPlain(res, 400, 'Parameter "table" given more than once.');
        return;
      }
      let variables: Record<string, unknown>;
      try {
        variables = variablesFromQuery(exportable.operation, params, schemaOf());
      } catch (err) {
        if (err instanceof BadVariable) {
          failPlain(res, 400, err.message);
          return;
        }
        throw err;
      }
      const response = await gateway.executeOperation(
        { query: exportable.query, operationName: exportable.operation.name?.value, variables },
        { requestId, logger, identity },
      );
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      const { data, errors } = response.body.singleResult;
      if (errors?.length) {
        // Already logged by the errorLogging plugin; the caller gets the code.
        const code = String(errors[0]!.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
        logger.warn(
          { requestId, operation: exportable.name, code, codes: errors.map((e) => e.extensions?.code) },
          'export: the graph answered with errors',
        );
        failPlain(res, code === 'BAD_USER_INPUT' ? 400 : 502, code);
        return;
      }
      const tables = flatten(schemaOf(), exportable.document, (data ?? null) as Record<string, unknown> | null);
      const table = params.table;
      const chosen = table === undefined ? undefined : tables.find((t) => t.name === table);
      if (table !== undefined && !chosen) {
        failPlain(res, 404, `No table "${table}" in ${exportable.name}: its tables are ${tables.map((t) => t.name).join(', ')}.`);
        return;
      }
      res.setHeader('cache-control', 'no-store');
      if (format === 'csv') {
        const one = chosen ?? pickTable(tables)!;
        res
          .status(200)
          .type(CSV_MIME)
          .setHeader('content-disposition', attachment(`${exportable.name}-${one.name}.csv`))
          .send(tableToCsv(one, headers as CsvHeaders));
      } else {
        const body = await tablesToXlsx(chosen ? [chosen] : tables);
        res
          .status(200)
          .type(XLSX_MIME)
          .setHeader('content-disposition', attachment(`${exportable.name}${chosen ? `-${chosen.name}` : ''}.xlsx`))
          .send(body);
      }
    } catch (err) {
      logger.error({ requestId, operation: exportable.name, err }, 'export failed');
      if (!res.headersSent) failPlain(res, 500, 'INTERNAL_SERVER_ERROR');
    }
  };
}

export function useExport(options: ExportOptions): GatewayFeature {
  return {
    name: 'export',
    routes: (app, gateway) => {
      app.get(EXPORT_ROUTE, exportRoute(options, gateway));
      app.use(EXPORT_PREFIX, exportErrors);
    },
  };
}
