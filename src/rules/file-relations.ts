// Cross-file helpers the lint rules share: which go.mod a file builds, locations, line edits.
import type { EditFix, Location, RelatedLocation } from '../facts/findings.js';
import type { CiFile, FilesFacts, GoCommand, ModFacts, Scalar, DockerfileFacts, DockerStage, MakefileFacts, GolangciConfig } from '../facts/schema/files.js';
import { dirOf, isUnder } from '../facts/paths.js';
import { imageOf, parentStage, platformOf, stageByRef, stageChain } from '../facts/docker-stages.js';

export { imageOf, parentStage, platformOf, stageByRef, stageChain };
import { compareGoVersions } from '../knowledge/goversion.js';
import { parseGolangImage } from '../knowledge/docker-images.js';

/** The directory of a root-relative path ('' for the root). */
export { dirOf, isUnder };

interface ModIndex { list: ModFacts[]; byDir: Map<string, ModFacts>; byPath: Map<string, ModFacts | null> }
const modIndexCache = new WeakMap<FilesFacts, ModIndex>();

/** go.mod files with a go line, by directory (the first of a path wins); built once per facts object. */
function modIndex(files: FilesFacts): ModIndex {
  let index = modIndexCache.get(files);
  if (!index) {
    const list = files.mods.filter((m) => m.kind === 'go.mod' && m.go);
    const byDir = new Map<string, ModFacts>();
    for (const m of list) if (!byDir.has(dirOf(m.path))) byDir.set(dirOf(m.path), m);
    index = { list, byDir, byPath: new Map() };
    modIndexCache.set(files, index);
  }
  return index;
}

/** The entry in the file's directory or the nearest parent directory (keys are directories, '' the root). */
function nearestAbove<T>(byDir: ReadonlyMap<string, T>, path: string): T | null {
  for (let dir = dirOf(path); ; dir = dirOf(dir)) {
    const hit = byDir.get(dir);
    if (hit) return hit;
    if (!dir) return null;
  }
}

/** The go.mod nearest to a file (its directory, then upward: a CI file's is its repository root's); a lone go.mod for any file. */
export function goModFor(files: FilesFacts, path: string): ModFacts | null {
  const { list, byDir, byPath } = modIndex(files);
  let mod = byPath.get(path);
  // Rules ask for the same files' go.mod over and over (every Dockerfile for every replace).
  if (mod === undefined) byPath.set(path, (mod = nearestAbove(byDir, path) ?? (list.length === 1 ? list[0]! : null)));
  return mod;
}

const ciIndexCache = new WeakMap<FilesFacts, Map<string, CiFile>>();

/** The CI file at a root-relative path (the facts of a shell line's file), or null. */
export function ciFileAt(files: FilesFacts, path: string): CiFile | null {
  let byPath = ciIndexCache.get(files);
  if (!byPath) {
    byPath = new Map();
    for (const c of files.ci) if (!byPath.has(c.path)) byPath.set(c.path, c);
    ciIndexCache.set(files, byPath);
  }
  return byPath.get(path) ?? null;
}

const configIndexCache = new WeakMap<FilesFacts, Map<string, GolangciConfig>>();

/**
 * The .golangci.yml golangci-lint reads when started where this file's commands run: it searches
 * the working directory and its parents, and CI jobs and make recipes run at or below the
 * directory holding .github/, .gitlab-ci.yml or the Makefile. A lone config is taken for any file.
 */
export function golangciConfigFor(files: FilesFacts, path: string): GolangciConfig | null {
  let byDir = configIndexCache.get(files);
  if (!byDir) {
    byDir = new Map();
    for (const c of files.golangci) if (!byDir.has(dirOf(c.path))) byDir.set(dirOf(c.path), c);
    configIndexCache.set(files, byDir);
  }
  return nearestAbove(byDir, path) ?? (files.golangci.length === 1 ? files.golangci[0]! : null);
}

/** A CI file's repository: the directory holding its .github/, .gitlab/ or .gitlab-ci.yml ('' for the linted root). */
export function repositoryRootOf(ciPath: string): string {
  let root = repositoryRoots.get(ciPath);
  if (root === undefined) {
    const at = ciPath.search(/(^|\/)(\.github\/|\.gitlab\/|\.gitlab-ci\.ya?ml$)/);
    if (repositoryRoots.size >= 10_000) repositoryRoots.clear();
    repositoryRoots.set(ciPath, (root = at <= 0 ? '' : ciPath.slice(0, at)));
  }
  return root;
}

/** repositoryRootOf's answers: rules ask it of each CI file once per Dockerfile or shell line. */
const repositoryRoots = new Map<string, string>();

/** The go line of a go.mod as a related place: a reader of go.mod sees what falls short of it, and where. */
export function goLineRelated(mod: ModFacts, olderThere: string, where: Location): RelatedLocation[] {
  if (!mod.go) return [];
  return [{ file: mod.path, line: mod.go.line, column: mod.go.column, message: `go ${mod.go.value} here; ${olderThere} at ${where.file}${where.line ? `:${where.line}` : ''} is older` }];
}

export function at(file: string, line: number, column?: number, endColumn?: number): Location {
  return { file, line, ...(column ? { column } : {}), ...(endColumn ? { endLine: line, endColumn } : {}) };
}

export function scalarAt(file: string, s: Scalar): Location {
  return at(file, s.line, s.column, s.endColumn);
}

/** Replace one YAML scalar in its line (single-line scalars only). */
export function scalarEdit<T>(title: T, file: string, s: Scalar, newRaw: string): (Omit<EditFix, 'title'> & { title: T }) | null {
  const before = s.lineText.slice(0, s.column - 1);
  if (!s.lineText.slice(s.column - 1).startsWith(s.raw)) return null;
  return { kind: 'edit', title, file, range: { startLine: s.line, endLine: s.line }, replacement: before + newRaw + s.lineText.slice(s.column - 1 + s.raw.length), safety: 'review' };
}

export function lineEdit<T>(title: T, file: string, startLine: number, endLine: number, replacement: string): Omit<EditFix, 'title'> & { title: T } {
  return { kind: 'edit', title, file, range: { startLine, endLine }, replacement, safety: 'review' };
}

/** a < b by Go's ordering; a minor-only version (1.22) stands for its newest patch. */
export function olderThan(have: string, need: string): boolean {
  const h = have.replace(/^go/, '');
  const n = need.replace(/^go/, '');
  if (/^\d+\.\d+$/.test(h)) return compareGoVersions(`go${h}`, `go${langOf(n)}`) < 0;
  return compareGoVersions(`go${h}`, `go${n}`) < 0;
}

/** "1.22.3" → "1.22". */
export function langOf(v: string): string {
  const m = /^(?:go)?(\d+\.\d+)/.exec(v);
  return m ? m[1]! : v;
}

/** Go 1.21+ honours GOTOOLCHAIN and switches to a newer toolchain (GOTOOLCHAIN=auto from go.env). */
export function switchesToolchain(v: string): boolean {
  return compareGoVersions(`go${v.replace(/^go/, '')}`, 'go1.21') >= 0;
}

/**
 * Does a Go before 1.21 stop at this go.mod? It reads a two-part go line as advisory (it builds,
 * and names the line only when compiling fails), but rejects a three-part go line ("invalid go
 * version '1.22.0': must match format 1.23") and a toolchain directive ("unknown directive:
 * toolchain"): go1.19.8, src/cmd/go/internal/modload/init.go and golang.org/x/mod/modfile of that
 * release.
 */
export function preToolchainGoRejects(mod: Pick<ModFacts, 'go' | 'toolchain'>): boolean {
  return (mod.go?.value.split('.').length ?? 0) > 2 || mod.toolchain !== null;
}

/**
 * What an older Go from setup-go does with a newer go line. Go < 1.21 cannot switch. setup-go v6+
 * exports GOTOOLCHAIN=local (src/main.ts setGoToolchain, actions/setup-go#460), so the build fails;
 * v5 and earlier leave go.env's GOTOOLCHAIN=auto, so the go command downloads the newer toolchain.
 */
export function setupGoOutcome(version: string, ref: string | null, goToolchain: string | null = null): 'fails' | 'failsLocal' | 'failsEnv' | 'switches' | 'unknownRef' {
  if (!switchesToolchain(version)) return 'fails';
  if (goToolchain?.trim() === 'local') return 'failsEnv';
  const m = ref ? /^v(\d+)/.exec(ref) : null;
  if (!m) return 'unknownRef';
  return Number(m[1]) >= 6 ? 'failsLocal' : 'switches';
}

/** GOTOOLCHAIN a CI job's steps see from workflow- and job-level env (the job's own winning), or null. */
export function ciGoToolchain(c: CiFile, job: string): string | null {
  let v: string | null = null;
  for (const scope of ['workflow', 'job'] as const) {
    for (const e of c.env) if (e.name === 'GOTOOLCHAIN' && e.scope === scope && (scope === 'workflow' || e.job === job)) v = e.value.value;
  }
  return v;
}

/** setup-go version specs we can compare: 1.22, "1.22.3", 1.22.x, ~1.22; not ^1.22, >=, stable. */
export function exactSetupGoVersion(v: string): string | null {
  // A semver tilde range keeps the minor: ~1.21 and ~1.21.3 install the newest 1.21.x.
  const tilde = /^~\s*(\d+\.\d+)(?:\.\d+)?$/.exec(v.trim());
  if (tilde) return tilde[1]!;
  const t = v.trim().replace(/\.x$/, '');
  return /^\d+\.\d+(\.\d+)?(rc\d+|beta\d+)?$/.test(t) ? t : null;
}

/** Every shell line with go commands in CI scripts and Makefile recipes, for the shared rules. */
export interface ShellLine {
  file: string;
  line: number;
  column: number;
  endLine: number;
  text: string;
  commands: GoCommand[];
  /** Environment the line inherits: CI env:/variables: blocks, or exported Makefile variables. */
  exported: Record<string, string>;
  /** Original source, for edits (Makefile recipes). */
  source: string | null;
  origin: 'ci' | 'makefile';
  /** The Makefile target or CI job the line belongs to. */
  scope: string;
  /** The machine that runs it, when the CI runner labels say (GitHub-hosted runners); null when unknown. */
  host: { os: string; arch: string } | null;
  /**
   * The directory it runs in, relative to the lint root: a Makefile's own; a CI step's
   * working-directory under the repository root (above .github/ or .gitlab/), else that root;
   * null when an expression decides it.
   */
  dir: string | null;
}

/** `rel` (./a, ../b, a/b/) taken from directory `dir`, both relative to the lint root, forward slashes. */
export function joinRel(dir: string, rel: string): string {
  const parts = dir ? dir.split('/') : [];
  for (const p of rel.replace(/\\/g, '/').split('/')) {
    if (p === '.' || p === '') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return parts.join('/');
}

/** The repository root a CI file sits under: the directory above .github/ or .gitlab/, else its own. */
function ciRoot(file: string): string {
  const m = /^(?:(.*)\/)?\.(?:github|gitlab)\//.exec(file);
  return m ? m[1] ?? '' : dirOf(file);
}

/** GitHub-hosted runner labels → OS and architecture (ubuntu-24.04-arm is arm64, macos-14+ is Apple silicon). */
export function runnerHost(labels: readonly string[]): { os: string; arch: string } | null {
  const l = labels.join(' ').toLowerCase();
  if (!l || l.includes('${{')) return null;
  const os = /ubuntu|linux/.test(l) ? 'linux' : /windows/.test(l) ? 'windows' : /macos/.test(l) ? 'darwin' : null;
  if (!os) return null;
  const arch = /arm|aarch64/.test(l) || (os === 'darwin' && !/macos-1[23]\b|large|intel/.test(l)) ? 'arm64' : 'amd64';
  return { os, arch };
}

function makeExports(m: MakefileFacts): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of m.variables) if (m.exportAll || v.exported || m.exported.includes(v.name)) out[v.name] = v.value;
  return out;
}

const shellLineCache = new WeakMap<FilesFacts, ShellLine[]>();

/** Computed once per facts object: five rules read the same lines. */
export function shellLines(files: FilesFacts): ShellLine[] {
  const cached = shellLineCache.get(files);
  if (cached) return cached;
  const out: ShellLine[] = [];
  for (const c of files.ci) {
    for (const s of c.scripts) {
      const commands = s.goCommands;
      if (!commands.length) continue;
      // Workflow, job and step env reach the step's shell, the narrower scope winning.
      const exported: Record<string, string> = {};
      for (const scope of ['workflow', 'job', 'step'] as const) {
        for (const e of c.env) {
          if (e.scope === scope && (scope === 'workflow' || e.job === s.job) && (scope !== 'step' || e.step === s.step)) exported[e.name] = e.value.value;
        }
      }
      const labels = c.runsOn?.find((r) => r.job === s.job)?.labels ?? [];
      const dir = s.dir === undefined ? ciRoot(c.path) : s.dir.includes('${{') ? null : joinRel(ciRoot(c.path), s.dir);
      out.push({ file: c.path, line: s.line, column: s.column, endLine: s.line, text: s.text, commands, exported, source: null, origin: 'ci', scope: s.job, host: runnerHost(labels), dir });
    }
  }
  for (const m of files.makefiles) {
    const exported = makeExports(m);
    for (const r of m.recipes) {
      const commands = r.goCommands;
      if (commands.length) out.push({ file: m.path, line: r.line, column: r.column, endLine: r.endLine, text: r.text, commands, exported, source: r.source, origin: 'makefile', scope: r.target, host: null, dir: dirOf(m.path) });
    }
  }
  shellLineCache.set(files, out);
  return out;
}

/** Instructions in effect in a stage: its ancestors' (ENV, installed packages carry over), then its own. */
export function instructionsOf(d: DockerfileFacts, s: DockerStage): DockerStage['instructions'] {
  return stageChain(d, s).flatMap((x) => x.instructions);
}

/** Stages whose content reaches the final image: the last stage, what it derives from and copies from, transitively. */
export function stagesReachingFinal(d: DockerfileFacts): DockerStage[] {
  const final = d.stages.at(-1);
  if (!final) return [];
  const seen = new Set<number>();
  const visit = (s: DockerStage) => {
    if (seen.has(s.index)) return;
    seen.add(s.index);
    const parent = parentStage(d, s);
    if (parent) visit(parent);
    for (const i of s.instructions) {
      const refs = [i.flags.find((f) => f.name === 'from')?.value, ...i.flags.filter((f) => f.name === 'mount').map((f) => /(?:^|,)from=([^,]+)/.exec(f.value ?? '')?.[1])];
      for (const ref of refs) {
        const src = ref ? stageByRef(d, ref) : null;
        if (src && src.index < s.index) visit(src);
      }
    }
  };
  visit(final);
  return d.stages.filter((s) => seen.has(s.index));
}

/** Prefix the nth (0-based) `go build`/`go install` in a source text with an assignment. */
export function prefixGoBuild(source: string, assignment: string, nth = 0): string | null {
  const re = /(^|[\s;&|(])((?:\S*\/)?go\s+(?:build|install)\b)/g;
  let i = 0;
  let done = false;
  const out = source.replace(re, (m, pre: string, cmd: string) => (!done && i++ === nth ? ((done = true), `${pre}${assignment} ${cmd}`) : m));
  return done ? out : null;
}

/** The file name `go install pkg[@version]` writes: the last path element, without a /vN major suffix. */
function installedName(pkg: string): string {
  const parts = pkg.replace(/@.*$/, '').replace(/\/\.\.\.$/, '').split('/');
  const last = parts.at(-1)!;
  return /^v\d+$/.test(last) && parts.length > 1 ? parts.at(-2)! : last;
}

const NOT_BINARY = /\.(ya?ml|json|toml|txt|md|conf|cfg|ini|pem|crt|key|html?|css|js|sh|sql|tmpl|proto)$/i;

/** Does a stage build the repository's module (copies go.mod or the context, or bind-mounts it)? */
export function buildsModule(s: DockerStage): boolean {
  return s.instructions.some((i) =>
    ((i.keyword === 'COPY' || i.keyword === 'ADD') && !i.flags.some((f) => f.name === 'from') &&
      i.args.trim().split(/\s+/).slice(0, -1).some((a) => a === '.' || a === './' || a === '*' || /(^|\/)go\.(mod|\*)$/.test(a) || a.endsWith('/'))) ||
    (i.keyword === 'RUN' && i.flags.some((f) => f.name === 'mount' && /type=bind/.test(f.value ?? ''))));
}

/** Could `COPY --from=stage <sources>` be copying what a go build/install there produced? */
export function copiesBuildOutput(copyArgs: string, build: GoCommand): boolean {
  const sources = copyArgs.trim().split(/\s+/).slice(0, -1);
  const oi = build.args.indexOf('-o');
  const out = oi >= 0 ? build.args[oi + 1] ?? null : build.args.find((a) => a.startsWith('-o='))?.slice(3) ?? null;
  return sources.some((src) => {
    if (out) {
      const o = out.replace(/\/$/, '');
      const base = o.slice(o.lastIndexOf('/') + 1);
      return src === o || src.startsWith(`${o}/`) || src.endsWith(`/${base}`) || src === base || o.startsWith(src.replace(/\/$/, '') + '/');
    }
    if (build.sub === 'install') {
      // go install writes $GOBIN/<last element of the package path>: a named file must be that one.
      const names = build.args.filter((a) => !a.startsWith('-') && a !== 'install').map(installedName);
      const base = src.replace(/\/$/, '').slice(src.replace(/\/$/, '').lastIndexOf('/') + 1);
      const dirOnly = src.endsWith('/') || /^\/go\/bin\/?$|\/bin\/?$/.test(src) || src.includes('*');
      return (src.startsWith('/go/bin') || src.includes('/bin/')) && (dirOnly || names.length === 0 || names.includes(base));
    }
    return !NOT_BINARY.test(src);
  });
}

/**
 * The values a whole `${{ env.NAME }}` or `${{ matrix.KEY }}` expression can take in a job: env from
 * the workflow or that job (GitHub), matrix values of that job. Null when the text is not one such
 * expression or nothing defines it.
 */
export function ciExpressionValues(c: CiFile, job: string, text: string): { values: Scalar[]; via: string } | null {
  const m = /^\$\{\{\s*(env|matrix)\.([\w.-]+)\s*\}\}$/.exec(text.trim());
  if (!m) return null;
  if (m[1] === 'env') {
    const defs = c.env.filter((e) => e.name === m[2] && e.scope !== 'step' && (e.scope === 'workflow' || e.job === job));
    // The job's own env wins over the workflow's.
    const d = defs.find((e) => e.scope === 'job') ?? defs[0];
    return d ? { values: [d.value], via: `env.${m[2]}` } : null;
  }
  const mx = c.matrices.find((x) => x.job === job && x.key === m[2]);
  return mx ? { values: mx.values, via: `matrix.${m[2]}` } : null;
}

/** A package manager installing a C compiler (gcc, build-base, clang ...). */
export const COMPILER_INSTALL = /\b(apk|apt-get|apt|dnf|yum|microdnf)\b.*\b(gcc|build-base|build-essential|clang|musl-dev)\b/;

/**
 * apk installing Alpine's glibc compatibility layer: gcompat (and libc6-compat, which depends on
 * it) provides the glibc loader path and symbols, so a dynamically linked glibc binary starts.
 * Source: Alpine's package index, packages gcompat and libc6-compat.
 */
export const GLIBC_COMPAT_INSTALL = /\bapk\b.*\b(gcompat|libc6-compat)\b/;

/**
 * Does the stage (with the stages it derives from) have a C compiler: a Debian golang image, or
 * gcc/build-base installed by a RUN (before `upTo`, when given)?
 */
export function hasCompiler(d: DockerfileFacts, s: DockerStage, upTo?: DockerStage['instructions'][number]): boolean {
  const img = imageOf(d, s);
  if (img && parseGolangImage(img)?.hasGcc) return true;
  const all = instructionsOf(d, s);
  const end = upTo ? all.indexOf(upTo) : all.length;
  return all.slice(0, end < 0 ? all.length : end).some((i) => i.keyword === 'RUN' && COMPILER_INSTALL.test(i.args));
}
