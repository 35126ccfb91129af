import fs from 'node:fs';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GatewayFeature } from './feature.js';

/**
 * The explorer page at `/`: GraphiQL rendered from the project's own dependencies into one
 * self-contained HTML page (scripts, styles and workers inline), so it works with no internet access.
 * The example operation is opened in the first tab.
 */
function renderExplorer(example: { queryPath: string; variablesPath?: string }): string {
  const query = fs.readFileSync(example.queryPath, 'utf8');
  const variables =
    example.variablesPath && fs.existsSync(example.variablesPath) ? fs.readFileSync(example.variablesPath, 'utf8') : undefined;
  return renderGraphiQL({
    title: 'venue-graph explorer',
    endpoint: '/graphql',
    defaultQuery: query,
    defaultTabs: [{ query, variables: variables ?? null }],
    // Not in the typings, but passed through to GraphiQL as its initial variables: without it the
    // variables editor of the first tab starts empty and the example cannot run as it is.
    ...({ variables } as object),
  });
}

export interface ExplorerOptions {
  /** Serve the page at `/` (`EXPLORER`). */
  enabled: boolean;
  /** The operation opened in the first tab (no default: features/index.ts names region-overview.graphql). */
  queryPath: string;
  /** Its variables (a JSON file), if any. */
  variablesPath?: string;
}

export const DEFAULTS: Pick<ExplorerOptions, 'enabled'> = {
  /** On; features/index.ts follows the config (off in production unless EXPLORER=true). */
  enabled: true,
};

/** Apollo's own landing page is off either way: `/` is this page, or nothing (404). */
export function useExplorer(options: Omit<ExplorerOptions, 'enabled'> & Partial<ExplorerOptions>): GatewayFeature {
  const { enabled, ...example } = { ...DEFAULTS, ...options };
  const html = enabled ? renderExplorer(example) : null;
  return {
    name: 'explorer',
    plugins: [ApolloServerPluginLandingPageDisabled()],
    routes: html
      ? (app) => {
          app.get('/', (_req, res) => {
            res.type('html').setHeader('cache-control', 'no-cache').send(html);
          });
        }
      : undefined,
  };
}
