// Go major releases and the support policy: "Each major Go release is supported until there are
// two newer major releases" (https://go.dev/doc/devel/release#policy). Dates of the .0 releases
// from https://go.dev/doc/devel/release and the go1.N.0 tags (https://pkg.go.dev/std?tab=versions).
import { compareGoVersions } from './goversion.js';

/** Minor version → date of go1.N.0 (null: released, date not recorded here). */
export const GO_RELEASES: Record<number, string | null> = {
  16: '2021-02-16', 17: '2021-08-16', 18: '2022-03-15', 19: '2022-08-02', 20: '2023-02-01', 21: '2023-08-08',
  22: '2024-02-06', 23: '2024-08-13', 24: '2025-02-11', 25: '2025-08-12', 26: '2026-02-10', 27: null,
};

const minorOf = (v: string) => Number(/^(?:go)?1\.(\d+)/.exec(v)?.[1] ?? NaN);

/**
 * Whether version is past end of support, given the releases in the table and any newer ones
 * seen on the machine (a go1.28 toolchain proves 1.28 is out). Null when it is supported.
 */
export function endOfSupport(version: string, seen: readonly string[] = []): { newer: number; released: string | null; newest: number } | null {
  const minor = minorOf(version);
  if (!Number.isFinite(minor) || /(rc|beta)\d+$/.test(version)) return null;
  const known = new Set([...Object.keys(GO_RELEASES).map(Number), ...seen.filter((v) => !/(rc|beta)\d+$/.test(v) && compareGoVersions(v, '1.0') > 0).map(minorOf)].filter(Number.isFinite));
  const newest = Math.max(...known);
  if (newest < minor + 2) return null;
  return { newer: minor + 2, released: GO_RELEASES[minor + 2] ?? null, newest };
}
