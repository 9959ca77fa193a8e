// Build the Go programs of test/fixtures/hang with the real go, once per source content.
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, renameSync } from 'node:fs';
import * as path from 'node:path';
import { execFile } from '../../src/collectors/exec.js';

export const REAL_GO = '/usr/local/go/bin/go';
const SRC = path.resolve('test/fixtures/hang');
export const PROGRAMS = ['println-loop', 'bufio-writer', 'sigpipe-notify', 'sigpipe-ignore', 'fd3-writer', 'quiet', 'ignores-epipe', 'stderr-loop', 'wait-before-read'] as const;
export type Program = (typeof PROGRAMS)[number];

async function buildOne(name: Program, cacheRoot: string): Promise<string> {
  const source = readFileSync(path.join(SRC, name, 'main.go'));
  const key = createHash('sha256').update(source).update(REAL_GO).digest('hex').slice(0, 16);
  const out = path.join(cacheRoot, `${name}-${key}`);
  if (existsSync(out)) return out;
  const tmp = `${out}.${process.pid}.tmp`;
  const env = { PATH: `${path.dirname(REAL_GO)}:/usr/bin:/bin`, HOME: process.env.HOME, GOTOOLCHAIN: 'local', GOFLAGS: '-modcacherw', GO111MODULE: 'off', ...(process.env.GOCACHE ? { GOCACHE: process.env.GOCACHE } : {}) };
  const r = await execFile(REAL_GO, ['build', '-o', tmp, 'main.go'], { cwd: path.join(SRC, name), env, timeoutMs: 600_000 });
  if (r.code !== 0) throw new Error(`go build ${name}: ${r.error ?? r.stderr}`);
  renameSync(tmp, out); // atomic: parallel test files may build the same program
  return out;
}

const built = new Map<string, Promise<Record<Program, string>>>();

/**
 * Absolute paths of the built fixture programs (cached under .cache/hang-fixtures).
 * Each test file passes its own tag and gets hard links of its own, so the orphan
 * checks (processes running this path) never see another file's programs.
 */
export function goPrograms(tag: string): Promise<Record<Program, string>> {
  let p = built.get(tag);
  if (!p) {
    p = (async () => {
      const cacheRoot = path.resolve('.cache/hang-fixtures');
      mkdirSync(cacheRoot, { recursive: true });
      const paths = await Promise.all(PROGRAMS.map((prog) => buildOne(prog, cacheRoot)));
      return Object.fromEntries(PROGRAMS.map((prog, i) => [prog, linked(paths[i]!, tag)])) as Record<Program, string>;
    })();
    built.set(tag, p);
  }
  return p;
}

function linked(exe: string, tag: string): string {
  const out = `${exe}.${tag}`;
  if (!existsSync(out)) {
    const tmp = `${out}.${process.pid}.tmp`;
    linkSync(exe, tmp);
    renameSync(tmp, out);
  }
  return out;
}

/** Pids of live processes running this executable (for orphan checks). */
export function pidsRunning(exe: string): number[] {
  const out: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      if (/\) Z /.test(stat)) continue;
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8').split('\0')[0];
      if (cmd === exe) out.push(Number(d));
    } catch { /* gone */ }
  }
  return out;
}
