// The runtime layer (`godiag doctor --runtime`): build, run, fetch and cross-compile for real in a
// temporary directory under the user's TMPDIR, with the user's environment except
// GOTOOLCHAIN=local (nothing is downloaded by toolchain selection). The only collector that
// touches the network: one `go mod download` through the configured GOPROXY and GOSUMDB.
import * as path from 'node:path';
import { defineCollector, earlierValue, type CollectOptions, type Partial_ } from './collector.js';
import type { Host } from './host.js';
import { makeDir, makeTempDir, removeReadOnlyTree, writeFile } from './host-write.js';
import type { ExecResult } from './exec.js';
import type { RuntimeFacts, RuntimeStep } from '../facts/schema/runtime.js';
import { classifyFailure } from './runtime-classify.js';
import { lookPath } from './modules.js';
import { redactUserinfo } from '../knowledge/goproxy.js';

export const DEFAULT_CROSS_TARGETS = ['linux/amd64', 'linux/arm64', 'darwin/arm64', 'windows/amd64'];
/** A tiny real module with no dependencies to fetch: the go.dev tutorial's own. */
export const DEFAULT_PROBE_MODULE = 'rsc.io/quote@v1.5.2';

/** `--cross-targets linux/amd64,windows/arm64`: the targets, or why the list is unusable. */
export function parseCrossTargets(value: string): string[] | string {
  const targets = value.split(',').map((t) => t.trim()).filter(Boolean);
  const bad = targets.find((t) => !/^[a-z0-9]+\/[a-z0-9]+$/.test(t));
  if (targets.length === 0) return '--cross-targets needs at least one GOOS/GOARCH';
  if (bad) return `--cross-targets: ${JSON.stringify(bad)} is not GOOS/GOARCH (e.g. linux/arm64)`;
  return targets;
}

export interface RuntimeOptions {
  /** MODULE@VERSION fetched through GOPROXY. */
  module?: string;
  targets?: string[];
  /** Per build/run step. */
  stepTimeoutMs?: number;
  /** For the download (slow proxies are a finding, not a hang). */
  downloadTimeoutMs?: number;
  /** Run only these probes (default: all). */
  only?: ReadonlyArray<RuntimeStep['name']>;
}

const HELLO = 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello from godiag") }\n';
const CGO_HELLO = 'package main\n\n/*\nint answer(void) { return 42; }\n*/\nimport "C"\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello from godiag cgo", int(C.answer())) }\n';
const GO_MOD = 'module godiag.test/probe\n\ngo 1.18\n';

/** Header machine names per GOARCH, as the binary readers report them. */
const MACHINES: Record<string, string[]> = {
  amd64: ['x86-64', 'x86_64'], arm64: ['AArch64', 'arm64', 'ARM64'], '386': ['i386', 'Intel 80386'], arm: ['ARM', 'arm', 'ARMv7 Thumb-2'],
};
const FORMATS: Record<string, string> = { linux: 'elf', darwin: 'macho', windows: 'pe', freebsd: 'elf', aix: 'xcoff' };

function show(env: Record<string, string>, argv: readonly string[]): string {
  return [...Object.entries(env).map(([k, v]) => `${k}=${redactUserinfo(v)}`), ...argv].join(' ');
}

interface Ctx {
  host: Host;
  go: string;
  env: Record<string, string | undefined>;
  timeoutMs: number;
  progress: (line: string) => void;
}

function step(name: RuntimeStep['name'], target: string | null, command: string, started: number, r: ExecResult | null, extra: Partial<RuntimeStep> = {}): RuntimeStep {
  const failure = r ? classifyFailure(r) : null;
  return {
    name, target, command, ms: Math.round(performance.now() - started),
    status: extra.skipped ? 'skipped' : failure || (extra.problems?.length ?? 0) > 0 ? 'failed' : 'ok',
    failure, skipped: null, binary: null, problems: [], ...extra,
  };
}

async function runGo(c: Ctx, cwd: string, args: string[], env: Record<string, string> = {}, timeoutMs = c.timeoutMs): Promise<ExecResult> {
  return c.host.run(c.go, args, { cwd, env: { ...c.env, ...env }, timeoutMs, maxBytes: 1024 * 1024 });
}

/** Build a program, then run it: catches noexec temp dirs and broken linkers alike. */
async function buildAndRun(c: Ctx, name: 'hello' | 'cgo', dir: string, env: Record<string, string>, expect: string): Promise<RuntimeStep> {
  const started = performance.now();
  const exe = path.join(dir, name);
  const build = ['build', '-o', exe, '.'];
  const cmd = show(env, ['go', ...build]);
  const b = await runGo(c, dir, build, env);
  if (!b.ok || b.code !== 0) return step(name, null, cmd, started, b);
  const r = await c.host.run(exe, [], { cwd: dir, env: c.env, timeoutMs: c.timeoutMs });
  const res = step(name, null, `${cmd} && ${exe}`, started, r);
  if (res.status === 'ok' && !r.stdout.includes(expect)) {
    return { ...res, status: 'failed', failure: { class: 'other', where: 'local', url: null, detail: `the program printed ${JSON.stringify(r.stdout.slice(0, 200))}, expected ${JSON.stringify(expect)}` } };
  }
  return res;
}

async function ccFacts(c: Ctx, dir: string, goenvCC: { value: string; source: string } | undefined): Promise<RuntimeFacts['cc']> {
  const r = await runGo(c, dir, ['env', 'CC']);
  const value = (r.code === 0 ? r.stdout.trim() : '') || goenvCC?.value || 'gcc';
  const explicit = !!c.env.CC || (goenvCC !== undefined && goenvCC.source !== 'default');
  const first = value.split(/\s+/)[0] ?? value;
  const found = first.includes('/') ? ((await c.host.isExecutable(first)) ? first : null) : await lookPath(c.host, first);
  return { value, explicit, found };
}

async function crossBuild(c: Ctx, dir: string, target: string): Promise<RuntimeStep> {
  const started = performance.now();
  const [goos, goarch] = target.split('/') as [string, string];
  const out = path.join(dir, 'cross', `hello-${goos}-${goarch}${goos === 'windows' ? '.exe' : ''}`);
  const env = { GOOS: goos, GOARCH: goarch, CGO_ENABLED: '0' };
  const args = ['build', '-o', out, '.'];
  const r = await runGo(c, dir, args, env, Math.max(c.timeoutMs, 180_000));
  const res = step('cross', target, show(env, ['go', ...args]), started, r);
  if (res.status !== 'ok') return res;
  const { inspectBinary } = await import('./binary/read.js');
  try {
    const bin = await inspectBinary(out, c.host);
    const problems: string[] = [];
    if (FORMATS[goos] && bin.format !== FORMATS[goos]) problems.push(`format ${bin.format}, expected ${FORMATS[goos]}`);
    if (bin.goos !== goos || bin.goarch !== goarch) problems.push(`built for ${bin.goos}/${bin.goarch}, expected ${target}`);
    if (MACHINES[goarch] && !MACHINES[goarch]!.includes(bin.machine)) problems.push(`header machine ${bin.machine}, expected ${MACHINES[goarch]![0]}`);
    if (goos === 'linux' && bin.linkage !== 'static') problems.push(`linkage ${bin.linkage}${bin.interpreter ? ` (interpreter ${bin.interpreter})` : ''}, expected static with CGO_ENABLED=0`);
    const binary = { format: bin.format, goos: bin.goos, goarch: bin.goarch, machine: bin.machine, linkage: bin.linkage, interpreter: bin.interpreter };
    return { ...res, binary, problems, status: problems.length ? 'failed' : 'ok', ms: Math.round(performance.now() - started) };
  } catch (e) {
    return { ...res, status: 'failed', problems: [`the output could not be read as a binary: ${(e as Error).message}`] };
  }
}

export async function collectRuntime(host: Host, opts: CollectOptions, earlier: Partial_, ro: RuntimeOptions = {}): Promise<RuntimeFacts> {
  if (host.kind !== 'local') throw new Error('runtime probes need the local machine');
  const goenv = earlierValue(earlier, 'goenv');
  const tc = earlierValue(earlier, 'toolchains');
  const go = goenv?.goBinary ?? tc?.installs[0]?.path;
  if (!go) throw new Error('no go on PATH to build with');
  const progress = opts.progress ?? (() => {});
  const module = ro.module ?? DEFAULT_PROBE_MODULE;
  const targets = ro.targets ?? opts.crossTargets ?? DEFAULT_CROSS_TARGETS;
  const tmpBase = host.env.TMPDIR || '/tmp';
  const root = makeTempDir('godiag-runtime-', tmpBase);
  // The user's environment, but never a toolchain switch and never an outer go.work.
  const env = { ...host.env, GOTOOLCHAIN: 'local', GOWORK: 'off' };
  // doctor's --timeout (seconds per probe command) is too short for a cold build: it can only raise these.
  const c: Ctx = { host, go, env, timeoutMs: ro.stepTimeoutMs ?? Math.max(opts.timeoutMs ?? 0, 120_000), progress };
  const setting = (k: string) => goenv?.settings[k]?.value ?? host.env[k] ?? '';
  const steps: RuntimeStep[] = [];
  const want = (n: RuntimeStep['name']) => !ro.only || ro.only.includes(n);
  const log = (s: RuntimeStep): RuntimeStep => {
    steps.push(s);
    const what = s.target ? `${s.name} ${s.target}` : s.name;
    const how = s.status === 'ok' ? 'ok' : s.status === 'skipped' ? `skipped (${s.skipped})` : `FAILED: ${s.failure?.class ?? s.problems[0] ?? 'see details'}`;
    progress(`${what} ${how} (${s.ms} ms)`);
    return s;
  };
  let cc: RuntimeFacts['cc'] = { value: '', explicit: false, found: null };
  let tempRemoved = false;
  const program = async (name: string, source: string) => {
    const dir = path.join(root, name);
    makeDir(dir);
    writeFile(path.join(dir, 'go.mod'), GO_MOD);
    writeFile(path.join(dir, 'main.go'), source);
    return dir;
  };
  const probeCgo = async (dir: string) => {
    cc = await ccFacts(c, dir, goenv?.settings.CC);
    if (!cc.found && !cc.explicit) {
      return log(step('cgo', null, 'go build (CGO_ENABLED=1)', performance.now(), null, { skipped: `no C compiler: ${cc.value} is not on PATH, so cgo is off by default` }));
    }
    // An explicit CC that is missing is built anyway: the error is the finding.
    return log(await buildAndRun(c, 'cgo', dir, { CGO_ENABLED: '1' }, 'hello from godiag cgo 42'));
  };
  const probeDownload = async (dir: string) => {
    progress(`network: go mod download ${module} through GOPROXY=${redactUserinfo(setting('GOPROXY'))} GOSUMDB=${setting('GOSUMDB')}`);
    const started = performance.now();
    const denv = { GOMODCACHE: path.join(root, 'modcache') };
    const dargs = ['mod', 'download', '-json', module];
    const d = await runGo(c, dir, dargs, denv, ro.downloadTimeoutMs ?? Math.max(opts.timeoutMs ?? 0, 90_000));
    return log(step('download', null, show(denv, ['go', ...dargs]), started, d));
  };
  const probeProject = async (gomodPath: string) => {
    const s0 = performance.now();
    // `go env` never loads go.mod; `go list -m` does, and fails on a go line newer than local.
    const dir = path.dirname(gomodPath);
    const r = await runGo(c, dir, ['list', '-m'], { GOWORK: host.env.GOWORK ?? '' });
    return log(step('project', null, `cd ${dir} && GOTOOLCHAIN=local go list -m`, s0, r));
  };
  try {
    progress(`probing in ${root} with ${go} (GOTOOLCHAIN=local)`);
    const hello = await program('hello', HELLO);
    const project = earlierValue(earlier, 'project');
    // The download and project probes mostly wait; builds share a pool of two (CPU-bound).
    const builds: Array<() => Promise<unknown>> = [];
    if (want('hello')) builds.push(() => buildAndRun(c, 'hello', hello, {}, 'hello from godiag').then(log));
    if (want('cgo')) builds.push(() => program('cgo', CGO_HELLO).then(probeCgo));
    if (want('cross')) for (const t of targets) builds.push(async () => log(await crossBuild(c, hello, t)));
    const worker = async () => { for (let job = builds.shift(); job; job = builds.shift()) await job(); };
    await Promise.all([
      worker(), worker(),
      want('download') && probeDownload(hello),
      project?.gomod && want('project') && probeProject(project.gomod.path),
    ]);
  } finally {
    tempRemoved = removeReadOnlyTree(root);
    progress(`${tempRemoved ? 'removed' : 'could NOT remove'} ${root}`);
  }
  // Facts in a stable order whatever finished first.
  const order = ['hello', 'cgo', 'download', 'cross', 'project'];
  steps.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name) || targets.indexOf(a.target ?? '') - targets.indexOf(b.target ?? ''));
  return {
    goBinary: go, tempDir: root, tempRemoved,
    network: { module, goproxy: redactUserinfo(setting('GOPROXY')), gosumdb: setting('GOSUMDB') },
    cc, gotoolchain: goenv?.settings.GOTOOLCHAIN?.value ?? host.env.GOTOOLCHAIN ?? 'local', steps,
  };
}

export function makeRuntimeCollector(ro: RuntimeOptions = {}) {
  return defineCollector({
    area: 'runtime',
    after: ['goenv', 'project', 'toolchains'],
    // Only `doctor --runtime`: the default doctor makes no network request.
    enabled: (opts) => !!opts.runtime,
    collect: (host, opts, earlier) => collectRuntime(host, opts, earlier, ro),
  });
}

export const runtimeCollector = makeRuntimeCollector();
