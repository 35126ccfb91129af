import type { EnumValue } from './spec.js';

/**
 * An enum's Chinese labels, declared once beside the enum: the first label of each value is its
 * description in the GraphQL schema and the one an import template's drop-down offers; the others
 * are wordings offices also use, accepted on import.
 */
export type EnumLabels<E extends string> = Record<E, readonly [string, ...string[]]>;

/** type-graphql's `valuesConfig` for registerEnumType: each value described by its first label. */
export function valuesConfigOf<E extends string>(labels: EnumLabels<E>): Record<E, { description: string }> {
  return Object.fromEntries(Object.entries(labels).map(([value, l]) => [value, { description: (l as string[])[0] }])) as Record<
    E,
    { description: string }
  >;
}

/** The values of an import column of this enum (kit/sheets/spec.ts). */
export function enumValuesOf<E extends string>(labels: EnumLabels<E>): EnumValue[] {
  return Object.entries(labels).map(([value, l]) => ({ value, labels: [...(l as [string, ...string[]])] }));
}
