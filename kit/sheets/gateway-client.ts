/**
 * The command line's way to the graph: one GraphQL operation POSTed to the gateway with the caller's
 * token (npm run export, npm run import), its errors turned into one message with their codes.
 */

/** Where the commands find the gateway unless told (--gateway): the one `npm start` runs. */
export const DEFAULT_GATEWAY = 'http://127.0.0.1:4000/graphql';

/** The gateway's answer had errors (or no answer came): the codes, for the message and the exit status. */
export class GatewayError extends Error {
  constructor(
    message: string,
    readonly codes: string[] = [],
  ) {
    super(message);
    this.name = 'GatewayError';
  }
}

/** POSTs an operation to a gateway's /graphql and gives its `data`; any error of the answer is a GatewayError with the codes. */
export async function askGateway(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
  operationName?: string,
): Promise<Record<string, unknown>> {
  let res: globalThis.Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables, ...(operationName ? { operationName } : {}) }),
    });
  } catch (err) {
    throw new GatewayError(`Could not reach the gateway at ${url}: ${(err as Error).message}`);
  }
  const text = await res.text();
  let body: { data?: Record<string, unknown> | null; errors?: { message?: string; extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new GatewayError(`The gateway at ${url} answered HTTP ${res.status} with no GraphQL answer`);
  }
  if (body.errors?.length) {
    const codes = body.errors.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    const lines = body.errors.map((e) => `  ${e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'}: ${e.message ?? ''}`);
    throw new GatewayError(`The gateway answered with errors (HTTP ${res.status}):\n${lines.join('\n')}`, codes);
  }
  if (!body.data) throw new GatewayError(`The gateway answered HTTP ${res.status} without data`);
  return body.data;
}
