/**
 * Stock Apollo Gateway, the benchmark's yardstick: `@apollo/gateway` under `@apollo/server`'s standalone
 * server with their default settings, as the public graphql-gateways-benchmark runs it
 * (gateways/apollo-gateway/index.ts there, one worker), the same versions as venue-graph's gateway, as
 * published: `apollo-gateway-stock` is @apollo/gateway 2.14.4 under another name, which the project's
 * patches (patches/, applied to @apollo/gateway at install) leave alone.
 *
 *   SUPERGRAPH_PATH=… PORT=0 NODE_ENV=production node --import tsx bench/standard/stock-gateway.ts
 *
 * Over venue-graph's own subgraphs (the domain workload, bench/domain.ts) it needs the two things they
 * require of any caller, and nothing else is changed: `SUBGRAPH_URLS` (JSON, name → URL) overrides the
 * supergraph's routing URLs, and with `INTERNAL_SECRET` and `IDENTITY` (JSON) every subgraph request
 * carries that identity signed for its subgraph, as venue-graph's subgraphs accept callers (the token is
 * made again every 5 s of its 10 s life; signing costs some 10 µs).
 *
 * Prints `listening: stock-gateway <url>` when it serves; stops on SIGTERM/SIGINT.
 */
import { readFileSync } from 'node:fs';
// The package as published (an alias of @apollo/gateway 2.14.4 that patches/ leaves alone).
import { ApolloGateway, RemoteGraphQLDataSource } from 'apollo-gateway-stock';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { IDENTITY_HEADER, type Identity, signInternalIdentity } from '../../kit/identity.js';
import { LISTENING_PREFIX } from '../../kit/main.js';

// Nothing leaves the machine (the stock gateway otherwise reports its start to Apollo).
process.env.APOLLO_TELEMETRY_DISABLED ??= '1';

const supergraphPath = process.env.SUPERGRAPH_PATH;
if (!supergraphPath) throw new Error('SUPERGRAPH_PATH: the supergraph to run on');
const urls = JSON.parse(process.env.SUBGRAPH_URLS ?? '{}') as Record<string, string>;
const secret = process.env.INTERNAL_SECRET;
const identity = process.env.IDENTITY ? (JSON.parse(process.env.IDENTITY) as Identity) : null;

/** The stock data source, with venue-graph's identity header when asked for. */
class SignedIdentitySource extends RemoteGraphQLDataSource {
  private token: { value: Promise<string>; at: number } | null = null;
  constructor(
    private readonly serviceName: string,
    url: string,
  ) {
    super({ url });
  }
  override async willSendRequest({ request }: Parameters<NonNullable<RemoteGraphQLDataSource['willSendRequest']>>[0]) {
    if (!secret || !identity) return;
    if (!this.token || Date.now() - this.token.at > 5_000) {
      this.token = { value: signInternalIdentity(identity, '', this.serviceName, secret), at: Date.now() };
    }
    request.http?.headers.set(IDENTITY_HEADER, await this.token.value);
  }
}

const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(supergraphPath, 'utf8'),
  ...(Object.keys(urls).length || secret
    ? { buildService: ({ name, url }: { name: string; url?: string }) => new SignedIdentitySource(name, urls[name] ?? url!) }
    : {}),
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: Number(process.env.PORT ?? 0) } });
console.log(`${LISTENING_PREFIX}stock-gateway ${url}`);
