// Compare a Go tree with the expected content of its release: which files match, differ, are
// missing, or should not be there. Pure: hashes and names in, classification out.

export interface Expected { hash: string; renamedGoMod: boolean }

export interface TreeComparison {
  matched: number;
  renamedGoMod: number;
  modified: Array<{ path: string; expected: string; actual: string }>;
  missing: string[];
  extra: Array<{ path: string; package: string | null; buildFile: boolean }>;
  outsideCoverage: Record<string, number>;
  outsideCoverageCount: number;
}

// The file kinds go/build hands to the compiler, assembler or cgo (go/build Context.Import).
const BUILD_EXTENSIONS = new Set(['.go', '.s', '.S', '.sx', '.c', '.cc', '.cpp', '.cxx', '.h', '.hh', '.hpp', '.hxx', '.m', '.f', '.F', '.for', '.f90', '.swig', '.swigcxx', '.syso']);

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot);
}

/** go/build ignores files whose names start with _ or . (and testdata directories). */
export function isBuildFile(rel: string): boolean {
  const base = rel.slice(rel.lastIndexOf('/') + 1);
  if (base.startsWith('_') || base.startsWith('.')) return false;
  if (rel.split('/').includes('testdata')) return false;
  return BUILD_EXTENSIONS.has(extension(base));
}

const dirOf = (rel: string) => (rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '');

/** The import path a directory under src/ holds (src/net → net, src/cmd/go → cmd/go). */
export function importPathOfDir(dir: string): string | null {
  return dir.startsWith('src/') ? dir.slice(4) : null;
}

/**
 * expected: reference path → hash; actual: every file of the tree → its hash (null when it was
 * not hashed: outside the reference, or unreadable); covered: whether the reference speaks for a path.
 */
export function compareTree(expected: ReadonlyMap<string, Expected>, actual: ReadonlyMap<string, string | null>, covered: (rel: string) => boolean): TreeComparison {
  const out: TreeComparison = { matched: 0, renamedGoMod: 0, modified: [], missing: [], extra: [], outsideCoverage: {}, outsideCoverageCount: 0 };
  // A package directory of the release: one holding a file the compiler would build.
  const packageDirs = new Set<string>();
  for (const rel of expected.keys()) if (rel.startsWith('src/') && isBuildFile(rel)) packageDirs.add(dirOf(rel));
  for (const [rel, want] of expected) {
    if (!actual.has(rel)) { out.missing.push(rel); continue; }
    const got = actual.get(rel);
    if (got === want.hash) {
      out.matched++;
      if (want.renamedGoMod) out.renamedGoMod++;
    } else {
      out.modified.push({ path: rel, expected: want.hash, actual: got ?? 'unreadable' });
    }
  }
  for (const rel of actual.keys()) {
    if (expected.has(rel)) continue;
    if (!covered(rel)) {
      const top = rel.includes('/') ? rel.slice(0, rel.indexOf('/')) + '/' : rel;
      out.outsideCoverage[top] = (out.outsideCoverage[top] ?? 0) + 1;
      out.outsideCoverageCount++;
      continue;
    }
    const dir = dirOf(rel);
    out.extra.push({ path: rel, package: packageDirs.has(dir) ? importPathOfDir(dir) : null, buildFile: isBuildFile(rel) });
  }
  out.missing.sort();
  out.modified.sort((a, b) => (a.path < b.path ? -1 : 1));
  out.extra.sort((a, b) => (a.path < b.path ? -1 : 1));
  return out;
}
