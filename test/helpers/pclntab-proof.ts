// A small program with a real module dependency (golang.org/x/text from the module proxy into a
// cached GOMODCACHE), built by three real Go releases for several GOOS/GOARCH, and the
// independent references the function-table reader is compared with: debug/gosym (the
// gosym-oracle fixture), `go tool nm`, `go list -deps` and `go version -m`.
import { createHash } from 'node:crypto';
import { existsSync, promises as fs, readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFile } from '../../src/collectors/exec.js';
import { DEBIAN_GO, REAL_GO } from './cli.js';

const CACHE = path.resolve('.cache/pclntab-proof');
export const PROOF_MODCACHE = path.join(CACHE, 'modcache');
export const TEXT_VERSION = 'v0.14.0';
export const X_VERSION = 'v9.8.7';
export const X_MAIN = '1.2.3';

const FILES: Record<string, string> = {
  'go.mod': `module example.com/prooftool\n\ngo 1.19\n\nrequire golang.org/x/text ${TEXT_VERSION}\n`,
  'main.go': `package main

import (
	"fmt"
	"os"

	"example.com/prooftool/internal/greet"
	pv "example.com/prooftool/internal/version"
	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

var version = "dev"

func main() {
	title := cases.Title(language.English)
	fmt.Fprintln(os.Stdout, greet.Hello(title.String(os.Args[0])), version, pv.Version)
}
`,
  'internal/greet/greet.go': 'package greet\n\nimport "strings"\n\n//go:noinline\nfunc Hello(s string) string { return "hello " + strings.TrimSpace(s) }\n',
  'internal/version/version.go': 'package version\n\nvar Version = "dev"\n',
};

/** The go1.27.3 toolchain GOTOOLCHAIN=go1.27.3 runs: the golang.org/toolchain module in the machine's module cache. */
async function toolchainGo(version: string): Promise<string> {
  const r = await execFile(REAL_GO, ['env', 'GOMODCACHE'], { env: goEnv(), timeoutMs: 30_000 });
  const go = path.join(r.stdout.trim(), `golang.org/toolchain@v0.0.1-${version}.linux-amd64/bin/go`);
  if (!existsSync(go)) throw new Error(`${version} is not in the module cache (${go}); run: GOTOOLCHAIN=${version} go version`);
  return go;
}

export interface Toolchain { name: string; go: string }

export async function toolchains(): Promise<Toolchain[]> {
  for (const go of [REAL_GO, DEBIAN_GO]) if (!existsSync(go)) throw new Error(`${go} is missing (scripts/install-test-deps.sh installs it)`);
  return [{ name: 'go1.19', go: DEBIAN_GO }, { name: 'go1.26', go: REAL_GO }, { name: 'go1.27.3', go: await toolchainGo('go1.27.3') }];
}

function goEnv(extra: Record<string, string> = {}): Record<string, string> {
  const home = process.env.HOME ?? os.homedir();
  return {
    PATH: '/usr/bin:/bin', HOME: home, GOTOOLCHAIN: 'local', GOFLAGS: '-modcacherw', GOENV: 'off', GOTELEMETRY: 'off',
    GOCACHE: process.env.GOCACHE ?? path.join(home, '.cache/go-build'), ...extra,
  };
}

/** The sources with a go.sum, golang.org/x/text downloaded once through the module proxy. */
export async function proofSources(): Promise<string> {
  const key = createHash('sha256').update(JSON.stringify(FILES)).digest('hex').slice(0, 12);
  const dir = path.join(CACHE, `src-${key}`);
  if (existsSync(path.join(dir, 'go.sum'))) return dir;
  await fs.mkdir(CACHE, { recursive: true });
  const tmp = await fs.mkdtemp(path.join(CACHE, '.src-'));
  for (const [name, text] of Object.entries(FILES)) {
    await fs.mkdir(path.dirname(path.join(tmp, name)), { recursive: true });
    await fs.writeFile(path.join(tmp, name), text);
  }
  // GOPROXY left to Go's default: the one network access of these tests, cached afterwards.
  const r = await execFile(REAL_GO, ['mod', 'tidy'], { cwd: tmp, env: goEnv({ GOMODCACHE: PROOF_MODCACHE }), timeoutMs: 300_000 });
  if (r.code !== 0) throw new Error(`go mod tidy (fetching golang.org/x/text ${TEXT_VERSION} through the module proxy) failed: ${r.stderr || r.error}`);
  await fs.rename(tmp, dir).catch(async () => fs.rm(tmp, { recursive: true, force: true }));
  return dir;
}

export interface ProofBuild { toolchain: Toolchain; goos: string; goarch: string; trimpath: boolean; stripped: boolean; file: string }

/** -X sets main.version and .../version.Version in every build. */
export const LDFLAGS_X = `-X main.version=${X_MAIN} -X example.com/prooftool/internal/version.Version=${X_VERSION}`;

export async function buildProof(t: Toolchain, goos: string, goarch: string, o: { trimpath: boolean; stripped: boolean }): Promise<ProofBuild> {
  const src = await proofSources();
  const name = `${t.name}-${goos}-${goarch}${o.trimpath ? '-trimpath' : ''}${o.stripped ? '-sw' : ''}${goos === 'windows' ? '.exe' : ''}`;
  const file = path.join(CACHE, 'bin', name);
  const build = { toolchain: t, goos, goarch, ...o, file };
  if (existsSync(file)) return build;
  await fs.mkdir(path.dirname(file), { recursive: true });
  const ldflags = `${o.stripped ? '-s -w ' : ''}${LDFLAGS_X}`;
  const args = ['build', '-buildvcs=false', ...(o.trimpath ? ['-trimpath'] : []), `-ldflags=${ldflags}`, '-o', `${file}.tmp`, '.'];
  const r = await execFile(t.go, args, { cwd: src, env: goEnv({ GOMODCACHE: PROOF_MODCACHE, GOPROXY: 'off', GOOS: goos, GOARCH: goarch, CGO_ENABLED: '0' }), timeoutMs: 600_000 });
  if (r.code !== 0) throw new Error(`${t.name} ${args.join(' ')} (GOOS=${goos} GOARCH=${goarch}): ${r.stderr || r.error}`);
  await fs.rename(`${file}.tmp`, file);
  return build;
}

const BUILDINFO_MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');

/**
 * A copy with the build info blob's magic overwritten (debug/buildinfo finds it by this magic):
 * `go version -m` then calls it "not a Go executable", as for a binary whose build info was removed.
 */
export function withoutBuildInfo(file: string): string {
  const out = `${file}.nobuildinfo`;
  if (existsSync(out)) return out;
  const data = readFileSync(file);
  const at = data.indexOf(BUILDINFO_MAGIC);
  if (at < 0) throw new Error(`${file}: no build info magic to remove`);
  data.fill(0, at, at + BUILDINFO_MAGIC.length);
  writeFileSync(`${out}.${process.pid}`, data, { mode: 0o755 });
  renameSync(`${out}.${process.pid}`, out);
  return out;
}

export interface OracleResult { funcs: number; packages: string[]; files: string[]; mainFile: string }

let oracleBin: Promise<string> | null = null;

/** debug/gosym's view of the function table (test/fixtures/gosym-oracle), built once with the real go. */
export async function gosymOracle(file: string): Promise<OracleResult> {
  oracleBin ??= (async () => {
    const source = path.resolve('test/fixtures/gosym-oracle/main.go');
    const key = createHash('sha256').update(readFileSync(source)).digest('hex').slice(0, 12);
    const out = path.join(CACHE, `gosym-oracle-${key}`);
    if (existsSync(out)) return out;
    await fs.mkdir(CACHE, { recursive: true });
    const r = await execFile(REAL_GO, ['build', '-o', `${out}.tmp`, source], { cwd: path.dirname(source), env: goEnv({ GO111MODULE: 'off' }), timeoutMs: 300_000 });
    if (r.code !== 0) throw new Error(`building the gosym oracle: ${r.stderr || r.error}`);
    await fs.rename(`${out}.tmp`, out);
    return out;
  })();
  const r = await execFile(await oracleBin, [file], { env: goEnv(), timeoutMs: 120_000, maxBytes: 64 << 20 });
  if (r.code !== 0) throw new Error(`gosym oracle ${file}: ${r.stderr || r.error}`);
  return JSON.parse(r.stdout) as OracleResult;
}

/** `go list -deps` of the main package for the build's target, by the toolchain that built it. */
export async function listDeps(b: ProofBuild): Promise<string[]> {
  const r = await execFile(b.toolchain.go, ['list', '-deps', '.'], {
    cwd: await proofSources(), env: goEnv({ GOMODCACHE: PROOF_MODCACHE, GOPROXY: 'off', GOOS: b.goos, GOARCH: b.goarch, CGO_ENABLED: '0' }), timeoutMs: 300_000,
  });
  if (r.code !== 0) throw new Error(`go list -deps: ${r.stderr || r.error}`);
  return r.stdout.split('\n').filter(Boolean);
}

/** Packages that have a text (function) symbol in `go tool nm` of an unstripped binary. */
export async function nmTextPackages(file: string): Promise<Set<string>> {
  const r = await execFile(REAL_GO, ['tool', 'nm', file], { env: goEnv(), timeoutMs: 120_000, maxBytes: 256 << 20 });
  if (r.code !== 0) throw new Error(`go tool nm ${file}: ${r.stderr || r.error}`);
  const out = new Set<string>();
  for (const line of r.stdout.split('\n')) {
    const m = /^\s*[0-9a-f]*\s+\d*\s*[Tt] (\S+)/.exec(line);
    if (!m) continue;
    const name = m[1]!.replace(/\[.*$/, '');
    const slash = name.lastIndexOf('/');
    const dot = name.indexOf('.', slash + 1);
    if (dot > 0 && !/^(go|type)[.:]/.test(name)) out.add(decodeURIComponent(name.slice(0, dot)));
  }
  return out;
}

/** `go version -m -json` of the build that still has its build info. */
export async function buildInfoDeps(file: string): Promise<string[]> {
  const r = await execFile(REAL_GO, ['version', '-m', '-json', file], { env: goEnv(), timeoutMs: 60_000 });
  if (r.code !== 0) throw new Error(`go version -m ${file}: ${r.stderr || r.error}`);
  const info = JSON.parse(r.stdout) as { Deps?: { Path: string; Version: string }[] };
  return (info.Deps ?? []).map((d) => `${d.Path}@${d.Version}`);
}

/** A module's source from the module proxy into the proof cache (`go mod download -json`): its directory. */
export async function moduleSource(mod: string): Promise<string> {
  await fs.mkdir(PROOF_MODCACHE, { recursive: true });
  const r = await execFile(REAL_GO, ['mod', 'download', '-json', mod], { cwd: PROOF_MODCACHE, env: goEnv({ GOMODCACHE: PROOF_MODCACHE, GO111MODULE: 'on' }), timeoutMs: 300_000 });
  const info = r.stdout.trim() ? JSON.parse(r.stdout) as { Dir?: string; Error?: string } : {};
  if (r.code !== 0 || !info.Dir) throw new Error(`go mod download ${mod} (through the module proxy): ${info.Error ?? (r.stderr || r.error)}`);
  return info.Dir;
}

/** `go list -deps PKG` inside a downloaded module, for a target; its own dependencies come through the proxy once. */
export async function listDepsIn(dir: string, pkg: string, goos: string, goarch: string): Promise<string[]> {
  const r = await execFile(REAL_GO, ['list', '-deps', pkg], {
    cwd: dir, env: goEnv({ GOMODCACHE: PROOF_MODCACHE, GOFLAGS: '-modcacherw -mod=mod', GOOS: goos, GOARCH: goarch, CGO_ENABLED: '0' }), timeoutMs: 300_000,
  });
  if (r.code !== 0) throw new Error(`go list -deps ${pkg} (${goos}/${goarch}) in ${dir}: ${r.stderr || r.error}`);
  return r.stdout.split('\n').filter(Boolean);
}
