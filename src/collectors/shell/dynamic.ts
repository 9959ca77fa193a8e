// Dynamic verification (--run-shells): really start each shell in each mode and capture what
// it ends up with. This executes the user's startup files, so it only runs when asked, with
// stdin at /dev/null, no TTY, a timeout, an output cap and a process-group kill (exec.ts).
import { randomBytes } from 'node:crypto';
import type { Host } from '../host.js';
import type { DynamicRun, ShellsFacts } from '../../facts/schema/shells.js';
import { shellArgv, SHELL_CONTEXTS, SSH_COMMAND, type ShellName, type ShellContext } from '../../knowledge/shell-startup.js';
import { isGoVar } from '../../knowledge/go-vars.js';
import { parseEtcEnvironment } from '../../analyzers/shell/env-files.js';
import { BASE_ENV_KEYS, DEFAULT_LOGIN_PATH } from './analyze.js';
import { splitPathList } from '../../knowledge/path-list.js';

export const DYNAMIC_TIMEOUT_MS = 5000;
export const DYNAMIC_MAX_BYTES = 4 * 1024 * 1024;

export async function runShells(host: Host, facts: Pick<ShellsFacts, 'installed' | 'contexts' | 'home'>, timeoutMs = DYNAMIC_TIMEOUT_MS, progress?: (step: string) => void): Promise<DynamicRun[]> {
  const jobs: (() => Promise<DynamicRun>)[] = [];
  const ids: string[] = [];
  for (const sh of facts.installed) {
    for (const ctx of sh.name === 'bash' ? [...SHELL_CONTEXTS, SSH_COMMAND] : SHELL_CONTEXTS) {
      const id = `${sh.name}:${ctx}`;
      const start = facts.contexts.find((c) => c.id === id);
      if (!start) continue;
      jobs.push(() => runOne(host, id, sh.name as ShellName, ctx, sh.path, facts.home, timeoutMs));
      ids.push(id);
    }
  }
  // A few at a time: each run may take the whole timeout.
  const out: DynamicRun[] = [];
  for (let i = 0; i < jobs.length; i += 4) {
    progress?.(`running ${ids.slice(i, i + 4).join(', ')} (${i} of ${jobs.length} done)`);
    out.push(...(await Promise.all(jobs.slice(i, i + 4).map((j) => j()))));
  }
  progress?.('asking systemd --user for its environment');
  const systemd = await systemdUserEnv(host, timeoutMs);
  if (systemd) out.push(systemd);
  return out;
}

/** The systemd user manager's real environment, when there is one (nothing runs a startup file). */
async function systemdUserEnv(host: Host, timeoutMs: number): Promise<DynamicRun | null> {
  let bin: string | null = null;
  for (const p of ['/usr/bin/systemctl', '/bin/systemctl']) if (await host.isExecutable(p)) { bin = p; break; }
  if (!bin) return null;
  const argv = [bin, '--user', 'show-environment'];
  const r = await host.run(bin, argv.slice(1), { env: { ...host.env }, timeoutMs, maxBytes: DYNAMIC_MAX_BYTES });
  // No user manager (containers, ssh without lingering): nothing to compare, not a problem.
  if (!r.ok || r.code !== 0) return null;
  const env: Record<string, string> = {};
  for (const line of r.stdout.split('\n')) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (m && (isGoVar(m[1]!) || m[1] === 'PATH')) env[m[1]!] = m[2]!.replace(/^\$?'(.*)'$/, '$1');
  }
  let goPath: string | null = null;
  for (const dir of splitPathList(env.PATH, host.platform)) if (dir.startsWith('/') && (await host.isExecutable(`${dir}/go`))) { goPath = `${dir}/go`; break; }
  return { id: 'systemd-user', argv, ok: true, timedOut: false, truncated: r.truncated, exitCode: r.code, error: null, ms: r.ms, env, goPath, stderrTail: '' };
}

/** The environment a fresh session starts with: what the static model starts from too. */
export async function startEnv(host: Host, home: string): Promise<Record<string, string | undefined>> {
  const env: Record<string, string | undefined> = { TERM: 'dumb', PATH: DEFAULT_LOGIN_PATH };
  for (const k of BASE_ENV_KEYS) if (host.env[k] !== undefined) env[k] = host.env[k];
  env.HOME = home;
  // pam_env: the static model starts from the same /etc/environment.
  for (const l of parseEtcEnvironment((await host.readText('/etc/environment', 256 * 1024)) ?? '')) env[l.key] = l.value;
  return env;
}

async function runOne(host: Host, id: string, shell: ShellName, ctx: ShellContext, bin: string, home: string, timeoutMs: number): Promise<DynamicRun> {
  const nonce = randomBytes(6).toString('hex');
  const begin = `__godiag_${nonce}_env__`;
  const goMark = `__godiag_${nonce}_go__`;
  const end = `__godiag_${nonce}_end__`;
  // The same text works in POSIX shells and fish.
  const script = `echo ${begin}; env; echo ${goMark}; command -v go; echo ${end}`;
  const argv = shellArgv(shell, ctx, bin, script);
  const startWith = await startEnv(host, home);
  // What sshd hands the command's shell: bash then reads ~/.bashrc (SSH_SOURCE_BASHRC builds).
  if (ctx === SSH_COMMAND) Object.assign(startWith, { SSH_CLIENT: '127.0.0.1 22222 22', SSH_CONNECTION: '127.0.0.1 22222 127.0.0.1 22', SHLVL: '0' });
  const r = await host.run(argv[0]!, argv.slice(1), { env: startWith, cwd: home, timeoutMs, maxBytes: DYNAMIC_MAX_BYTES });
  const base = { id, argv, ok: false, timedOut: r.timedOut, truncated: r.truncated, exitCode: r.code, ms: r.ms, stderrTail: r.stderr.slice(-400) };
  if (r.timedOut) return { ...base, error: `no result within ${timeoutMs} ms (a startup file waits or loops); the shell was killed`, env: null, goPath: null };
  const s = r.stdout;
  const b = s.indexOf(`${begin}\n`);
  const g = s.indexOf(`${goMark}\n`, b);
  const e = s.indexOf(end, g);
  if (b === -1 || g === -1 || e === -1) {
    const why = r.error ?? (r.truncated ? `startup output exceeded ${DYNAMIC_MAX_BYTES} bytes before the capture` : `the shell exited (code ${r.code}) before running the capture`);
    return { ...base, error: why, env: null, goPath: null };
  }
  const env: Record<string, string> = {};
  for (const line of s.slice(b + begin.length + 1, g).split('\n')) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (m && (isGoVar(m[1]!) || m[1] === 'PATH')) env[m[1]!] = m[2]!;
  }
  const goPath = s.slice(g + goMark.length + 1, e).trim().split('\n')[0] || null;
  return { ...base, ok: true, error: null, env, goPath };
}
