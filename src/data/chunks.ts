/**
 * Values in consecutive chunks of at most `size` (the last may be shorter): how reads stay within a
 * URL's length or Graph's 15 values per `in` filter. No imports, so any service can use it.
 */
export function chunks<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}
