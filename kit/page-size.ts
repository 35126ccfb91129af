/** Page sizes of every list (kept apart from kit/pagination.ts so the gateway can read them without type-graphql). */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
