// Spawn the built CLI like a user would, with a crafted environment.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync, symlinkSync, writeFileSync, chmodSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CLI = join(process.cwd(), 'dist', 'godiag.js');
export const REAL_GO = '/usr/local/go/bin/go';
export const DEBIAN_GO = '/usr/lib/go-1.19/bin/go';

export interface CliRun { code: number | null; stdout: string; stderr: string; ms: number }

export async function runCli(args: string[], opts: { env: Record<string, string>; cwd?: string; timeoutMs?: number }): Promise<CliRun> {
  const run = await runProgram(process.execPath, [CLI, ...args], opts);
  if (process.env.GODIAG_PROBE_EQUIVALENCE === '1') await sameThroughProbe(args, opts, run);
  return run;
}

/**
 * GODIAG_PROBE_EQUIVALENCE=1 (npm run test:probe-equivalence): every `doctor --format json` a test
 * runs on its crafted HOME is run again through the probe (--on local-probe, the code path of a
 * remote target), and must find the same, id for id and word for word.
 */
async function sameThroughProbe(args: string[], opts: { env: Record<string, string>; cwd?: string; timeoutMs?: number }, run: CliRun): Promise<void> {
  const json = args.includes('json') && (args.includes('--format') || args.includes('-f'));
  if (args[0] !== 'doctor' || !json || args.some((a) => ['--on', '--via', '--runtime', '--verify-toolchain', '--help'].includes(a)) || !run.stdout.startsWith('{')) return;
  const cwd = opts.cwd ?? opts.env.HOME!;
  const withCwd = args.includes('--cwd') ? args : [...args, '--cwd', cwd];
  const probed = await runProgram(process.execPath, [CLI, ...withCwd, '--on', 'local-probe'], { ...opts, timeoutMs: (opts.timeoutMs ?? 60_000) * 2 });
  const shown = (out: string) => ((JSON.parse(out || '{}') as { findings?: Array<{ ruleId: string; message: string; severity: string }> }).findings ?? []).map((f) => `${f.severity} ${f.ruleId} ${f.message.replace(/\b\d+ ms\b/g, 'N ms').replace(/\bpid \d+/g, 'pid N')}`); // times and pids differ run to run
  const a = shown(run.stdout), b = shown(probed.stdout);
  const onlyLocal = a.filter((x) => !b.includes(x)), onlyProbe = b.filter((x) => !a.includes(x));
  if (onlyLocal.length || onlyProbe.length || run.code !== probed.code) {
    throw new Error(`doctor ${args.join(' ')} differs through the probe (exit ${run.code} vs ${probed.code}):\n  only in-process: ${onlyLocal.join('\n    ') || '-'}\n  only probed: ${onlyProbe.join('\n    ') || '-'}\n  probe stderr: ${probed.stderr.slice(0, 500)}`);
  }
}

/** Any program (the CLI under setpriv, node with a preload ...), captured like runCli. */
export function runProgram(file: string, args: string[], opts: { env: Record<string, string>; cwd?: string; timeoutMs?: number }): Promise<CliRun> {
  const start = Date.now();
  return new Promise((resolve) => {
    const child = spawn(file, args, { env: opts.env, cwd: opts.cwd ?? opts.env.HOME, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b) => (stdout += b));
    child.stderr.on('data', (b) => (stderr += b));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - start });
    });
  });
}

/** A scratch machine layout: HOME, a bin dir for PATH, a project dir. Remove with cleanup(). */
export class Sandbox {
  readonly root = mkdtempSync(join(tmpdir(), 'godiag-e2e-'));
  readonly home = join(this.root, 'home');
  readonly project = join(this.root, 'project');
  constructor() {
    mkdirSync(this.home, { recursive: true });
    mkdirSync(this.project, { recursive: true });
  }
  /** A directory on PATH holding a symlink named go to target. */
  binWithGo(name: string, target: string): string {
    const dir = join(this.root, name);
    mkdirSync(dir, { recursive: true });
    symlinkSync(target, join(dir, 'go'));
    return dir;
  }
  /** A directory with a fake `go` script (to simulate hung, lying or broken toolchains). */
  binWithScript(name: string, script: string): string {
    const dir = join(this.root, name);
    mkdirSync(dir, { recursive: true });
    const f = join(dir, 'go');
    writeFileSync(f, script);
    chmodSync(f, 0o755);
    return dir;
  }
  file(rel: string, text: string | Buffer): string {
    const f = join(this.root, rel);
    mkdirSync(join(f, '..'), { recursive: true });
    writeFileSync(f, text);
    return f;
  }
  env(pathDirs: string[], extra: Record<string, string> = {}): Record<string, string> {
    return { PATH: [...pathDirs, '/usr/bin', '/bin'].join(':'), HOME: this.home, NO_COLOR: '1', ...extra };
  }
  cleanup() {
    // A go command's telemetry child may still be writing under HOME: retry.
    rmSync(this.root, { recursive: true, force: true, maxRetries: 10 });
  }
}

/** Kill the processes whose pids a fake program appended to pidFile (setsid'd grandchildren a test started). */
export function killRecordedPids(pidFile: string) {
  if (!existsSync(pidFile)) return;
  for (const pid of readFileSync(pidFile, 'utf8').split('\n').filter(Boolean)) {
    try { process.kill(Number(pid), 'SIGKILL'); } catch { /* gone */ }
  }
}
