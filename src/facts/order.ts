/**
 * Byte-order (UTF-16 code unit) comparison for sorting paths and ids. Output order must not
 * depend on the user's locale, and String#localeCompare's first call loads ICU collation data
 * (tens of milliseconds).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
