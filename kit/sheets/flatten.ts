import { Supergraph } from '@apollo/federation-internals';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  GraphQLString,
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * A GraphQL answer as spreadsheet tables (for analysts: kit/sheets/export.ts writes them as CSV and
 * XLSX). Pure: the operation document, the API schema and the answer's `data` in, tables out.
 *
 * The rules:
 * - Each top-level field of the operation is its own table, named by its response key (the alias if
 *   there is one): q4 gives `province` and `cities`.
 * - An object is one row; its fields are columns, a nested object's fields dotted column paths
 *   (`socialWorkFigures.stations`), the response keys (aliases) of the path joined with ".".
 * - A list of objects is a row per item; a connection (`edges { node }`) is a list of its nodes, and
 *   `edges` and `node` leave no trace in the path (`cities` → `code`, `sites { edges { node { name } } }`
 *   → `sites.name`); an edge's `cursor` is left out, its other fields are columns.
 * - Nested lists multiply rows: a row per innermost item, the parent's columns repeated on each. Two
 *   lists side by side are not crossed: the rows of the first, then those of the second (each with the
 *   other's columns empty). An empty or null list leaves its parent's row once, its columns empty.
 * - A table's own connection: `totalCount` and `pageInfo` are not rows, they are the table's
 *   `totalCount` and `hasNextPage` (the CLI prints "11 rows of 11"). Inside a row, a nested
 *   connection's `totalCount` is a column (a figure of the parent); `pageInfo` is always left out.
 * - A list of scalars is one cell, its items joined with "; ".
 * - Cells keep JSON's types: numbers stay numbers (`fundingYuan` is yuan, a number), booleans
 *   booleans, null an empty cell; enum values as sent (`CITY`). A column's `kind` comes from the schema:
 *   Int and Float are `number`, Boolean `boolean`, String, ID and enums `text` (codes such as "3301"
 *   must stay text), other scalars `auto` (whatever the value is).
 * - Headers come from the schema's descriptions, bilingual as "English. 中文。": each field's
 *   first Chinese sentence and first English sentence (asides in brackets dropped), joined along the
 *   path with " · " (zh `社工站统计 · 社工站数`, en `Social work figures · Stations`). An English sentence
 *   longer than MAX_EN_LABEL (48) characters, or none, gives way to the field's name in words
 *   (`socialWorkFigures` → "Social work figures"); no Chinese, to the field's name. An alias other than
 *   the field's name is added in brackets, so two aliases of one field have distinct headers.
 * - Fragments (named or inline) are read into their parent; `__typename` is a column like any other.
 */

export type Cell = string | number | boolean | null;
export type ColumnKind = 'number' | 'boolean' | 'text' | 'auto';

export interface Label {
  en: string;
  zh: string;
}

export interface Column extends Label {
  /** The response keys of the path, joined with "." (edges and node left out). */
  key: string;
  kind: ColumnKind;
}

export interface Table extends Label {
  /** The top-level field's response key. */
  name: string;
  /** A list or connection (a row per item), not one object: what the HTTP route serves by default. */
  list: boolean;
  columns: Column[];
  rows: Record<string, Cell>[];
  /** The connection's `totalCount`, when the table is a connection and it was asked for. */
  totalCount?: number;
  /** `pageInfo.hasNextPage`, when asked for: more rows than these exist. */
  hasNextPage?: boolean;
}

/** The API schema (what clients see) of a supergraph's SDL, as graphql-js types. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Splits a bilingual description "English. 中文。" into its parts: the Chinese is what follows the last
 * ". " when it holds a Chinese character (English may quote Chinese in brackets: "Real townships
 * (街道, 镇, 乡) … below. 乡镇（街道）数。"), else what follows the first Chinese character. Each part is
 * cut to its first sentence; English asides in brackets are dropped. A part not there is "".
 */
export function splitDescription(description: string | null | undefined): Label | null {
  const text = (description ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  let en = text;
  let zh = '';
  const lastStop = text.lastIndexOf('. ');
  if (lastStop >= 0 && CJK.test(text.slice(lastStop + 2))) {
    en = text.slice(0, lastStop + 1);
    zh = text.slice(lastStop + 2);
  } else {
    const first = text.search(CJK);
    if (first === 0) {
      en = '';
      zh = text;
    } else if (first > 0) {
      en = text.slice(0, first);
      zh = text.slice(first);
    }
  }
  en = firstSentence(en.replace(/\s*\([^()]*\)/g, ''), /(?<!\b(?:e\.g|i\.e))\.(\s|$)/);
  zh = firstSentence(zh, /[。！？]/);
  if (!en && !zh) return null;
  return { en, zh };
}

function firstSentence(text: string, stop: RegExp): string {
  const at = text.search(stop);
  return (at >= 0 ? text.slice(0, at) : text).trim();
}

const PATH_SEPARATOR = ' · ';

/** The longest English header part taken from a description; a longer one gives way to the field's name, in words. */
const MAX_EN_LABEL = 48;

/** `socialWorkFigures` → "Social work figures". */
export function humanise(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function labelOf(field: GraphQLField<unknown, unknown> | undefined, name: string, key: string): Label {
  if (name === '__typename') return { en: 'Type', zh: '类型' };
  const described = splitDescription(field?.description);
  const en = described?.en && described.en.length <= MAX_EN_LABEL ? described.en : humanise(name);
  const zh = described?.zh || name;
  return key === name ? { en, zh } : { en: `${en} (${key})`, zh: `${zh}（${key}）` };
}

/** What to make of one selected field: a column, an object (its children), or a list of objects. */
type Plan =
  | { shape: 'leaf'; key: string; column: Column; list: boolean }
  | { shape: 'object'; key: string; children: Plan[]; multiplies: boolean }
  | { shape: 'list'; key: string; item: Plan[] }
  // A connection: its own fields (totalCount in a row), and its edges as a list (the node's fields spliced in).
  | { shape: 'connection'; key: string; children: Plan[]; edges: Plan[] | null; totalCountKey?: string; pageInfoKey?: string };

interface Prefix {
  keys: string[];
  labels: Label[];
}

const extend = (p: Prefix, key: string, label: Label): Prefix => ({ keys: [...p.keys, key], labels: [...p.labels, label] });

function columnOf(prefix: Prefix, type: GraphQLOutputType): Column {
  const named = getNamedType(type);
  const kind: ColumnKind =
    named.name === 'Int' || named.name === 'Float'
      ? 'number'
      : named.name === 'Boolean'
        ? 'boolean'
        : named.name === 'String' || named.name === 'ID' || isEnumType(named)
          ? 'text'
          : 'auto';
  return {
    key: prefix.keys.join('.'),
    en: prefix.labels.map((l) => l.en).join(PATH_SEPARATOR),
    zh: prefix.labels.map((l) => l.zh).join(PATH_SEPARATOR),
    kind,
  };
}

class Planner {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
  ) {}

  /** The fields of a selection set, fragments read in, each with the type it is selected on. */
  fields(parent: GraphQLCompositeType, set: SelectionSetNode): { node: FieldNode; parent: GraphQLCompositeType }[] {
    const out: { node: FieldNode; parent: GraphQLCompositeType }[] = [];
    const seen = new Set<string>();
    const walk = (type: GraphQLCompositeType, s: SelectionSetNode) => {
      for (const sel of s.selections) {
        if (sel.kind === Kind.FIELD) {
          const key = (sel.alias ?? sel.name).value;
          if (seen.has(key)) continue; // the same response key twice is one value in the answer
          seen.add(key);
          out.push({ node: sel, parent: type });
        } else {
          const fragment = sel.kind === Kind.FRAGMENT_SPREAD ? this.fragments.get(sel.name.value) : sel;
          if (!fragment) throw new Error(`Unknown fragment "${sel.kind === Kind.FRAGMENT_SPREAD ? sel.name.value : ''}"`);
          const condition = fragment.typeCondition ? this.schema.getType(fragment.typeCondition.name.value) : type;
          walk(condition && isCompositeType(condition) ? condition : type, fragment.selectionSet);
        }
      }
    };
    walk(parent, set);
    return out;
  }

  /** The plans of a selection set under a prefix. */
  selection(parent: GraphQLCompositeType, set: SelectionSetNode, prefix: Prefix): Plan[] {
    return this.fields(parent, set).map(({ node, parent: on }) => this.field(on, node, prefix));
  }

  field(parent: GraphQLCompositeType, node: FieldNode, prefix: Prefix, topLevel = false): Plan {
    const name = node.name.value;
    const key = (node.alias ?? node.name).value;
    const def = 'getFields' in parent ? (parent.getFields() as Record<string, GraphQLField<unknown, unknown>>)[name] : undefined;
    const type: GraphQLOutputType = def?.type ?? GraphQLString;
    const here = topLevel ? prefix : extend(prefix, key, labelOf(def, name, key));
    const named = getNamedType(type);
    const nullable = getNullableType(type);
    if (!node.selectionSet || !isCompositeType(named)) {
      return { shape: 'leaf', key, column: columnOf(here, type), list: isListType(nullable) };
    }
    if (isListType(nullable)) return { shape: 'list', key, item: this.selection(named, node.selectionSet, here) };
    if (isObjectType(named) && isConnection(named)) return this.connection(named, node.selectionSet, key, here, topLevel);
    const children = this.selection(named, node.selectionSet, here);
    return { shape: 'object', key, children, multiplies: children.some(multiplies) };
  }

  connection(type: GraphQLObjectType, set: SelectionSetNode, key: string, here: Prefix, topLevel: boolean): Plan {
    const plan: Extract<Plan, { shape: 'connection' }> = { shape: 'connection', key, children: [], edges: null };
    const fields = this.fields(type, set);
    // A table's totalCount is its summary only when it has rows (edges); asked alone, it is the one column.
    const summary = topLevel && fields.some((f) => f.node.name.value === 'edges' && f.node.selectionSet);
    for (const { node, parent } of fields) {
      const name = node.name.value;
      const fieldKey = (node.alias ?? node.name).value;
      if (name === 'pageInfo') plan.pageInfoKey = fieldKey;
      else if (name === 'totalCount' && summary) plan.totalCountKey = fieldKey;
      else if (name === 'edges' && node.selectionSet) {
        const edgeType = getNamedType(type.getFields().edges!.type) as GraphQLObjectType;
        plan.edges = [];
        for (const edgeField of this.fields(edgeType, node.selectionSet)) {
          const edgeName = edgeField.node.name.value;
          const edgeKey = (edgeField.node.alias ?? edgeField.node.name).value;
          if (edgeName === 'cursor') continue;
          if (edgeName === 'node' && edgeField.node.selectionSet) {
            const nodeType = getNamedType(edgeType.getFields().node!.type) as GraphQLCompositeType;
            // The node's fields straight under the connection's prefix: `edges` and `node` leave no trace.
            plan.edges.push({
              shape: 'object',
              key: edgeKey,
              children: this.selection(nodeType, edgeField.node.selectionSet, here),
              multiplies: false,
            });
            const spliced = plan.edges.at(-1) as Extract<Plan, { shape: 'object' }>;
            spliced.multiplies = spliced.children.some(multiplies);
          } else plan.edges.push(this.field(edgeType, edgeField.node, here));
        }
      } else plan.children.push(this.field(parent, node, here));
    }
    return plan;
  }
}

function isConnection(type: GraphQLObjectType): boolean {
  const edges = type.getFields().edges;
  if (!edges || !isListType(getNullableType(edges.type))) return false;
  const edge = getNamedType(edges.type);
  return isObjectType(edge) && 'node' in edge.getFields();
}

function multiplies(plan: Plan): boolean {
  if (plan.shape === 'list' || (plan.shape === 'connection' && plan.edges)) return true;
  if (plan.shape === 'object') return plan.multiplies;
  if (plan.shape === 'connection') return plan.children.some(multiplies);
  return false;
}

function columnsOf(plans: Plan[], into: Column[] = []): Column[] {
  for (const p of plans) {
    if (p.shape === 'leaf') into.push(p.column);
    else if (p.shape === 'object') columnsOf(p.children, into);
    else if (p.shape === 'list') columnsOf(p.item, into);
    else {
      columnsOf(p.children, into);
      if (p.edges) columnsOf(p.edges, into);
    }
  }
  return into;
}

type Row = Record<string, Cell>;

function cellOf(value: unknown, list: boolean): Cell {
  if (value === null || value === undefined) return null;
  if (list && Array.isArray(value))
    return value.map((v) => (v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; ');
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

const asObject = (value: unknown): Record<string, unknown> | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/** The rows of an object's selection: its own cells, times the rows of each list in it (one list after another). */
function rowsOfSelection(plans: Plan[], value: Record<string, unknown> | null): Row[] {
  const base: Row = {};
  const groups: Row[][] = [];
  for (const p of plans) {
    const rows = rowsOfPlan(p, value?.[p.key]);
    if (multiplies(p)) groups.push(rows);
    else Object.assign(base, rows[0]);
  }
  const expanded = groups.flat();
  return expanded.length ? expanded.map((r) => ({ ...base, ...r })) : [base];
}

/** A plan's rows from its value: a multiplying plan may give none (an empty list), any other gives one. */
function rowsOfPlan(p: Plan, value: unknown): Row[] {
  if (p.shape === 'leaf') return [{ [p.column.key]: cellOf(value, p.list) }];
  if (p.shape === 'object') return rowsOfSelection(p.children, asObject(value));
  if (p.shape === 'list') return Array.isArray(value) ? value.flatMap((item) => rowsOfSelection(p.item, asObject(item))) : [];
  const connection = asObject(value);
  const own = rowsOfSelection(p.children, connection);
  if (!p.edges) return own;
  const edges = Array.isArray(connection?.edges) ? connection.edges : [];
  const items = edges.flatMap((edge) => rowsOfSelection(p.edges!, asObject(edge)));
  return items.flatMap((item) => own.map((o) => ({ ...o, ...item })));
}

function operationOf(document: DocumentNode, operationName?: string): OperationDefinitionNode {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation || (!operationName && operations.length > 1)) {
    throw new Error(operationName ? `No operation "${operationName}" in the document` : 'Expected exactly one operation in the document');
  }
  return operation;
}

/**
 * The answer's tables, one per top-level field of the operation, in the document's order. Every
 * column is there even when no row has a value for it (the columns come from the document, not the answer).
 */
export function flatten(
  schema: GraphQLSchema,
  document: DocumentNode,
  data: Record<string, unknown> | null,
  operationName?: string,
): Table[] {
  const operation = operationOf(document, operationName);
  const root = schema.getRootType(operation.operation);
  if (!root) throw new Error(`The schema has no ${operation.operation} type`);
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const planner = new Planner(schema, fragments);
  return planner.fields(root, operation.selectionSet).map(({ node, parent }) => {
    const name = node.name.value;
    const key = (node.alias ?? node.name).value;
    const def = (parent as GraphQLObjectType).getFields()[name];
    const plan = planner.field(parent, node, { keys: [], labels: [] }, true);
    const value = data?.[key];
    const list = plan.shape === 'list' || (plan.shape === 'connection' && plan.edges !== null);
    const table: Table = { name: key, ...labelOf(def, name, key), list, columns: [], rows: [] };
    if (plan.shape === 'leaf') {
      // A scalar at the top: one column under the field's own name.
      const column = { ...plan.column, key, en: table.en, zh: table.zh };
      table.columns = [column];
      table.rows = [{ [key]: cellOf(value, plan.list) }];
      return table;
    }
    table.columns = dedupe(columnsOf([plan]));
    if (plan.shape === 'list') table.rows = Array.isArray(value) ? value.flatMap((item) => rowsOfSelection(plan.item, asObject(item))) : [];
    else if (plan.shape === 'connection' && plan.edges) {
      const connection = asObject(value);
      if (plan.totalCountKey && typeof connection?.[plan.totalCountKey] === 'number')
        table.totalCount = connection[plan.totalCountKey] as number;
      const pageInfo = plan.pageInfoKey ? asObject(connection?.[plan.pageInfoKey]) : null;
      if (typeof pageInfo?.hasNextPage === 'boolean') table.hasNextPage = pageInfo.hasNextPage;
      table.rows = rowsOfPlan(plan, value);
    } else table.rows = value === null || value === undefined ? [] : rowsOfPlan(plan, value);
    return table;
  });
}

/** Two columns of one key (a field selected inside two fragments of different types): the first stays. */
function dedupe(columns: Column[]): Column[] {
  const seen = new Set<string>();
  return columns.filter((c) => !seen.has(c.key) && seen.add(c.key));
}
