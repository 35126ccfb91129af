import fs from 'node:fs';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

/**
 * The explorer page at `/`: GraphiQL rendered from the project's own dependencies into one
 * self-contained HTML page (scripts, styles and workers inline), so it works with no internet access.
 * The example operation is opened in the first tab.
 */
export function renderExplorer(example: { queryPath: string; variablesPath?: string }): string {
  const query = fs.readFileSync(example.queryPath, 'utf8');
  const variables =
    example.variablesPath && fs.existsSync(example.variablesPath) ? fs.readFileSync(example.variablesPath, 'utf8') : undefined;
  return renderGraphiQL({
    title: 'venue-graph explorer',
    endpoint: '/graphql',
    defaultQuery: query,
    defaultTabs: [{ query, variables: variables ?? null }],
  });
}
