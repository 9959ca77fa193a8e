// GitHub Actions workflows and GitLab CI files → the CI facts the rules read.
import type { CiFile, Scalar } from '../../facts/schema/files.js';
import { entries, get, items, posOf, scalar, scriptLines, str, type YamlDoc, type YamlLoader, type YNode as Node } from './yaml.js';
import { loadYamlStrict } from './yaml-events.js';
import { goCommands } from '../files/go-commands.js';

/** The facts that could be read, the YAML error if the file does not parse, and whether the strict parser rejected it. */
export interface Parsed { facts: CiFile; error: string | null; errorAt: { line: number; column: number } | null; rejected: boolean }

function emptyCi(path: string, kind: CiFile['kind']): CiFile {
  return { path, kind, setupGo: [], matrices: [], scripts: [], env: [], images: [], golangciLint: [], dockerBuilds: [] };
}

function addEnv(doc: YamlDoc, out: CiFile, node: Node | null, scope: CiFile['env'][number]['scope'], job: string | null, step: number | null = null) {
  for (const [name, value] of entries(node)) {
    const s = scalar(doc, value);
    if (s) out.env.push({ scope, job, step, name, value: s });
  }
}

function addScript(doc: YamlDoc, out: CiFile, node: Node | null, job: string, step: number | null = null, dir: string | null = null, shell: string | null = null) {
  const nodes = items(node).length ? items(node) : node ? [node] : [];
  for (const n of nodes) for (const l of scriptLines(doc, n)) out.scripts.push({ job, step, ...l, goCommands: goCommands(l.text).commands, ...(dir ? { dir } : {}), ...(shell ? { shell } : {}) });
}

/** `defaults: run: working-directory:` of a workflow or a job. */
const defaultDir = (node: Node | null) => str(get(get(get(node, 'defaults'), 'run'), 'working-directory'));
/** `defaults: run: shell:` of a workflow or a job. */
const defaultShell = (node: Node | null) => str(get(get(get(node, 'defaults'), 'run'), 'shell'));

const MATRIX_REF = /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/;

function addMatrixValue(out: CiFile, job: string, key: string, s: Scalar) {
  const existing = out.matrices.find((m) => m.job === job && m.key === key);
  if (existing) existing.values.push(s);
  else out.matrices.push({ job, key, values: [s] });
}

function readMatrix(doc: YamlDoc, out: CiFile, job: string, matrix: Node | null) {
  for (const [key, value] of entries(matrix)) {
    if (key === 'include' || key === 'exclude') continue;
    for (const item of items(value)) {
      const s = scalar(doc, item);
      if (s) addMatrixValue(out, job, key, s);
      // A list of objects (`version: [{go: '1.24', golangci: v2.1.6}]`) is read as matrix.version.go ...
      for (const [sub, v] of entries(item)) {
        const sv = scalar(doc, v);
        if (sv) addMatrixValue(out, job, `${key}.${sub}`, sv);
      }
    }
  }
  // include entries add combinations (and values) of their own.
  for (const inc of items(get(matrix, 'include'))) {
    for (const [key, value] of entries(inc)) {
      const s = scalar(doc, value);
      if (s) addMatrixValue(out, job, key, s);
    }
  }
}

/** `${{ inputs.NAME }}`, whole. */
const INPUT_REF = /^\$\{\{\s*inputs\.([\w-]+)\s*\}\}$/;

/**
 * Defaults of a reusable workflow's or a composite action's inputs (on.workflow_call.inputs,
 * on.workflow_dispatch.inputs, inputs:): what `${{ inputs.NAME }}` is when the caller passes nothing.
 */
function inputDefaults(root: Node | null): Map<string, Node> {
  const out = new Map<string, Node>();
  // YAML 1.1 reads a bare `on` key as true; the parser keeps the key's text.
  const on = get(root, 'on') ?? get(root, 'true');
  for (const inputs of [get(get(on, 'workflow_call'), 'inputs'), get(get(on, 'workflow_dispatch'), 'inputs'), get(root, 'inputs')]) {
    for (const [name, def] of entries(inputs)) {
      const d = get(def, 'default');
      if (d && !out.has(name)) out.set(name, d);
    }
  }
  return out;
}

function readStep(doc: YamlDoc, out: CiFile, job: string, step: Node, jobDir: string | null, jobShell: string | null, inputs: Map<string, Node>) {
  const uses = str(get(step, 'uses')) ?? '';
  const withNode = get(step, 'with');
  const at = posOf(doc, step);
  if (/^actions\/setup-go@/.test(uses)) {
    // `go-version: ${{ inputs.go-version }}` is read as the input's default, where that is written.
    const given = get(withNode, 'go-version');
    const input = INPUT_REF.exec(str(given) ?? '');
    const v = scalar(doc, (input && inputs.get(input[1]!)) || given);
    const ref = v ? MATRIX_REF.exec(v.value.trim()) : null;
    out.setupGo.push({ job, ...at, ref: uses.slice(uses.indexOf('@') + 1) || null, version: v, versionFile: str(get(withNode, 'go-version-file')), matrixKey: ref ? ref[1]! : null });
  }
  if (/^golangci\/golangci-lint-action@/.test(uses)) {
    out.golangciLint.push({ job, ...at, version: scalar(doc, get(withNode, 'version')) });
  }
  if (/^docker\/build-push-action@/.test(uses)) {
    const platforms = (str(get(withNode, 'platforms')) ?? '').split(/[\s,]+/).filter(Boolean);
    out.dockerBuilds.push({ job, ...at, platforms, file: str(get(withNode, 'file')) });
  }
  addEnv(doc, out, get(step, 'env'), 'step', job, at.line);
  addScript(doc, out, get(step, 'run'), job, at.line, str(get(step, 'working-directory')) ?? jobDir, str(get(step, 'shell')) ?? jobShell);
}

function image(doc: YamlDoc, node: Node | null) {
  return scalar(doc, node) ?? scalar(doc, get(node, 'image')) ?? scalar(doc, get(node, 'name'));
}

export function parseGithubWorkflow(path: string, text: string, load: YamlLoader = loadYamlStrict): Parsed {
  const doc = load(text);
  const out = emptyCi(path, 'github');
  addEnv(doc, out, get(doc.root, 'env'), 'workflow', null);
  const workflowDir = defaultDir(doc.root);
  const workflowShell = defaultShell(doc.root);
  const inputs = inputDefaults(doc.root);
  for (const [job, def] of entries(get(doc.root, 'jobs'))) {
    addEnv(doc, out, get(def, 'env'), 'job', job);
    const runsOn = get(def, 'runs-on');
    const labels = items(runsOn).length ? items(runsOn).map((n) => str(n)).filter((x): x is string => x !== null) : [str(runsOn) ?? str(get(runsOn, 'labels'))].filter((x): x is string => x !== null);
    if (labels.length) (out.runsOn ??= []).push({ job, labels });
    const img = image(doc, get(def, 'container'));
    if (img) out.images.push({ job, image: img });
    readMatrix(doc, out, job, get(get(def, 'strategy'), 'matrix'));
    for (const step of items(get(def, 'steps'))) readStep(doc, out, job, step, defaultDir(def) ?? workflowDir, defaultShell(def) ?? workflowShell, inputs);
  }
  // A composite action (action.yml, `runs: using: composite`) is one job's steps run in the caller's job.
  const runs = get(doc.root, 'runs');
  if (str(get(runs, 'using')) === 'composite') for (const step of items(get(runs, 'steps'))) readStep(doc, out, COMPOSITE_JOB, step, null, null, inputs);
  return { facts: out, error: doc.error, errorAt: doc.errorAt ?? null, rejected: !!doc.rejected };
}

/** The job name a composite action's steps are recorded under. */
export const COMPOSITE_JOB = '(composite action)';

/** Top-level GitLab keys that are not jobs. */
const GITLAB_RESERVED = new Set(['stages', 'variables', 'image', 'services', 'include', 'workflow', 'default', 'before_script', 'after_script', 'cache', 'types', 'pages:deploy']);

/** `$NAME` or `${NAME}` in a GitLab value. */
const GITLAB_VAR = /\$(?:\{(\w+)\}|(\w+))/g;

/**
 * A GitLab image with its `$VAR`s filled from the job's variables, then the top-level ones. When
 * one variable supplies the tag, the image is placed where that variable is written (an edit of
 * the version belongs there); null parts stay as written.
 */
function gitlabImage(doc: YamlDoc, node: Node | null, ...scopes: (Node | null)[]): Scalar | null {
  const img = image(doc, node);
  if (!img || !img.value.includes('$')) return img;
  let source: Scalar | null = null;
  let unresolved = false;
  const value = img.value.replace(GITLAB_VAR, (whole, braced: string | undefined, bare: string | undefined) => {
    const def = scopes.map((v) => scalar(doc, get(v, braced ?? bare!))).find((x) => x !== null) ?? null;
    if (!def) {
      unresolved = true;
      return whole;
    }
    source = source ? null : def;
    return def.value;
  });
  if (unresolved) return img;
  const from = source as Scalar | null;
  return from ? { ...from, value } : { ...img, value };
}

/**
 * `include:` entries that name a file of the same repository (`local:`, or a bare path), relative
 * to its root; remote, project and template includes are not on disk.
 */
function localIncludes(node: Node | null): string[] {
  const entries = items(node).length ? items(node) : node ? [node] : [];
  const out: string[] = [];
  for (const e of entries) {
    const p = str(get(e, 'local')) ?? (get(e, 'remote') || get(e, 'project') || get(e, 'template') || get(e, 'component') ? null : str(e));
    if (p && !p.includes('://') && /\.ya?ml$/i.test(p) && !p.includes('*')) out.push(p.replace(/^\/+/, ''));
  }
  return out;
}

/** The jobs named by a job's `extends:` (one name or a list). */
function extendsOf(def: Node): string[] {
  const e = get(def, 'extends');
  const one = str(e);
  return one !== null ? [one] : items(e).flatMap((n) => str(n) ?? []);
}

/**
 * A job and what it extends, the farthest base first and the job last: GitLab merges them in this
 * order, later keys winning (hashes such as `variables:` key by key, `script:` whole), up to 11
 * levels (https://docs.gitlab.com/ci/yaml/#extends).
 */
function lineage(jobs: ReadonlyMap<string, Node>, job: string, depth = 0): Array<{ job: string; def: Node }> {
  const def = jobs.get(job)!;
  if (depth > 11) return [{ job, def }];
  return [...extendsOf(def).flatMap((b) => (jobs.has(b) ? lineage(jobs, b, depth + 1) : [])), { job, def }];
}

/** A job's variables merged over its lineage (nearest first): one entry per name, where the winning value is. */
function addMergedEnv(doc: YamlDoc, out: CiFile, nearestFirst: ReadonlyArray<{ job: string; def: Node }>, job: string) {
  const seen = new Set<string>();
  for (const from of nearestFirst) {
    for (const [name, value] of entries(get(from.def, 'variables'))) {
      const s = scalar(doc, value);
      if (seen.has(name) || !s) continue;
      seen.add(name);
      out.env.push({ scope: 'job', job, step: null, name, value: s, ...(from.job !== job ? { definedIn: from.job } : {}) });
    }
  }
}

export function parseGitlabCi(path: string, text: string, load: YamlLoader = loadYamlStrict): Parsed {
  const doc = load(text);
  const out = emptyCi(path, 'gitlab');
  const includes = localIncludes(get(doc.root, 'include'));
  if (includes.length) out.includes = includes;
  const globalVars = get(doc.root, 'variables');
  addEnv(doc, out, globalVars, 'workflow', null);
  const defaults = get(doc.root, 'default');
  for (const [where, node] of [['(default)', doc.root], ['(default)', defaults]] as const) {
    const img = gitlabImage(doc, get(node, 'image'), globalVars);
    if (img) out.images.push({ job: where, image: img });
    for (const key of ['before_script', 'after_script']) addScript(doc, out, get(node, key), where);
  }
  const jobs = new Map<string, Node>();
  for (const [job, def] of entries(doc.root)) if (!GITLAB_RESERVED.has(job) && def) jobs.set(job, def);
  const extended = new Set([...jobs.values()].flatMap(extendsOf));
  for (const [job, def] of jobs) {
    if (!get(def, 'script') && !get(def, 'image') && !get(def, 'extends')) continue;
    // A hidden job (leading dot) never runs: one that jobs extend is read as part of each of them.
    if (job.startsWith('.') && extended.has(job)) continue;
    const nearestFirst = lineage(jobs, job).reverse();
    const last = (key: string) => nearestFirst.map((l) => get(l.def, key)).find((n) => n) ?? null;
    addMergedEnv(doc, out, nearestFirst, job);
    const img = gitlabImage(doc, last('image'), ...nearestFirst.map((l) => get(l.def, 'variables')), globalVars);
    if (img) out.images.push({ job, image: img });
    readMatrix(doc, out, job, items(get(last('parallel'), 'matrix'))[0] ?? null);
    for (const key of ['before_script', 'script', 'after_script']) addScript(doc, out, last(key), job);
  }
  return { facts: out, error: doc.error, errorAt: doc.errorAt ?? null, rejected: !!doc.rejected };
}
