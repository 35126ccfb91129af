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
    // Not in the typings, but passed through to GraphiQL as its initial variables: without it the
    // variables editor of the first tab starts empty and the example cannot run as it is.
    ...({ variables } as object),
  });
}
