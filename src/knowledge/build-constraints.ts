// Go build constraints as the go command applies them to a file: the //go:build expression (or
// the older `// +build` lines), the _GOOS/_GOARCH file name suffixes, and the rule that a file
// importing "C" is left out when cgo is off. Sources:
//   src/go/build/build.go (Import: cgo files go to IgnoredGoFiles when !CgoEnabled; matchTag;
//     goodOSArchFile; shouldBuild; parseFileHeader),
//   src/go/build/constraint/expr.go (the //go:build grammar, +build lines),
//   src/internal/syslist/syslist.go (KnownOS, UnixOS, KnownArch),
//   https://pkg.go.dev/cmd/go#hdr-Build_constraints.
// Evaluation is three-valued: a tag godiag cannot know (a GOEXPERIMENT or an architecture feature
// level it was not told) makes the answer null, "cannot tell", never a guess.

export const KNOWN_OS: ReadonlySet<string> = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'zos']);
export const UNIX_OS: ReadonlySet<string> = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'linux', 'netbsd', 'openbsd', 'solaris']);
export const KNOWN_ARCH: ReadonlySet<string> = new Set(['386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'ppc64', 'ppc64le', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm']);

export type Tri = boolean | null;

export type Expr =
  | { op: 'tag'; tag: string }
  | { op: 'not'; x: Expr }
  | { op: 'and' | 'or'; x: Expr; y: Expr };

export interface BuildTarget {
  goos: string;
  goarch: string;
  cgo: boolean;
  /** -tags, from the command line or GOFLAGS. */
  tags: readonly string[];
  /** The Go release building ("1.26"); null when unknown (go1.N tags up to go1.20 are then taken as set). */
  goVersion: string | null;
}

const TAG = /^[A-Za-z0-9_.]+$/;

/** Parse a //go:build expression (the text after `//go:build`); null when go would reject it. */
export function parseGoBuild(text: string): Expr | null {
  const toks = text.match(/\|\||&&|[!()]|[^\s!()|&]+|[|&]/g) ?? [];
  let i = 0;
  const or = (): Expr | null => {
    let x = and();
    while (x && toks[i] === '||') { i++; const y = and(); x = y ? { op: 'or', x, y } : null; }
    return x;
  };
  const and = (): Expr | null => {
    let x = not();
    while (x && toks[i] === '&&') { i++; const y = not(); x = y ? { op: 'and', x, y } : null; }
    return x;
  };
  const not = (): Expr | null => {
    if (toks[i] === '!') { i++; const x = not(); return x ? { op: 'not', x } : null; }
    if (toks[i] === '(') {
      i++;
      const x = or();
      if (toks[i] !== ')') return null;
      i++;
      return x;
    }
    const t = toks[i];
    if (!t || !TAG.test(t)) return null;
    i++;
    return { op: 'tag', tag: t };
  };
  const x = or();
  return x && i === toks.length ? x : null;
}

/**
 * One `// +build` line (the text after `+build`): space-separated options are ORed, comma-separated
 * terms ANDed, `!` negates; an invalid term is the tag "ignore" (constraint.parsePlusBuildExpr).
 */
export function parsePlusBuild(text: string): Expr {
  let x: Expr | null = null;
  for (const clause of text.trim().split(/\s+/).filter(Boolean)) {
    let y: Expr | null = null;
    for (let lit of clause.split(',')) {
      let z: Expr;
      if (lit.startsWith('!!') || lit === '!') z = { op: 'tag', tag: 'ignore' };
      else {
        const neg = lit.startsWith('!');
        if (neg) lit = lit.slice(1);
        z = { op: 'tag', tag: TAG.test(lit) ? lit : 'ignore' };
        if (neg) z = { op: 'not', x: z };
      }
      y = y ? { op: 'and', x: y, y: z } : z;
    }
    if (y) x = x ? { op: 'or', x, y } : y;
  }
  return x ?? { op: 'tag', tag: 'ignore' };
}

/** Tags the go command sets that godiag cannot know without being told: GOEXPERIMENTs, GOAMD64/GOARM64... levels. */
const TOOL_TAG = /^(goexperiment\.|(386|amd64|arm|arm64|mips|mipsle|mips64|mips64le|ppc64|ppc64le|riscv64|wasm)\.)/;

/** Does one tag hold for the target (go/build Context.matchTag)? */
export function matchTag(tag: string, t: BuildTarget): Tri {
  if (tag === 'cgo') return t.cgo;
  if (tag === t.goos || tag === t.goarch || tag === 'gc') return true;
  if ((t.goos === 'android' && tag === 'linux') || (t.goos === 'illumos' && tag === 'solaris') || (t.goos === 'ios' && tag === 'darwin')) return true;
  if (tag === 'unix') return UNIX_OS.has(t.goos);
  if (t.tags.includes(tag)) return true;
  const release = /^go1\.(\d+)$/.exec(tag);
  if (release) {
    const have = t.goVersion ? /^(?:go)?1\.(\d+)/.exec(t.goVersion) : null;
    if (have) return Number(release[1]) <= Number(have[1]);
    return Number(release[1]) <= 20 ? true : null;
  }
  if (TOOL_TAG.test(tag) || tag === 'boringcrypto') return null;
  return false;
}

export function evalExpr(x: Expr, t: BuildTarget): Tri {
  switch (x.op) {
    case 'tag': return matchTag(x.tag, t);
    case 'not': { const v = evalExpr(x.x, t); return v === null ? null : !v; }
    case 'and': {
      const a = evalExpr(x.x, t), b = evalExpr(x.y, t);
      return a === false || b === false ? false : a === null || b === null ? null : true;
    }
    case 'or': {
      const a = evalExpr(x.x, t), b = evalExpr(x.y, t);
      return a === true || b === true ? true : a === null || b === null ? null : false;
    }
  }
}

/** The _GOOS, _GOARCH, _GOOS_GOARCH name suffixes (go/build goodOSArchFile); "linux.go" alone is no constraint. */
export function matchFileName(name: string, t: BuildTarget): Tri {
  const stem = name.split('.')[0]!;
  const us = stem.indexOf('_');
  if (us < 0) return true;
  const l = stem.slice(us).split('_');
  if (l.at(-1) === 'test') l.pop();
  const n = l.length;
  if (n >= 2 && KNOWN_OS.has(l[n - 2]!) && KNOWN_ARCH.has(l[n - 1]!)) {
    const a = matchTag(l[n - 1]!, t), o = matchTag(l[n - 2]!, t);
    return a === false || o === false ? false : a === null || o === null ? null : true;
  }
  if (n >= 1 && (KNOWN_OS.has(l[n - 1]!) || KNOWN_ARCH.has(l[n - 1]!))) return matchTag(l[n - 1]!, t);
  return true;
}

export interface ConstrainedFile {
  name: string;
  goBuild: string | null;
  plusBuild: readonly string[];
  /** The file imports "C". */
  cgo: boolean;
}

/**
 * Is the file part of the package for this target? A file importing "C" is left out when cgo is
 * off, whatever its constraints say (go/build Import). A //go:build line go cannot parse is an
 * error of its own: null here.
 */
export function fileBuilds(f: ConstrainedFile, t: BuildTarget): Tri {
  if (f.name.endsWith('_test.go') || f.name.startsWith('_') || f.name.startsWith('.')) return false;
  const byName = matchFileName(f.name, t);
  if (byName === false) return false;
  let byLine: Tri = true;
  if (f.goBuild !== null) {
    const x = parseGoBuild(f.goBuild);
    byLine = x ? evalExpr(x, t) : null;
  } else {
    for (const p of f.plusBuild) {
      const v = evalExpr(parsePlusBuild(p), t);
      if (v === false) { byLine = false; break; }
      if (v === null) byLine = null;
    }
  }
  if (byLine === false) return false;
  if (f.cgo && !t.cgo) return false;
  return byName === null || byLine === null ? null : true;
}
