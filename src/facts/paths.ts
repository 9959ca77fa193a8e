// Paths in facts are slash-separated and relative to the root that was read.

/** The directory part of a facts path ('' at the root). */
export const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
