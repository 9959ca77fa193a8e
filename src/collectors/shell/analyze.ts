// Static shell startup analysis: for every shell and context, which files are read, what they
// set, which go comes first on PATH — each value with the file:line that set it.
import * as path from 'node:path';
import type { Host } from '../host.js';
import type { ShellsFacts, ShellContextFacts, ShellFile, Origin } from '../../facts/schema/shells.js';
import { EvalState, EventSink, FileCache, Stop, runFile, type PathEntryState } from './evaluate.js';
import { SHELLS, SHELL_CONTEXTS, SSH_COMMAND, DIALECT, startupSteps, shellArgv, SOURCES, type ShellName, type ShellContext, type Dialect } from '../../knowledge/shell-startup.js';
import { parseEtcEnvironment, parseEnvironmentD, parsePathsFile, parseFishVariables } from '../../analyzers/shell/env-files.js';
import { isGoVar } from '../../knowledge/go-vars.js';
import { syntaxCheckerError } from './sh-validate.js';

/** Where each shell is usually installed; the host's PATH is searched first. */
const SHELL_BINARIES: Record<ShellName, string[]> = {
  bash: ['bash'], sh: ['sh'], zsh: ['zsh'], fish: ['fish'], busybox: ['busybox'],
};
const STD_DIRS = ['/usr/local/bin', '/usr/bin', '/bin', '/opt/homebrew/bin', '/usr/local/sbin'];

/** Debian login.defs ENV_PATH for ordinary users, used when nothing else sets PATH. */
export const DEFAULT_LOGIN_PATH = '/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games';
/** systemd's built-in PATH for the user manager (man:systemd.exec(5), merged /usr). */
const SYSTEMD_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin';
/** cron(8) sets PATH=/usr/bin:/bin for jobs (man:crontab(5)). */
const CRON_PATH = '/usr/bin:/bin';
const MAC_LAUNCHD_PATH = '/usr/bin:/bin:/usr/sbin:/sbin';

export interface AnalyzeOptions {
  /** Restrict to these shells (tests); default all. */
  shells?: readonly ShellName[];
}

/** Variables a session carries into every shell (the rest of the caller's environment is not assumed). */
export const BASE_ENV_KEYS = ['USER', 'LOGNAME', 'SHELL', 'LANG', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'ZDOTDIR', 'BASH_ENV', 'ENV'] as const;

interface Base {
  vars: Map<string, { value: string; origin: Origin | null }>;
  path: PathEntryState[];
}

/**
 * What every shell and session context gets from its startup files. The files are evaluated as
 * if they parse while mvdan/sh's checks (a WASM runtime that takes tens of milliseconds to start)
 * run; only when one does not parse (rare) is the evaluation run again, stopping at the error as
 * the shell does.
 */
export async function analyzeShells(host: Host, opts: AnalyzeOptions = {}): Promise<Omit<ShellsFacts, 'dynamic'>> {
  return (await analyzeShellsOnce(host, opts, true)) ?? (await analyzeShellsOnce(host, opts, false))!;
}

/** Null when optimistic and a file turned out not to parse. */
async function analyzeShellsOnce(host: Host, opts: AnalyzeOptions, optimistic: boolean): Promise<Omit<ShellsFacts, 'dynamic'> | null> {
  const homeEnv = host.env.HOME;
  if (!homeEnv || !homeEnv.startsWith('/')) throw new Error('HOME is not set to an absolute path; startup files cannot be located');
  const home: string = homeEnv;
  const platform = host.platform;
  const cache = new FileCache(host, optimistic);
  const sink = new EventSink();
  const installed = await findShells(host, opts.shells ?? SHELLS);
  const loginShell = await findLoginShell(host, home);

  const etcEnv = await readLines(host, '/etc/environment', parseEtcEnvironment);
  const pathHelper = platform === 'darwin' ? await pathHelperDirs(host) : [];
  const fishVarsFile = `${host.env.XDG_CONFIG_HOME || `${home}/.config`}/fish/fish_variables`;
  const fishVarsText = await host.readText(fishVarsFile, 1024 * 1024);
  const fishUniversal = fishVarsText ? parseFishVariables(fishVarsText).map((u) => ({ ...u, file: fishVarsFile })) : [];

  const loginBase = (): Base => {
    const b: Base = { vars: new Map(), path: [] };
    for (const k of BASE_ENV_KEYS) {
      const v = host.env[k];
      if (v !== undefined) b.vars.set(k, { value: v, origin: null });
    }
    b.vars.set('HOME', { value: home, origin: null });
    const envPath = etcEnv?.lines.find((l) => l.key === 'PATH');
    // macOS: launchd's PATH; /etc/profile and /etc/zprofile then run path_helper (modelled there).
    b.path = envPath
      ? envPath.value.split(':').map((dir) => ({ dir, origin: { file: '/etc/environment', line: envPath.line } }))
      : (platform === 'darwin' ? MAC_LAUNCHD_PATH : DEFAULT_LOGIN_PATH).split(':').map((dir) => ({ dir, origin: null }));
    for (const l of etcEnv?.lines ?? []) if (l.key !== 'PATH') b.vars.set(l.key, { value: l.value, origin: { file: '/etc/environment', line: l.line } });
    return b;
  };

  const contexts: ShellContextFacts[] = [];
  const userFiles = await userStartupFiles(host, home);
  // Read and check the known startup files concurrently up front; the walks below reuse them.
  await Promise.all((opts.shells ?? SHELLS).flatMap((shell) => SHELL_CONTEXTS.flatMap((ctx) => startupSteps(shell, ctx, platform)
    .filter((s) => s.file && !s.file.startsWith('$'))
    .map((s) => cache.get(resolveHome(s.file, home), DIALECT[shell])))));
  for (const shell of opts.shells ?? SHELLS) {
    const bin = installed.find((s) => s.name === shell);
    // Shells that are neither installed nor configured add nothing but noise.
    if (!bin && !userFiles.some((f) => f.shell === shell)) continue;
    for (const ctx of shell === 'bash' ? [...SHELL_CONTEXTS, SSH_COMMAND] : SHELL_CONTEXTS) {
      contexts.push(await shellContext(shell, ctx, bin?.path ?? shell, !!bin));
    }
  }
  contexts.push(await sessionContext('cron'), await sessionContext('systemd-user'), await sessionContext('gui'));

  // Startup files no context reads (a shadowed ~/.profile, a zsh file when only bash runs):
  // still scanned so rules can say "this line never runs".
  const read = new Set(contexts.flatMap((c) => c.files.map((f) => f.path)));
  // Files an unfollowed loader may source are scanned too, so their Go lines are visible.
  const candidates = sink.list().flatMap((e) => (e.candidates ?? []).map((p) => ({ path: p, shell: (p.endsWith('.fish') ? 'fish' : p.endsWith('.zsh') ? 'zsh' : 'bash') as ShellName })));
  for (const f of [...userFiles, ...candidates.filter((c) => !userFiles.some((u) => u.path === c.path))]) {
    if (read.has(f.path) || !(await host.stat(f.path))?.isFile) continue;
    const st = new EvalState({ contextId: null, dialect: DIALECT[f.shell], interactive: true, login: true, home, follow: false }, cache, sink);
    seed(st, loginBase());
    await scanFile(st, f.path);
  }

  const parsed = await cache.all();
  if (optimistic) {
    const checks = await Promise.all(parsed.map((p) => p.syntaxCheck));
    if (checks.some((c) => c && !c.advisory)) return null;
    parsed.forEach((p, i) => { p.syntaxError = checks[i] ?? null; });
  }
  const files: ShellFile[] = parsed.filter((p) => p.exists).map((p) => ({
    path: p.path, dialect: p.dialect, exists: p.exists, size: p.size, truncated: p.truncated, binary: p.binary,
    ...(p.unusable ? { problem: p.unusable } : {}),
    syntaxError: p.syntaxError, readBy: contexts.filter((c) => c.files.some((f) => f.path === p.path)).map((c) => c.id),
  }));
  if (etcEnv) files.push({ path: '/etc/environment', dialect: 'env-file', exists: true, size: etcEnv.size, truncated: false, binary: false, syntaxError: null, readBy: contexts.filter((c) => c.files.some((f) => f.path === '/etc/environment')).map((c) => c.id) });

  const events = sink.list();
  const gorootValues = new Set([...events.filter((e) => e.name === 'GOROOT' && e.kind === 'set' && e.known && e.value).map((e) => e.value!), ...contexts.flatMap((c) => (c.vars.GOROOT?.known ? [c.vars.GOROOT.value] : []))]);
  const goroots = await Promise.all([...gorootValues].map(async (p) => {
    const stat = await host.stat(p);
    const text = stat?.isDir ? await host.readText(path.posix.join(p, 'VERSION'), 4096) : null;
    return { path: p, exists: !!stat?.isDir, version: text ? (/^(go[\w.]+)/.exec(text.trim())?.[1] ?? null) : null };
  }));
  const syntaxCheckError = files.some((f) => f.dialect !== 'fish' && f.dialect !== 'env-file' && f.dialect !== 'paths') ? await syntaxCheckerError() : null;
  return { home, platform, loginShell, installed, files, events, contexts, fishUniversal, goroots, syntaxCheckError };

  async function shellContext(shell: ShellName, ctx: ShellContext, bin: string, isInstalled: boolean): Promise<ShellContextFacts> {
    const dialect = DIALECT[shell];
    const id = `${shell}:${ctx}`;
    const interactive = ctx === 'login' || ctx === 'interactive';
    const st = new EvalState({ contextId: id, dialect, interactive, login: ctx === 'login' || ctx === 'login-noninteractive', home, follow: true, pathHelper }, cache, sink);
    const base = loginBase();
    seed(st, base);
    if (etcEnv) st.filesRead.push({ path: '/etc/environment', why: `pam_env sets the session environment from /etc/environment (${SOURCES.pamEnv})` });
    setShellVars(st, shell, ctx);
    if (shell === 'fish') applyFishUniversal(st);
    const steps = startupSteps(shell, ctx, platform);
    const doneGroups = new Set<string>();
    try {
      for (const step of steps) {
        if (step.group && doneGroups.has(step.group)) continue;
        if (step.fromVar) {
          const f = st.get(step.fromVar);
          if (step.fromVar === 'ENV' && !interactive) continue;
          if (f) await runFile(st, resolveHome(f, home), step.why);
          continue;
        }
        if (step.dirGlob) {
          if (steps.findIndex((s) => s.dirGlob) !== steps.indexOf(step)) continue;
          for (const f of await fishConfD(host, home, steps.filter((s) => s.dirGlob).map((s) => s.dirGlob!))) await runFile(st, f, step.why);
          continue;
        }
        const file = step.file.startsWith('$ZDOTDIR/') ? path.posix.join(st.get('ZDOTDIR') || home, step.file.slice(9)) : resolveHome(step.file, home);
        const r = await runFile(st, file, step.why);
        if (r === 'read' && step.group) doneGroups.add(step.group);
      }
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
      if (e.kind === 'exit') st.notes.push('the startup files call exit: the shell ends there');
    }
    const command = ctx === SSH_COMMAND ? "ssh HOST 'command -v go'" : shellArgv(shell, ctx, bin, 'command -v go').map((a) => (/\s/.test(a) ? `'${a}'` : a)).join(' ');
    return finish(st, id, shell, ctx, command, isInstalled);
  }

  async function sessionContext(ctx: 'cron' | 'systemd-user' | 'gui'): Promise<ShellContextFacts> {
    const st = new EvalState({ contextId: ctx, dialect: 'sh', interactive: false, login: false, home, follow: true }, cache, sink);
    const notes: string[] = [];
    const base = loginBase();
    if (ctx === 'cron') {
      base.path = CRON_PATH.split(':').map((dir) => ({ dir, origin: null }));
      notes.push(`cron runs jobs with /bin/sh -c and PATH=${CRON_PATH} unless the crontab sets PATH= (${SOURCES.crontab}); no startup file is read`);
      const pam = await host.readText('/etc/pam.d/cron');
      if (!pam || !/pam_env/.test(pam)) { base.vars = new Map([...base.vars].filter(([, v]) => v.origin === null)); }
      else if (etcEnv) st.filesRead.push({ path: '/etc/environment', why: 'cron applies pam_env (/etc/pam.d/cron)' });
    } else if (platform === 'darwin') {
      base.path = MAC_LAUNCHD_PATH.split(':').map((dir) => ({ dir, origin: null }));
      base.vars = new Map([...base.vars].filter(([, v]) => v.origin === null));
      notes.push('apps started from Finder, the Dock or launchd get launchd\'s environment: no shell startup file is read');
    } else {
      base.path = SYSTEMD_PATH.split(':').map((dir) => ({ dir, origin: null }));
      if (etcEnv) st.filesRead.push({ path: '/etc/environment', why: `the user session applies pam_env (${SOURCES.pamEnv})` });
      notes.push(`the systemd user manager takes its environment from environment.d files, not from shell startup files (${SOURCES.environmentD})`);
      if (ctx === 'gui') notes.push('desktop sessions started by systemd use the same environment; some X11 display managers also source ~/.profile (distribution-specific, not assumed here)');
    }
    seed(st, base);
    if (ctx !== 'cron' && platform !== 'darwin') await applyEnvironmentD(st);
    st.notes.push(...notes);
    return finish(st, ctx, ctx, ctx, ctx === 'cron' ? `env -i HOME=${home} PATH=${CRON_PATH} /bin/sh -c 'command -v go'` : 'systemctl --user show-environment', true);
  }

  async function applyEnvironmentD(st: EvalState) {
    const dirs = ['/usr/lib/environment.d', '/etc/environment.d', `${host.env.XDG_CONFIG_HOME || `${home}/.config`}/environment.d`];
    const byName = new Map<string, string>();
    for (const dir of dirs) for (const n of (await host.readdir(dir)) ?? []) if (n.endsWith('.conf')) byName.set(n, `${dir}/${n}`);
    for (const name of [...byName.keys()].sort()) {
      const file = byName.get(name)!;
      const text = await host.readText(file, 256 * 1024);
      if (text === null) continue;
      st.filesRead.push({ path: file, why: `environment.d file, read in file-name order (${SOURCES.environmentD})` });
      const env = new Map<string, string>([...st.vars].map(([k, v]) => [k, v.value]));
      env.set('PATH', st.get('PATH') ?? '');
      for (const l of parseEnvironmentD(text, env)) {
        const o = { file, line: l.line };
        if (l.key === 'PATH') {
          const old = new Map(st.path.map((e) => [e.dir, e]));
          st.path = l.value.split(':').map((dir) => old.get(dir) ?? { dir, origin: o });
          sink.add({ file, line: l.line, kind: 'path', name: 'PATH', op: 'set', dirs: l.value.split(':').filter((d) => !old.has(d)), value: l.value, text: `${l.key}=${l.value}`, known: true, exported: true, conditional: false }, st.opts.contextId);
        } else {
          st.vars.set(l.key, { value: l.value, known: true, exported: true, origin: o });
          if (isGoVar(l.key)) sink.add({ file, line: l.line, kind: 'set', name: l.key, value: l.value, text: `${l.key}=${l.value}`, known: true, exported: true, conditional: false }, st.opts.contextId);
        }
      }
    }
  }

  function applyFishUniversal(st: EvalState) {
    for (const u of fishUniversal) {
      const o = { file: fishVarsFile, line: u.line };
      if (u.name === 'fish_user_paths') {
        // share/config.fish prepends fish_user_paths to PATH at startup.
        st.path = [...u.value.split(' ').filter(Boolean).map((dir) => ({ dir, origin: o })), ...st.path];
      } else {
        st.vars.set(u.name, { value: u.value, known: true, exported: u.exported, origin: o });
      }
    }
  }

  async function finish(st: EvalState, id: string, shell: string, ctx: string, command: string, isInstalled: boolean): Promise<ShellContextFacts> {
    const vars: ShellContextFacts['vars'] = {};
    for (const [k, v] of st.vars) if (isGoVar(k)) vars[k] = { value: v.value, known: v.known, exported: v.exported, origin: v.origin };
    return {
      id, shell, context: ctx, command, installed: isInstalled, files: st.filesRead, vars,
      path: st.path.map((e) => ({ dir: e.dir, origin: e.origin })),
      gos: await gosOnPath(host, st.path), notes: [...new Set(st.notes)],
    };
  }
}

/** Read one startup file on its own (no context, `source` not followed): what it sets, line by line. */
export async function scanStartupFile(host: Host, file: string, dialect: Dialect, opts: { interactive?: boolean } = {}) {
  const home = host.env.HOME ?? '/nonexistent';
  const cache = new FileCache(host);
  const sink = new EventSink();
  const st = new EvalState({ contextId: 'scan', dialect, interactive: opts.interactive ?? true, login: true, home, follow: false }, cache, sink);
  for (const k of ['HOME', 'USER', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME']) {
    const v = host.env[k];
    if (v !== undefined) st.vars.set(k, { value: v, known: true, exported: true, origin: null });
  }
  st.path = DEFAULT_LOGIN_PATH.split(':').map((dir) => ({ dir, origin: null }));
  await scanFile(st, file);
  const [parsed] = await cache.all();
  return { events: sink.list(), state: st, file: parsed! };
}

/** Walk a file no context reads: an `exit` in it, or the walk's budget, ends only this scan. */
async function scanFile(st: EvalState, file: string): Promise<void> {
  try {
    await runFile(st, file, 'scan');
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
}

function seed(st: EvalState, base: Base) {
  for (const [k, v] of base.vars) st.vars.set(k, { value: v.value, known: true, exported: true, origin: v.origin });
  st.path = [...base.path];
}

/** Variables each shell sets itself, which startup files test ($-, PS1, BASH_VERSION ...). */
function setShellVars(st: EvalState, shell: ShellName, ctx: ShellContext) {
  const set = (k: string, v: string) => st.vars.set(k, { value: v, known: true, exported: false, origin: null });
  const interactive = ctx === 'login' || ctx === 'interactive';
  set('-', interactive ? 'himBH' : ctx === 'login-noninteractive' ? 'hlBc' : 'hBc');
  if (interactive) set('PS1', '\\s-\\v\\$ ');
  // A shell started from a session increments SHLVL to 1 (bash, zsh, fish; dash leaves it).
  if (shell !== 'sh' && shell !== 'busybox') set('SHLVL', '1');
  // The machine the files run on (dotfiles are shared between macOS and Linux): undecided.
  const machine = (k: string) => st.vars.set(k, { value: '', known: false, exported: false, origin: null });
  if (shell === 'bash' || shell === 'zsh') for (const k of ['OSTYPE', 'MACHTYPE', 'HOSTTYPE', 'HOSTNAME']) machine(k);
  if (shell === 'zsh') for (const k of ['CPUTYPE', 'VENDOR']) machine(k);
  if (shell === 'bash') set('BASH_VERSION', '5');
  if (shell === 'zsh') set('ZSH_VERSION', '5');
  if (shell === 'fish') set('FISH_VERSION', '3');
  if (shell === 'bash') set('BASH', '/bin/bash');
}

function resolveHome(p: string, home: string): string {
  if (p === '~') return home;
  if (p.startsWith('~/')) return path.posix.join(home, p.slice(2));
  return p;
}

async function readLines<T>(host: Host, file: string, parse: (t: string) => T[]): Promise<{ lines: T[]; size: number } | null> {
  const text = await host.readText(file, 256 * 1024);
  return text === null ? null : { lines: parse(text), size: Buffer.byteLength(text) };
}

/** macOS path_helper: /etc/paths lines, then each /etc/paths.d file in name order. */
async function pathHelperDirs(host: Host): Promise<PathEntryState[]> {
  const out: PathEntryState[] = [];
  const files = ['/etc/paths', ...((await host.readdir('/etc/paths.d')) ?? []).sort().map((n) => `/etc/paths.d/${n}`)];
  for (const file of files) {
    const text = await host.readText(file, 64 * 1024);
    if (text === null) continue;
    for (const l of parsePathsFile(text)) if (!out.some((e) => e.dir === l.value)) out.push({ dir: l.value, origin: { file, line: l.line } });
  }
  return out;
}

async function fishConfD(host: Host, home: string, globs: string[]): Promise<string[]> {
  const byName = new Map<string, string>();
  for (const g of globs) {
    const dir = path.posix.dirname(resolveHome(g, home));
    for (const n of (await host.readdir(dir)) ?? []) if (n.endsWith('.fish') && !byName.has(n)) byName.set(n, `${dir}/${n}`);
  }
  return [...byName.keys()].sort().map((n) => byName.get(n)!);
}

async function findShells(host: Host, which: readonly ShellName[]) {
  const dirs = [...(host.env.PATH ?? '').split(':').filter((d) => d.startsWith('/')), ...STD_DIRS];
  const out: { name: ShellName; path: string }[] = [];
  for (const name of which) {
    for (const bin of SHELL_BINARIES[name]) {
      const hit = name === 'sh' ? ((await host.isExecutable('/bin/sh')) ? '/bin/sh' : null) : await firstExecutable(host, dirs, bin);
      if (hit) { out.push({ name, path: hit }); break; }
    }
  }
  return out;
}

async function firstExecutable(host: Host, dirs: string[], name: string): Promise<string | null> {
  for (const d of dirs) if (await host.isExecutable(`${d}/${name}`)) return `${d}/${name}`;
  return null;
}

async function findLoginShell(host: Host, home: string): Promise<ShellsFacts['loginShell']> {
  const user = host.env.USER ?? host.env.LOGNAME;
  const passwd = await host.readText('/etc/passwd', 4 * 1024 * 1024);
  if (passwd) {
    for (const line of passwd.split('\n')) {
      const f = line.split(':');
      if (f.length >= 7 && ((user && f[0] === user) || (!user && f[5] === home))) {
        return { path: f[6]!, name: shellName(f[6]!), from: '/etc/passwd' };
      }
    }
  }
  const sh = host.env.SHELL;
  return sh ? { path: sh, name: shellName(sh), from: '$SHELL' } : null;
}

export function shellName(p: string): string {
  const b = path.posix.basename(p);
  return b === 'dash' ? 'sh' : b;
}

/** Candidate user startup files, per shell, for the file-only scan. */
async function userStartupFiles(host: Host, home: string): Promise<{ path: string; shell: ShellName }[]> {
  const cfg = host.env.XDG_CONFIG_HOME || `${home}/.config`;
  const zd = host.env.ZDOTDIR || home;
  const list: { path: string; shell: ShellName }[] = [
    ...['.bash_profile', '.bash_login', '.bashrc'].map((f) => ({ path: `${home}/${f}`, shell: 'bash' as const })),
    { path: `${home}/.profile`, shell: 'sh' },
    ...['.zshenv', '.zprofile', '.zshrc', '.zlogin'].map((f) => ({ path: `${zd}/${f}`, shell: 'zsh' as const })),
    { path: `${cfg}/fish/config.fish`, shell: 'fish' },
  ];
  for (const n of (await host.readdir(`${cfg}/fish/conf.d`)) ?? []) if (n.endsWith('.fish')) list.push({ path: `${cfg}/fish/conf.d/${n}`, shell: 'fish' });
  const out: { path: string; shell: ShellName }[] = [];
  for (const f of list) if ((await host.stat(f.path))?.isFile) out.push(f);
  return out;
}

/** Every go on PATH in order, with the Go version read from GOROOT/VERSION (nothing is run). */
export async function gosOnPath(host: Host, entries: PathEntryState[]): Promise<ShellContextFacts['gos']> {
  const out: ShellContextFacts['gos'] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    if (!e.dir.startsWith('/') || seen.has(e.dir)) continue;
    seen.add(e.dir);
    const p = path.posix.join(e.dir, 'go');
    if (!(await host.isExecutable(p))) continue;
    const real = await host.realpath(p);
    let version: string | null = null;
    if (real) {
      const text = await host.readText(path.posix.join(path.posix.dirname(path.posix.dirname(real)), 'VERSION'), 4096);
      const m = text ? /^(go\d+(?:\.\d+)*(?:(?:rc|beta)\d+)?)/.exec(text.trim()) : null;
      version = m ? m[1]! : null;
    }
    out.push({ path: p, dir: e.dir, realPath: real, version, origin: e.origin });
  }
  return out;
}

export type { Dialect };
