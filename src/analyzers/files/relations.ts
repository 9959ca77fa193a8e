// Cross-file helpers the lint rules share: which go.mod a file builds, locations, line edits.
import type { EditFix, Location } from '../../engine/types.js';
import type { FilesFacts, ModFacts, Scalar, DockerfileFacts, DockerStage, MakefileFacts, GolangciConfig } from '../../facts/schema/files.js';
import { compareGoVersions } from '../../knowledge/goversion.js';
import { goCommands, type GoCommand } from './go-commands.js';

/** The directory of a root-relative path ('' for the root). */
export const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');

interface ModIndex { list: ModFacts[]; byDir: Map<string, ModFacts> }
const modIndexCache = new WeakMap<FilesFacts, ModIndex>();

/** go.mod files with a go line, by directory (the first of a path wins); built once per facts object. */
function modIndex(files: FilesFacts): ModIndex {
  let index = modIndexCache.get(files);
  if (!index) {
    const list = files.mods.filter((m) => m.kind === 'go.mod' && m.go);
    const byDir = new Map<string, ModFacts>();
    for (const m of list) if (!byDir.has(dirOf(m.path))) byDir.set(dirOf(m.path), m);
    index = { list, byDir };
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
  const { list, byDir } = modIndex(files);
  return nearestAbove(byDir, path) ?? (list.length === 1 ? list[0]! : null);
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
  const at = ciPath.search(/(^|\/)(\.github\/|\.gitlab\/|\.gitlab-ci\.ya?ml$)/);
  return at <= 0 ? '' : ciPath.slice(0, at);
}

export function at(file: string, line: number, column?: number, endColumn?: number): Location {
  return { file, line, ...(column ? { column } : {}), ...(endColumn ? { endLine: line, endColumn } : {}) };
}

export function scalarAt(file: string, s: Scalar): Location {
  return at(file, s.line, s.column, s.endColumn);
}

/** Replace one YAML scalar in its line (single-line scalars only). */
export function scalarEdit(title: string, file: string, s: Scalar, newRaw: string): EditFix | null {
  const before = s.lineText.slice(0, s.column - 1);
  if (!s.lineText.slice(s.column - 1).startsWith(s.raw)) return null;
  return { kind: 'edit', title, file, range: { startLine: s.line, endLine: s.line }, replacement: before + newRaw + s.lineText.slice(s.column - 1 + s.raw.length), safety: 'review' };
}

export function lineEdit(title: string, file: string, startLine: number, endLine: number, replacement: string): EditFix {
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
 * What an older Go from setup-go does with a newer go line. Go < 1.21 cannot switch. setup-go v6+
 * exports GOTOOLCHAIN=local (src/main.ts setGoToolchain, actions/setup-go#460), so the build fails;
 * v5 and earlier leave go.env's GOTOOLCHAIN=auto, so the go command downloads the newer toolchain.
 */
export function setupGoOutcome(version: string, ref: string | null): 'fails' | 'failsLocal' | 'switches' | 'unknownRef' {
  if (!switchesToolchain(version)) return 'fails';
  const m = ref ? /^v(\d+)/.exec(ref) : null;
  if (!m) return 'unknownRef';
  return Number(m[1]) >= 6 ? 'failsLocal' : 'switches';
}

/** setup-go version specs we can compare: 1.22, "1.22.3", 1.22.x; not ^1.22, >=, stable. */
export function exactSetupGoVersion(v: string): string | null {
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
      const { commands } = goCommands(s.text);
      if (!commands.length) continue;
      // Workflow, job and step env reach the step's shell, the narrower scope winning.
      const exported: Record<string, string> = {};
      for (const scope of ['workflow', 'job', 'step'] as const) {
        for (const e of c.env) {
          if (e.scope === scope && (scope === 'workflow' || e.job === s.job) && (scope !== 'step' || e.step === s.step)) exported[e.name] = e.value.value;
        }
      }
      out.push({ file: c.path, line: s.line, column: s.column, endLine: s.line, text: s.text, commands, exported, source: null, origin: 'ci' });
    }
  }
  for (const m of files.makefiles) {
    const exported = makeExports(m);
    for (const r of m.recipes) {
      const { commands } = goCommands(r.expanded);
      if (commands.length) out.push({ file: m.path, line: r.line, column: r.column, endLine: r.endLine, text: r.text, commands, exported, source: r.source, origin: 'makefile' });
    }
  }
  shellLineCache.set(files, out);
  return out;
}

/** Stage lookup for COPY --from (a name or an index). */
export function stageByRef(d: DockerfileFacts, ref: string): DockerStage | null {
  if (/^\d+$/.test(ref)) return d.stages[Number(ref)] ?? null;
  return d.stages.find((s) => s.name !== null && s.name.toLowerCase() === ref.toLowerCase()) ?? null;
}

/** Prefix the first `go build`/`go install` in a source text with an assignment. */
export function prefixGoBuild(source: string, assignment: string): string | null {
  const re = /(^|[\s;&|(])((?:\S*\/)?go\s+(?:build|install)\b)/;
  if (!re.test(source)) return null;
  return source.replace(re, `$1${assignment} $2`);
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
    if (build.sub === 'install') return src.startsWith('/go/bin') || src.includes('/bin/');
    return !NOT_BINARY.test(src);
  });
}
