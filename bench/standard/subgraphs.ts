/**
 * The standard workload's four subgraphs in one process, as the public benchmark runs its Rust ones: one
 * HTTP server, `POST /accounts`, `/inventory`, `/products`, `/reviews` (GraphQL over JSON), `GET …/ready`,
 * and `GET /stats`: the requests and entity representations received so far.
 * Plain `node:http` and graphql-js, each distinct document parsed and validated once, so that the
 * subgraphs cost the machine as little as a JavaScript server can and the gateways are what is measured.
 *
 *   node --import tsx bench/standard/subgraphs.ts [--port 0]
 *
 * Prints `listening: standard-subgraphs http://127.0.0.1:<port>` when it serves; stops on SIGTERM/SIGINT.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { type DocumentNode, execute, type GraphQLSchema, parse, validate } from 'graphql';
import { LISTENING_PREFIX } from '../../kit/main.js';
import { type StandardSubgraphName, standardSubgraphs } from './schema.js';

const { values } = parseArgs({ options: { port: { type: 'string', default: '0' } } });
const schemas = standardSubgraphs();

/** Parsed and validated documents by subgraph and text (the gateways send a few dozen distinct ones). */
const documents = new Map<string, DocumentNode | readonly { message: string }[]>();

function document(name: string, schema: GraphQLSchema, query: string): DocumentNode | readonly { message: string }[] {
  const key = `${name}\n${query}`;
  let doc = documents.get(key);
  if (!doc) {
    try {
      const parsed = parse(query);
      const errors = validate(schema, parsed);
      doc = errors.length ? errors.map((e) => ({ message: e.message })) : parsed;
    } catch (err) {
      doc = [{ message: (err as Error).message }];
    }
    if (documents.size < 1_000) documents.set(key, doc);
  }
  return doc;
}

function send(res: http.ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** What the gateways have asked so far: requests, and the entity representations in them. */
const stats = { requests: 0, representations: 0 };

const server = http.createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0]!;
  if (req.method === 'GET' && path.endsWith('/ready')) return send(res, 200, '{"status":"ready"}');
  if (req.method === 'GET' && path === '/stats') return send(res, 200, JSON.stringify(stats));
  const name = path.slice(1) as StandardSubgraphName;
  const schema = schemas[name];
  if (req.method !== 'POST' || !schema) return send(res, 404, '{"errors":[{"message":"not found"}]}');
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    let body: { query?: unknown; variables?: Record<string, unknown>; operationName?: string };
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return send(res, 400, '{"errors":[{"message":"the body is not JSON"}]}');
    }
    if (typeof body.query !== 'string') return send(res, 400, '{"errors":[{"message":"no query"}]}');
    stats.requests++;
    const representations = body.variables?.representations;
    if (Array.isArray(representations)) stats.representations += representations.length;
    const doc = document(name, schema, body.query);
    if (Array.isArray(doc)) return send(res, 400, JSON.stringify({ errors: doc }));
    const result = await execute({
      schema,
      document: doc as DocumentNode,
      variableValues: body.variables,
      operationName: body.operationName,
    });
    send(res, 200, JSON.stringify(result));
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`${LISTENING_PREFIX}standard-subgraphs http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
