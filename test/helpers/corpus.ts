// The real-world corpus: a manifest of public Go modules (module@version) with every lint finding
// on their files labelled by reading the file, materialised at test time through the Go module
// proxy (`go mod download -json`) into a cache under .cache/corpus. No third-party file is
// committed; the manifest holds only paths, lines, rule ids and labels.
import { execFile } from 'node:child_process';
import { readFileSync, existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { lintDir } from './lint.js';
import type { Finding } from '../../src/facts/findings.js';
import type { FileKind } from '../../src/facts/schema/files.js';
import { moduleDownloadFiles } from '../../src/knowledge/module-cache.js';

export const MANIFEST_PATH = path.resolve('test/fixtures/corpus/manifest.json');
/** Deployment manifests of Go services: labels for the deploy rules (77x) only. */
export const DEPLOY_MANIFEST_PATH = path.resolve('test/fixtures/corpus/deploy-manifest.json');
export const CORPUS_CACHE = path.resolve('.cache/corpus/modcache');

/**
 * A label on one line of one file:
 * - "true": lint reports this rule here and it is a real defect;
 * - "false": lint reports it here and it is wrong (a known false alarm, kept visible);
 * - "miss": a real defect lint does not report (a known miss).
 */
export interface Label { line: number; rule: string; label: 'true' | 'false' | 'miss'; note: string }
export interface ManifestModule {
  module: string;
  version: string;
  /** Path in the module → "clean" (read, no defect lint should report) or its labels. */
  files: Record<string, 'clean' | Label[]>;
}
export interface Manifest { modules: ManifestModule[] }

export function loadManifest(file = MANIFEST_PATH): Manifest {
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** Which findings a manifest labels: the deploy manifest the deploy rules, the main one the others. */
export const deployFinding = (f: Finding) => f.category === 'deploy';
export const notDeployFinding = (f: Finding) => f.category !== 'deploy';

/** The file types accuracy is reported for. */
export const FILE_TYPES = ['Dockerfile', 'workflow', 'GitLab', 'Makefile', 'go.mod/go.work', 'manifest'] as const;
export type FileType = (typeof FILE_TYPES)[number] | 'other';

export function fileTypeOf(kind: FileKind): FileType {
  switch (kind) {
    case 'dockerfile': return 'Dockerfile';
    case 'github-workflow': return 'workflow';
    case 'gitlab-ci': return 'GitLab';
    case 'makefile': return 'Makefile';
    case 'go.mod': case 'go.work': case 'tools.go': return 'go.mod/go.work';
    case 'manifest': return 'manifest';
    default: return 'other';
  }
}

export interface Materialised { dirs: Map<string, string>; error: string | null }

/**
 * `go mod download -json` every manifest module into the corpus cache (a no-op when cached).
 * Only the proxy is asked (no VCS fallback), with the local toolchain: nothing but module zips
 * is fetched. The error says why when the proxy cannot be reached.
 */
export function materialise(modules: readonly ManifestModule[], timeoutMs = 600_000): Promise<Materialised> {
  mkdirSync(CORPUS_CACHE, { recursive: true });
  const env = {
    PATH: process.env.PATH ?? '/usr/local/go/bin:/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    GOMODCACHE: CORPUS_CACHE,
    GOFLAGS: '-modcacherw',
    GOTOOLCHAIN: 'local',
    GOPROXY: process.env.GODIAG_CORPUS_PROXY ?? 'https://proxy.golang.org',
    GONOSUMDB: '', GOPRIVATE: '', GONOPROXY: '',
    GOENV: 'off',
  };
  const dirs = new Map<string, string>();
  const missing = modules.filter((m) => {
    const dir = moduleDownloadFiles(CORPUS_CACHE, m.module, m.version).dir;
    if (existsSync(path.join(dir, 'go.mod')) || existsSync(dir)) {
      dirs.set(`${m.module}@${m.version}`, dir);
      return false;
    }
    return true;
  });
  if (missing.length === 0) return Promise.resolve({ dirs, error: null });
  return new Promise((resolve) => {
    execFile('go', ['mod', 'download', '-json', ...missing.map((m) => `${m.module}@${m.version}`)],
      { env, cwd: CORPUS_CACHE, timeout: timeoutMs, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
        const errors: string[] = [];
        // One JSON object per module, concatenated.
        for (const chunk of stdout.split(/\n(?=\{)/)) {
          if (!chunk.trim()) continue;
          const o = JSON.parse(chunk) as { Path: string; Version: string; Dir?: string; Error?: string };
          if (o.Dir) dirs.set(`${o.Path}@${o.Version}`, o.Dir);
          if (o.Error) errors.push(o.Error);
        }
        if (err && errors.length === 0) errors.push(`go mod download failed: ${(stderr || err.message).trim().slice(0, 2000)}`);
        resolve({ dirs, error: errors.length ? errors.join('\n') : null });
      });
  });
}

export interface ModuleResult {
  key: string;
  files: Array<{ path: string; kind: FileKind; error: string | null }>;
  findings: Finding[];
}

/** Lint a materialised module the way a user would lint its checkout (no installed-Go judgement). */
export async function lintModule(dir: string, key: string, labelled: (f: Finding) => boolean = notDeployFinding): Promise<ModuleResult> {
  const r = await lintDir(dir, null);
  return { key, files: r.files.files.filter((f) => !f.context).map((f) => ({ path: f.path, kind: f.kind, error: f.error })), findings: r.findings.filter(labelled) };
}

export interface Tally { files: number; findings: number; tp: number; fp: number; fn: number; unlabelled: number }
export const emptyTally = (): Tally => ({ files: 0, findings: 0, tp: 0, fp: 0, fn: 0, unlabelled: 0 });

export interface Comparison {
  byType: Map<FileType, Tally>;
  /** Problems that make the manifest and the linter disagree: a finding nobody labelled, a labelled true finding that disappeared, a miss now found, a listed file that is gone. */
  problems: string[];
  /** Findings still raised that a reader labelled false: the false alarms left to remove. */
  falseAlarms?: string[];
}

const at = (f: Finding) => `${f.location?.file}:${f.location?.line} ${f.ruleId}`;

/** Compare lint's findings on one module with its labels. */
export function compare(mod: ManifestModule, result: ModuleResult, into: Comparison): void {
  const kinds = new Map(result.files.map((f) => [f.path, f.kind]));
  const tally = (p: string) => {
    const kind = kinds.get(p);
    const type = kind ? fileTypeOf(kind) : 'other';
    let t = into.byType.get(type);
    if (!t) into.byType.set(type, (t = emptyTally()));
    return t;
  };
  for (const f of result.files) {
    tally(f.path).files++;
    if (f.error && !result.findings.some((x) => x.location?.file === f.path)) into.problems.push(`${result.key} ${f.path}: ${f.error}`);
  }
  const labels = new Map<string, Label>();
  for (const [p, v] of Object.entries(mod.files)) {
    // GD748 is about files lint did not read: its labels name such a file.
    const unread = Array.isArray(v) && v.every((l) => l.rule === 'GD748');
    if (!kinds.has(p) && !unread) into.problems.push(`${result.key} ${p}: listed in the manifest but not linted (gone from the module?)`);
    if (v === 'clean') continue;
    for (const l of v) labels.set(`${p}:${l.line} ${l.rule}`, l);
  }
  const seen = new Set<string>();
  for (const f of result.findings) {
    const file = f.location?.file ?? '';
    const key = at(f);
    if (seen.has(key)) continue;
    seen.add(key);
    const t = tally(file);
    t.findings++;
    const l = labels.get(key);
    if (!l) {
      t.unlabelled++;
      t.fp++; // unreviewed findings count against precision until someone reads the file
      into.problems.push(`${result.key} ${key}: finding not labelled (read the file, then label it true or false)`);
    } else if (l.label === 'true') t.tp++;
    else if (l.label === 'false') {
      t.fp++;
      into.falseAlarms?.push(`${result.key} ${key}: ${l.note}`);
    }
    else {
      t.tp++;
      into.problems.push(`${result.key} ${key}: labelled as a miss but now found: relabel it "true"`);
    }
    if (mod.files[file] === 'clean') into.problems.push(`${result.key} ${key}: file labelled clean has a finding`);
  }
  for (const [key, l] of labels) {
    const file = key.slice(0, key.lastIndexOf(':'));
    if (l.label === 'miss' && !seen.has(key)) tally(file).fn++;
    if (l.label === 'true' && !seen.has(key)) {
      tally(file).fn++;
      into.problems.push(`${result.key} ${key}: labelled true but no longer found (${l.note})`);
    }
  }
}

export const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

/**
 * The modules' directories, or null after skipping the test (failing it under CI) when the proxy
 * could not be reached at all; a module that did not download fails the test.
 */
export async function materialiseForTest(t: { skip(msg: string): void }, modules: readonly ManifestModule[], what: string): Promise<Map<string, string> | null> {
  const got = await materialise(modules);
  if (got.error && got.dirs.size === 0) {
    const msg = `${what} NOT CHECKED: the Go module proxy could not be reached, no module was downloaded:\n${got.error}`;
    console.error(msg);
    if (process.env.CI === 'true') throw new Error(msg);
    t.skip(msg);
    return null;
  }
  if (got.error) throw new Error(`every manifest module must download:\n${got.error}`);
  return got.dirs;
}
