import { type DocumentNode, Kind, parse, type SelectionSetNode } from 'graphql';

/**
 * Whether a subgraph's answer is a GraphQL response that @apollo/gateway can shape: a JSON object whose
 * `data` is an object or null and whose `errors` is a list, and in `data` an object, a list or null
 * wherever the query selected fields of an object (@apollo/gateway's result shaping asserts on anything
 * else, and the whole request fails). Scalars are not checked: the gateway passes them on as sent.
 * Returns what is wrong (or null), and the answer parsed when it is JSON, so that nobody parses it twice.
 */
export function checkAnswer(query: string, answer: string): { wrong: string | null; body?: unknown } {
  let body: unknown;
  try {
    body = JSON.parse(answer);
  } catch {
    return { wrong: 'not JSON' };
  }
  return { wrong: shapeOf(parsedQuery(query), body), body };
}

function shapeOf(document: DocumentNode | null, body: unknown): string | null {
  if (!isObject(body)) return 'not a JSON object';
  if ('errors' in body && body.errors !== undefined && !Array.isArray(body.errors)) return '`errors` is not a list';
  if (!('data' in body) || body.data === null || body.data === undefined) return 'errors' in body ? null : 'neither data nor errors';
  if (!isObject(body.data)) return '`data` is not an object';
  if (!document) return null; // not ours to judge: the subgraph saw the same request
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return null;
  return misshapen(document, operation.selectionSet, body.data, 'data');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The queries @apollo/gateway sends repeat: each parsed once (up to 500 kept, the oldest dropped first). */
const parsed = new Map<string, DocumentNode | null>();
const MAX_PARSED = 500;

/** A subgraph request's query, parsed (null when it is not a string or does not parse); shared with steps.ts. */
export function parsedQuery(query: unknown): DocumentNode | null {
  if (typeof query !== 'string') return null;
  let document = parsed.get(query);
  if (document === undefined) {
    try {
      document = parse(query);
    } catch {
      document = null;
    }
    if (parsed.size >= MAX_PARSED) parsed.delete(parsed.keys().next().value!);
    parsed.set(query, document);
  }
  return document;
}

/** The first place where `value`, selected with `set`, is not an object (or a list of them, or null). */
function misshapen(document: DocumentNode, set: SelectionSetNode, value: Record<string, unknown>, at: string): string | null {
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (!sel.selectionSet) continue;
      const key = sel.alias?.value ?? sel.name.value;
      const wrong = composite(document, sel.selectionSet, value[key], `${at}.${key}`);
      if (wrong) return wrong;
    } else {
      const inner = sel.kind === Kind.INLINE_FRAGMENT ? sel.selectionSet : fragment(document, sel.name.value);
      const wrong = inner ? misshapen(document, inner, value, at) : null;
      if (wrong) return wrong;
    }
  }
  return null;
}

function fragment(document: DocumentNode, name: string): SelectionSetNode | null {
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name) return d.selectionSet;
  return null;
}

function composite(document: DocumentNode, set: SelectionSetNode, value: unknown, at: string): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const wrong = composite(document, set, value[i], `${at}[${i}]`);
      if (wrong) return wrong;
    }
    return null;
  }
  if (!isObject(value)) return `${at} is not an object`;
  return misshapen(document, set, value, at);
}
