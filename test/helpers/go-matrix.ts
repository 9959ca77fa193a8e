// Build a matrix of real Go binaries with the real toolchain, cached under .cache/go-matrix keyed
// by the Go version, the sources and the build recipe, so reruns cost nothing.
import { promises as fs, existsSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { execFile, type ExecResult } from '../../src/collectors/exec.js';

export const GO = process.env.GODIAG_TEST_GO ?? '/usr/local/go/bin/go';
const CACHE = path.resolve('.cache/go-matrix');

export interface MatrixEntry {
  name: string;
  goos: string;
  goarch: string;
  env?: Record<string, string>;
  flags?: string[];
  cgo?: boolean;
  /** Build inside a git checkout with -buildvcs=true (else -buildvcs=false). */
  vcs?: boolean;
  /** Expected linkage on our side (checked by the test). */
  linkage?: 'static' | 'static-pie' | 'dynamic';
  /** Output file name suffix (.exe, .so ...). */
  ext?: string;
}

const t = (goos: string, goarch: string, o: Partial<MatrixEntry> = {}): MatrixEntry => ({ ...o, name: `${goos}-${goarch}${o.name ? `-${o.name}` : ''}`, goos, goarch });

/** The issue's matrix: every GOOS/GOARCH, cgo on/off, -trimpath, -s -w, exe/pie/c-shared, VCS on/off. */
export const MATRIX: MatrixEntry[] = [
  t('linux', 'amd64', { vcs: true, linkage: 'static' }),
  t('linux', 'amd64', { name: 'novcs', linkage: 'static' }),
  t('linux', 'amd64', { name: 'trimpath', flags: ['-trimpath'], vcs: true, linkage: 'static' }),
  t('linux', 'amd64', { name: 'stripped', flags: ['-ldflags=-s -w'], linkage: 'static' }),
  t('linux', 'amd64', { name: 'cgo', cgo: true, vcs: true, linkage: 'dynamic' }),
  t('linux', 'amd64', { name: 'cgo-musl', cgo: true, env: { CC: 'musl-gcc' }, linkage: 'dynamic' }),
  t('linux', 'amd64', { name: 'pie', flags: ['-buildmode=pie'], linkage: 'dynamic' }),
  t('linux', 'amd64', { name: 'static-pie', cgo: true, flags: ['-buildmode=pie', '-ldflags=-linkmode=external -extldflags=-static-pie'], linkage: 'static-pie' }),
  t('linux', 'amd64', { name: 'c-shared', cgo: true, flags: ['-buildmode=c-shared'], ext: '.so', linkage: 'dynamic' }),
  t('linux', 'amd64', { name: 'tags', flags: ['-tags=netgo,osusergo', '-ldflags=-X main.version=1.2.3'], env: { GOAMD64: 'v3' }, linkage: 'static' }),
  t('linux', '386', { linkage: 'static' }),
  t('linux', 'arm', { name: 'v6', env: { GOARM: '6' }, linkage: 'static' }),
  t('linux', 'arm', { name: 'v7', env: { GOARM: '7' }, flags: ['-trimpath'], linkage: 'static' }),
  t('linux', 'arm64', { vcs: true, linkage: 'static' }),
  t('linux', 'ppc64le', { linkage: 'static' }),
  t('linux', 'ppc64', { linkage: 'static' }),
  t('linux', 's390x', { linkage: 'static' }),
  t('linux', 'riscv64', { linkage: 'static' }),
  t('linux', 'loong64', { linkage: 'static' }),
  t('linux', 'mips', { linkage: 'static' }),
  t('linux', 'mips64le', { flags: ['-ldflags=-s -w'], linkage: 'static' }),
  t('darwin', 'amd64', { linkage: 'dynamic' }),
  t('darwin', 'arm64', { flags: ['-trimpath'], vcs: true, linkage: 'dynamic' }),
  t('darwin', 'arm64', { name: 'stripped', flags: ['-ldflags=-s -w'], linkage: 'dynamic' }),
  t('windows', 'amd64', { ext: '.exe', vcs: true, linkage: 'dynamic' }),
  t('windows', '386', { ext: '.exe', linkage: 'dynamic' }),
  t('windows', 'arm64', { ext: '.exe', flags: ['-ldflags=-s -w'], linkage: 'dynamic' }),
  t('windows', 'amd64', { name: 'dll', ext: '.dll', flags: ['-buildmode=pie'], linkage: 'dynamic' }),
  t('freebsd', 'amd64', { linkage: 'static' }),
  t('freebsd', 'arm64', { flags: ['-trimpath'], linkage: 'static' }),
  t('aix', 'ppc64', { linkage: 'dynamic' }),
];

const MAIN_GO = `package main

import (
	"fmt"
	"os"

	"example.com/greet"
)

var version = "dev"

func main() {
	fmt.Fprintln(os.Stdout, greet.Hello(version))
}
`;
const CSHARED_GO = `package main

import "C"

import "example.com/greet"

//export Greet
func Greet() *C.char { return C.CString(greet.Hello("lib")) }

func main() {}
`;
/** Added to cgo builds so cgo is really used (CGO_ENABLED=1 alone links nothing from C). */
const CGO_GO = `package main

// #include <stdlib.h>
import "C"

func cAbs(x int) int { return int(C.abs(C.int(x))) }
`;
const GREET_GO = `package greet

func Hello(v string) string { return "hello " + v }
`;
const GO_MOD = 'module example.com/hello\n\ngo 1.22\n\nrequire example.com/greet v1.0.0\n\nreplace example.com/greet v1.0.0 => ./greet\n';

export function matrixKey(goVersion: string, e: MatrixEntry): string {
  return createHash('sha256').update(JSON.stringify([goVersion, MAIN_GO, CSHARED_GO, CGO_GO, GREET_GO, GO_MOD, e])).digest('hex').slice(0, 16);
}

export async function goVersion(): Promise<string> {
  const r = await execFile(GO, ['env', 'GOVERSION'], { env: goEnv(), timeoutMs: 30_000 });
  return r.stdout.trim();
}

export function goEnv(extra: Record<string, string> = {}): Record<string, string> {
  const home = process.env.HOME ?? os.homedir();
  return {
    PATH: `${path.dirname(GO)}:/usr/bin:/bin`, HOME: home, GOTOOLCHAIN: 'local', GOFLAGS: '-modcacherw',
    GOCACHE: process.env.GOCACHE ?? path.join(home, '.cache/go-build'), GOPROXY: 'off', GOSUMDB: 'off', GOTELEMETRY: 'off',
    GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 'godiag', GIT_AUTHOR_EMAIL: 'godiag@example.com', GIT_COMMITTER_NAME: 'godiag',
    GIT_COMMITTER_EMAIL: 'godiag@example.com', GIT_AUTHOR_DATE: '2025-01-02T03:04:05Z', GIT_COMMITTER_DATE: '2025-01-02T03:04:05Z',
    ...extra,
  };
}

async function writeSources(dir: string, cshared: boolean, vcs: boolean, cgo: boolean): Promise<void> {
  await fs.mkdir(path.join(dir, 'greet'), { recursive: true });
  if (cgo && !cshared) await fs.writeFile(path.join(dir, 'cgo.go'), CGO_GO);
  await fs.writeFile(path.join(dir, 'main.go'), cshared ? CSHARED_GO : MAIN_GO);
  await fs.writeFile(path.join(dir, 'go.mod'), GO_MOD);
  await fs.writeFile(path.join(dir, 'greet/go.mod'), 'module example.com/greet\n\ngo 1.22\n');
  await fs.writeFile(path.join(dir, 'greet/greet.go'), GREET_GO);
  if (vcs) {
    const env = goEnv();
    for (const args of [['init', '-q'], ['add', '.'], ['commit', '-q', '-m', 'init']]) {
      const r = await execFile('git', args, { cwd: dir, env, timeoutMs: 30_000 });
      if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    }
  }
}

export interface Built { entry: MatrixEntry; file: string | null; error?: string }

async function buildOne(e: MatrixEntry, gv: string): Promise<Built> {
  const dir = path.join(CACHE, matrixKey(gv, e));
  const file = path.join(dir, `${e.name}${e.ext ?? ''}`);
  if (existsSync(file)) return { entry: e, file };
  if (existsSync(path.join(dir, 'FAILED'))) return { entry: e, file: null, error: await fs.readFile(path.join(dir, 'FAILED'), 'utf8') };
  const src = await fs.mkdtemp(path.join(os.tmpdir(), 'godiag-matrix-'));
  try {
    await writeSources(src, e.flags?.includes('-buildmode=c-shared') ?? false, !!e.vcs, !!e.cgo);
    const env = goEnv({ GOOS: e.goos, GOARCH: e.goarch, CGO_ENABLED: e.cgo ? '1' : '0', ...e.env });
    const args = ['build', `-buildvcs=${e.vcs ? 'true' : 'false'}`, ...(e.flags ?? []), '-o', path.join(src, 'out.bin'), '.'];
    const r: ExecResult = await execFile(GO, args, { cwd: src, env, timeoutMs: 300_000 });
    await fs.mkdir(dir, { recursive: true });
    if (r.code !== 0) {
      const error = `go ${args.join(' ')}: ${r.stderr.trim() || r.error}`;
      await fs.writeFile(path.join(dir, 'FAILED'), error);
      return { entry: e, file: null, error };
    }
    await fs.rename(path.join(src, 'out.bin'), file).catch(async () => fs.copyFile(path.join(src, 'out.bin'), file));
    return { entry: e, file };
  } finally {
    await fs.rm(src, { recursive: true, force: true });
  }
}

/** Build (or take from the cache) every matrix entry, at most two builds at a time. */
export async function buildMatrix(entries: MatrixEntry[] = MATRIX): Promise<Built[]> {
  const gv = await goVersion();
  const out: Built[] = new Array(entries.length);
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const i = next++;
      out[i] = await buildOne(entries[i]!, gv);
    }
  };
  await Promise.all([worker(), worker()]);
  return out;
}

/** `go version -m -json FILE`, parsed; null when Go cannot read the file. */
export async function goVersionJson(file: string): Promise<Record<string, unknown> | null> {
  const r = await execFile(GO, ['version', '-m', '-json', file], { env: goEnv(), timeoutMs: 60_000 });
  if (r.code !== 0 || !r.stdout.trim()) return null;
  return JSON.parse(r.stdout) as Record<string, unknown>;
}
