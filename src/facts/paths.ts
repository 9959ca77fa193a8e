// Paths in facts are slash-separated and relative to the root that was read.

/** The directory part of a facts path ('' at the root). */
export const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');

/** Is facts path `p` at or below directory `dir`? ('' is the root, holding everything but ../ paths.) */
export function isUnder(p: string, dir: string): boolean {
  if (dir === '') return !p.startsWith('../');
  return p === dir || p.startsWith(`${dir}/`);
}
