/**
 * Bump on any incompatible change to the facts or report shape. Kept apart from the zod
 * schemas so commands that only stamp it do not pay for building every schema at start-up.
 */
export const SCHEMA_VERSION = 1;
