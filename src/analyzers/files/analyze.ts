// Pure: file texts → the 'files' facts. Discovery and reading live in discover.ts;
// this part is what the fuzz script and the benchmark drive directly.
import { parseDockerfile } from '../dockerfile/parse.js';
import { parseGithubWorkflow, parseGitlabCi, type Parsed } from '../ci/workflow.js';
import type { YamlLoader } from '../ci/yaml.js';
import { parseMakefile } from '../makefile/parse.js';
import { parseModFile } from '../gomod/parse.js';
import { toolsGoFacts } from '../gomod/tools-go.js';
import { readDirectives } from './directives.js';
import { containerRuns } from './container-runs.js';
import { selinuxHint } from './selinux-hint.js';
import { manifestByName, manifestFormat, readManifest } from '../manifests/index.js';
import { chartValuesIndex, preferRenderedCharts, type ChartValues } from '../manifests/helm-chart.js';
import type { ContainerRunFacts, FileKind, FilesFacts, ModFacts } from '../../facts/schema/files.js';

const MENTIONS_GO = /\bgo\b|\bGO[A-Z0-9_]*\b|setup-go|golangci|golang|build-push-action|buildx/;

export interface FileInput {
  /** Relative to the root, forward slashes. */
  path: string;
  text: string;
  /** For a Helm chart template: the chart's values it renders with. */
  chart?: ChartValues;
}

const base = (p: string) => p.slice(p.lastIndexOf('/') + 1);

/** Which analyzer reads a path, by Docker, GitHub, GitLab, Make and Go naming conventions. */
export function kindOf(path: string): FileKind | null {
  const name = base(path);
  const lower = name.toLowerCase();
  if (/^(dockerfile|containerfile)([.-].*)?$/i.test(name) || lower.endsWith('.dockerfile') || lower.endsWith('.containerfile')) return 'dockerfile';
  // Workflows, and actions (action.yml): a composite action's steps run like a job's.
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path) || lower === 'action.yml' || lower === 'action.yaml') return 'github-workflow';
  if (lower === '.gitlab-ci.yml' || lower === '.gitlab-ci.yaml' || /(^|\/)\.gitlab\/ci\/.+\.ya?ml$/.test(path)) return 'gitlab-ci';
  if (name === 'Makefile' || name === 'makefile' || name === 'GNUmakefile' || lower.endsWith('.mk')) return 'makefile';
  if (name === 'go.mod') return 'go.mod';
  if (name === 'go.work') return 'go.work';
  if (name === 'tools.go') return 'tools.go';
  if (/^\.golangci\.(ya?ml)$/.test(name)) return 'golangci';
  // Any other YAML may be a Kubernetes manifest, Helm values or a compose file: its content decides.
  if (/\.ya?ml$/i.test(name)) return 'manifest';
  return null;
}

function modFacts(path: string, text: string, kind: 'go.mod' | 'go.work'): ModFacts {
  const mf = parseModFile(text, kind);
  const loc = (v: { value: string; line: number; column: number } | null) => (v ? { value: v.value, line: v.line, column: v.column } : null);
  return {
    path, kind,
    module: loc(mf.module), go: loc(mf.go), toolchain: loc(mf.toolchain),
    replaces: mf.replaces.map((r) => ({ from: r.from, fromVersion: r.fromVersion, to: r.to, toVersion: r.toVersion, local: r.local, line: r.line, column: r.column })),
    uses: mf.uses.map((u) => ({ value: u.value, line: u.line, column: u.column })),
    tools: mf.tools.map((t) => t.value),
    toolDirectives: mf.tools.map((t) => ({ value: t.value, line: t.line, column: t.column })),
    requires: mf.requires.map((r) => ({ path: r.path, version: r.version, indirect: r.indirect, line: r.line, column: r.column })),
    errors: mf.errors.map((e) => ({ message: e.message, line: e.line, column: e.column })),
  };
}

export function emptyFilesFacts(root: string): FilesFacts {
  return {
    root, files: [], directives: [], dockerfiles: [], ci: [], makefiles: [], mods: [], toolsGo: [], golangci: [],
    installedGo: { version: null, error: 'not probed' }, goSources: { scanned: 0, dirs: [], tlsFiles: [] },
  };
}

/**
 * Read one file into the facts; a parser that throws is recorded as the file's error.
 * Returns true when the strict YAML parser rejected a CI file: rereadYaml can then keep what a
 * recovering parser still reads of it.
 */
export function addFile(facts: FilesFacts, input: FileInput, kind: FileKind): boolean {
  const { path, text } = input;
  // A YAML file that is no deployment manifest is not a lint file at all: not listed, not read
  // further. A compose file or Helm values by name is listed (read, nothing in it to check).
  if (kind === 'manifest' && !manifestFormat(path, text)) {
    if (manifestByName(path)) facts.files.push({ path, kind, error: null });
    return false;
  }
  let error: string | null = null;
  let errorAt: Parsed['errorAt'] = null;
  let rejected = false;
  const ci = (r: Parsed) => {
    facts.ci.push(r.facts);
    error = r.error;
    errorAt = r.errorAt;
    rejected = r.rejected;
  };
  try {
    facts.directives.push(...readDirectives(path, text));
    switch (kind) {
      case 'dockerfile': facts.dockerfiles.push(parseDockerfile(path, text)); break;
      case 'github-workflow': {
        // Most of the cost of a lint run is YAML parsing; a workflow that never mentions Go,
        // GO* variables, golang images or image builds cannot trigger a rule.
        if (MENTIONS_GO.test(text)) ci(parseGithubWorkflow(path, text));
        break;
      }
      case 'gitlab-ci': ci(parseGitlabCi(path, text)); break;
      case 'makefile': facts.makefiles.push(parseMakefile(path, text)); break;
      case 'go.mod': case 'go.work': facts.mods.push(modFacts(path, text, kind)); break;
      case 'tools.go': facts.toolsGo.push(toolsGoFacts(path, text)); break;
      case 'manifest': {
        const m = readManifest(path, text, input.chart);
        if (m) (facts.manifests ??= []).push(m);
        break;
      }
      case 'golangci': {
        // Only the top-level `version:` matters (v1 vs v2 format): no full YAML parse needed.
        const m = /^version:[ \t]*["']?([^"'\s#]+)/m.exec(text);
        facts.golangci.push({ path, configVersion: m ? m[1]! : null });
        break;
      }
    }
    addContainerRuns(facts, path, text, kind);
  } catch (e) {
    error = `cannot parse: ${e instanceof Error ? e.message : String(e)}`;
  }
  facts.files.push({ path, kind, error, ...(errorAt ? { errorAt } : {}) });
  return rejected;
}

const RUNS_CONTAINER = /\b(docker|podman)\b/;

/** The docker/podman run commands of a CI file's scripts or a Makefile's recipes just read (the last entry: searched from the end). */
function addContainerRuns(facts: FilesFacts, path: string, text: string, kind: FileKind): void {
  if (!RUNS_CONTAINER.test(text)) return;
  const lines = kind === 'makefile' ? facts.makefiles.at(-1)?.recipes.map((r) => ({ line: r.line, column: r.column, text: r.expanded || r.text }))
    : kind === 'github-workflow' || kind === 'gitlab-ci' ? facts.ci.findLast((c) => c.path === path)?.scripts : undefined;
  const runs: ContainerRunFacts[] = [];
  for (const l of lines ?? []) {
    for (const r of containerRuns(l.text)) {
      // A logical line may join continuation lines: its first line is where the finding points.
      runs.push({ file: path, tool: r.tool, line: l.line, column: l.column, selinux: null, labelDisabled: r.labelDisabled, binds: r.binds.map((b) => ({ spec: b.spec, flag: b.flag, options: b.options, line: l.line, column: l.column })) });
    }
  }
  if (runs.length === 0) return;
  const selinux = selinuxHint(text, runs.flatMap((r) => r.binds));
  for (const r of runs) r.selinux = selinux;
  (facts.containerRuns ??= []).push(...runs);
}

/**
 * A CI file the strict parser rejected, read again with a recovering loader. When that reads it
 * without an error, its verdict stands: GitHub and GitLab accept some files the YAML spec does not
 * (a flow sequence's `]` at the key's indentation). Otherwise the strict parser's error, which
 * says where, is kept.
 */
export function rereadYaml(facts: FilesFacts, input: FileInput, kind: FileKind, load: YamlLoader): void {
  const at = facts.ci.findIndex((c) => c.path === input.path);
  const ref = facts.files.find((f) => f.path === input.path);
  if (at < 0 || !ref) return;
  try {
    const r = (kind === 'gitlab-ci' ? parseGitlabCi : parseGithubWorkflow)(input.path, input.text, load);
    facts.ci[at] = r.facts;
    if (r.error === null) {
      ref.error = null;
      delete ref.errorAt;
    }
  } catch {
    // The strict parser's error stays the file's error.
  }
}

/** Pure and synchronous: rejected CI files are read again only when a recovering loader is given. */
export function analyzeFiles(root: string, inputs: readonly FileInput[], recover?: YamlLoader): FilesFacts {
  const facts = emptyFilesFacts(root);
  const chartOf = chartValuesIndex(inputs);
  for (const input of inputs) {
    const kind = kindOf(input.path);
    const chart = kind === 'manifest' ? chartOf(input.path) : undefined;
    if (kind && addFile(facts, chart ? { ...input, chart } : input, kind) && recover) rereadYaml(facts, input, kind, recover);
  }
  finishFiles(facts);
  return facts;
}

/** What needs every file read first. */
export function finishFiles(facts: FilesFacts): void {
  if (facts.manifests) preferRenderedCharts(facts.manifests);
}

/** Client libraries whose import alone means outbound HTTPS (cloud SDKs, API clients). */
const CLIENT_IMPORTS = /"((?:github\.com\/aws\/aws-sdk-go(?:-v2)?|cloud\.google\.com\/go|google\.golang\.org\/api|github\.com\/Azure\/azure-sdk-for-go|golang\.org\/x\/oauth2|github\.com\/go-resty\/resty|github\.com\/hashicorp\/go-retryablehttp|github\.com\/google\/go-github|k8s\.io\/client-go|github\.com\/minio\/minio-go|net\/smtp)[^"]*)"/;
/** Calls that open outbound connections with net/http, crypto/tls or gRPC. */
const CLIENT_CALLS = /\b(http\.(?:Get|Post|PostForm|Head|NewRequest(?:WithContext)?)\(|http\.DefaultClient\b|http\.DefaultTransport\b|http\.Client\{|http\.Transport\{|tls\.Dial(?:WithDialer)?\(|tls\.Dialer\{|grpc\.(?:Dial|DialContext|NewClient)\(|credentials\.NewClientTLSFrom\w+\(|websocket\.Dial\w*\()/;
const TLS_PACKAGES = /"(crypto\/tls|net\/http|google\.golang\.org\/grpc(?:\/credentials)?)"/;

/**
 * What in a Go source shows the program makes outbound TLS connections (and needs CA certificates
 * at run time): a client call such as `http.Get(`, or the import of a client SDK; null when it only
 * serves (http.ListenAndServe) or makes no network calls.
 */
export function outboundTls(goSource: string): string | null {
  // Imports come before the first declaration: only that header is searched for them.
  const decl = /^(?:func|type|var|const)\b/m.exec(goSource);
  const header = goSource.slice(0, Math.min(decl ? decl.index : goSource.length, 16384));
  const lib = CLIENT_IMPORTS.exec(header);
  if (lib) return `imports ${lib[1]}`;
  if (!TLS_PACKAGES.test(header)) return null;
  const call = CLIENT_CALLS.exec(goSource);
  return call ? `calls ${call[1]!.replace(/[({]$/, '')}` : null;
}
