import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DateTimeResolver, JSONObjectResolver, LocalDateResolver, SafeIntResolver } from 'graphql-scalars';

/**
 * The graph's own scalars, one table for the subgraphs (their schema: each description states the format
 * a client must send) and the gateway (which checks every scalar value of an operation against the same
 * parsers before planning it: gateway/features/scalar-input.ts). Parsing is graphql-scalars'; only the
 * descriptions are ours, since theirs do not say what is refused. `YearMonth` is ours: graphql-scalars
 * (1.24) has none.
 */
export interface GraphScalar {
  scalar: GraphQLScalarType;
  /** What a client must send, for error messages: "expected <expected>". */
  expected: string;
}

function scalar(base: GraphQLScalarType, description: string, expected: string): GraphScalar {
  return { scalar: new GraphQLScalarType({ ...base.toConfig(), description }), expected };
}

export const DATE_TIME = scalar(
  DateTimeResolver,
  'An instant: an RFC 3339 date-time with its offset, such as `2026-12-16T09:00:00+08:00` or `2026-12-16T01:00:00Z` ' +
    '(a time without an offset, as `<input type="datetime-local">` gives it, is refused: add the offset). ' +
    'Answers are in UTC with milliseconds (`2026-12-16T01:00:00.000Z`). 时间（须带时区）。',
  'an RFC 3339 date-time with its offset, such as 2026-12-16T09:00:00+08:00',
);

export const LOCAL_DATE = scalar(
  LocalDateResolver,
  'A calendar day `YYYY-MM-DD`, such as `2026-12-16`: no time, no offset (where a day meets an instant, it is the day ' +
    'in China Standard Time, UTC+8). An impossible date (`2027-02-30`) is refused. 日期。',
  'a calendar date YYYY-MM-DD, such as 2026-12-16',
);

export const SAFE_INT = scalar(
  SafeIntResolver,
  'A whole number from -(2^53 - 1) to 2^53 - 1, sent as a JSON number: exact where `Int` (32 bits) is too small, ' +
    'such as money in fen. 整数。',
  'a whole number from -9007199254740991 to 9007199254740991, as a JSON number',
);

export const JSON_OBJECT = scalar(
  JSONObjectResolver,
  'A JSON object (`{…}`; not an array, a string or null), such as one imported record: its keys are the columns. JSON 对象。',
  'a JSON object',
);

const YEAR_MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

function yearMonth(value: unknown, ast?: ValueNode): string {
  if (typeof value !== 'string' || !YEAR_MONTH_PATTERN.test(value))
    throw new GraphQLError(
      `YearMonth cannot represent ${JSON.stringify(value) ?? String(value)}: expected YYYY-MM`,
      ast ? { nodes: ast } : {},
    );
  return value;
}

export const YEAR_MONTH: GraphScalar = {
  scalar: new GraphQLScalarType<string, string>({
    name: 'YearMonth',
    description: 'A calendar month `YYYY-MM`, such as `2026-12` (in China Standard Time, UTC+8, where it meets instants). 月份。',
    serialize: (value) => yearMonth(value),
    parseValue: (value) => yearMonth(value),
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.STRING)
        throw new GraphQLError(`YearMonth cannot represent a non-string value: expected YYYY-MM`, { nodes: ast });
      return yearMonth(ast.value, ast);
    },
  }),
  expected: 'a month YYYY-MM, such as 2026-12',
};

/** Every custom scalar of the graph, by its GraphQL name. */
export const GRAPH_SCALARS: ReadonlyMap<string, GraphScalar> = new Map(
  [DATE_TIME, LOCAL_DATE, YEAR_MONTH, SAFE_INT, JSON_OBJECT].map((s) => [s.scalar.name, s]),
);
