import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import compression from 'compression';
import type { GatewayFeature } from './feature.js';

/**
 * The explorer page at `/`: GraphiQL rendered from the project's own dependencies into one
 * self-contained HTML page (scripts, styles and workers inline), so it works with no internet access.
 * It opens one tab per committed operation (schema/operations/, the example first, each with its
 * variables file), and a last tab that says how to send a token, its header editor prefilled with a
 * placeholder. The page (9.1 MB; 2.4 MB gzipped, 1.7 MB with brotli) is sent compressed, as the browser asks, with an
 * ETag, cacheable for `maxAgeSeconds` and revalidated after.
 */

/** The header the token tab starts with: replace the placeholder with a token (`npm run token`). */
export const TOKEN_PLACEHOLDER = { Authorization: 'Bearer <paste a token: npm run token -- --role staff --dept culture --region 330106>' };

const TOKEN_TAB = `# Sending a token
#
# Public fields need none. For a department's own fields, bookings and imports, put a bearer token in the
# Headers editor below (it is prefilled with a placeholder: replace it, or this tab's request is a 401).
# On a development gateway, \`npm run token -- --role staff --dept culture --region 330106\` prints one;
# in production your identity provider issues it. The other tabs send no token until you add one to theirs.
query Token {
  __typename
}
`;

interface Tab {
  query: string;
  variables: string | null;
  headers: string | null;
}

function tabs(operationsDir: string, first: string): Tab[] {
  const files = fs
    .readdirSync(operationsDir)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => Number(b === first) - Number(a === first) || a.localeCompare(b));
  return [
    ...files.map((file) => {
      const variablesFile = path.join(operationsDir, file.replace(/\.graphql$/, '.variables.json'));
      return {
        query: fs.readFileSync(path.join(operationsDir, file), 'utf8'),
        variables: fs.existsSync(variablesFile) ? fs.readFileSync(variablesFile, 'utf8') : null,
        headers: null,
      };
    }),
    { query: TOKEN_TAB, variables: null, headers: JSON.stringify(TOKEN_PLACEHOLDER, null, 2) },
  ];
}

/**
 * The page. GraphiQL's renderer is imported here, on the first request for the page, not with this
 * module: it holds the whole bundled GraphiQL, some 70 MB of a gateway's resident memory, which a
 * production gateway (no explorer) never needs.
 */
async function renderExplorer(operationsDir: string, first: string): Promise<string> {
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  const all = tabs(operationsDir, first);
  return renderGraphiQL({
    title: 'venue-graph explorer',
    endpoint: '/graphql',
    defaultQuery: all[0]!.query,
    defaultTabs: all,
    // Not in the typings, but passed through to GraphiQL as its initial variables: without it the
    // variables editor of the first tab starts empty and the example cannot run as it is.
    ...({ variables: all[0]!.variables } as object),
  });
}

export interface ExplorerOptions {
  /** Serve the page at `/` (`EXPLORER`). */
  enabled: boolean;
  /** The committed operations, one tab each (no default: features/index.ts names schema/operations/). */
  operationsDir: string;
  /** The operation opened first (a file name in `operationsDir`). */
  firstOperation: string;
  /** How long a browser may keep the page before it asks again (with its ETag: a 304 if unchanged). */
  maxAgeSeconds: number;
}

export const DEFAULTS: Pick<ExplorerOptions, 'enabled' | 'maxAgeSeconds'> = {
  /** On; features/index.ts follows the config (off in production unless EXPLORER=true). */
  enabled: true,
  /** Five minutes. */
  maxAgeSeconds: 300,
};

/** Apollo's own landing page is off either way: `/` is this page, or nothing (404). */
export function useExplorer(
  options: Omit<ExplorerOptions, 'enabled' | 'maxAgeSeconds'> & Partial<Pick<ExplorerOptions, 'enabled' | 'maxAgeSeconds'>>,
): GatewayFeature {
  const o = { ...DEFAULTS, ...options };
  // Rendered on the first request, not at start (9.1 MB: most gateways, every test one among them, never serve it).
  let page: Promise<{ html: string; etag: string }> | undefined;
  const rendered = () => {
    page ??= renderExplorer(o.operationsDir, o.firstOperation).then((html) => ({
      html,
      etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`,
    }));
    return page;
  };
  return {
    name: 'explorer',
    plugins: [ApolloServerPluginLandingPageDisabled()],
    routes: o.enabled
      ? (app) => {
          app.get('/', compression(), async (req, res) => {
            const { html, etag } = await rendered();
            res.setHeader('cache-control', `public, max-age=${o.maxAgeSeconds}`);
            res.setHeader('etag', etag);
            if (req.header('if-none-match') === etag) {
              res.status(304).end();
              return;
            }
            res.type('html').send(html);
          });
        }
      : undefined,
  };
}
