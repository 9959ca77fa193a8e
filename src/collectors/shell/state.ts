// What an evaluation carries: parsed files (read once, through the Host), variables and PATH
// entries with their origin, and the events sink shared by every context.
import type { Host, HostStat } from '../host.js';
import type { ShellEvent, Origin } from '../../facts/schema/shells.js';
import { parseSh, type ShNode } from '../../analyzers/shell/sh-parse.js';
import { parseFish } from '../../analyzers/shell/fish-parse.js';
import { validateShell, type SyntaxProblem } from './sh-validate.js';
import type { Dialect } from '../../knowledge/shell-startup.js';
import { compareText } from '../../facts/order.js';

/** Startup files are small; anything past this is not analysed (and reported). */
export const FILE_CAP_BYTES = 1024 * 1024;
export const MAX_SOURCE_DEPTH = 12;
export const MAX_STEPS = 200_000;
/** Past this many walks of one loop body (iterations times those of the enclosing loops), the
 * loop is walked once with its variable unknown, as for a list that cannot be expanded. */
export const MAX_LOOP_WEIGHT = 1_000;

export interface ParsedFile {
  path: string;
  dialect: Dialect;
  exists: boolean;
  size: number;
  truncated: boolean;
  binary: boolean;
  syntaxError: SyntaxProblem | null;
  /** The syntax check's own answer (syntaxError may not wait for it: see FileCache). */
  syntaxCheck: Promise<SyntaxProblem | null>;
  nodes: ShNode[];
  /** The text analysed (for look-ahead questions such as "does this file export NAME?"). */
  text: string;
  /** Present but not a readable regular file: what a shell starting with it runs into. */
  unusable?: string;
}

/**
 * Why a startup file that exists cannot be read as one. A FIFO blocks the shell until someone
 * writes to it; a device such as /dev/zero never ends; a file the user cannot read is skipped
 * by the shell with "Permission denied".
 */
export function unusableReason(st: HostStat): string | null {
  if (st.isFile) return null;
  if (st.isFIFO) return 'a FIFO (named pipe): a shell reading it waits until something writes to it';
  if (st.isDevice) return 'a device, not a file: a shell reading it may never reach its end (/dev/zero) or block';
  if (st.isSocket) return 'a socket: a shell cannot read it';
  if (st.isDir) return 'a directory';
  return 'not a regular file';
}

/** Whether the mode bits deny reading to this process (root reads anything). */
function permissionDenied(st: HostStat): boolean {
  const uid = process.getuid?.() ?? -1;
  if (uid === 0) return false;
  const bits = st.uid === uid ? 0o400 : (process.getgroups?.() ?? []).includes(st.gid) || st.gid === process.getgid?.() ? 0o040 : 0o004;
  return (st.mode & bits) === 0;
}

/**
 * Reads and parses each file once per analysis, through the Host (so recorded machines work).
 * An optimistic cache does not wait for syntax checks: files read as if they parse (syntaxError
 * null), and the caller awaits syntaxCheck afterwards, evaluating again should a file not parse.
 */
/** CPU time for the static walk of one context, and for all of one HOME's contexts together:
 * pathological startup files (loops nested hundreds deep, thousands of evals) stop with a note
 * instead of running for minutes, and one such context cannot starve the others. CPU time, not
 * wall time, so a busy machine does not cut a normal walk short. */
export const CONTEXT_BUDGET_MS = 1_500;
export const WALK_BUDGET_MS = 15_000;
/** The walk awaits host calls that often resolve at once; yielding now and then lets signals
 * (Ctrl-C, SIGTERM) and timers run. */
const YIELD_EVERY_MS = 50;
/** Steps between clock reads. */
const CHECK_EVERY = 64;

/** This process's CPU time (user + system) in milliseconds. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export class FileCache {
  private files = new Map<string, Promise<ParsedFile>>();
  /** CPU-time deadline shared by every context that reads through this cache. */
  readonly deadline = cpuMs() + WALK_BUDGET_MS;
  private lastYield = performance.now();
  private sinceCheck = 0;
  constructor(readonly host: Host, readonly optimistic = false) {}
  /** False once the CPU-time `deadline` has passed; otherwise yields to the event loop when it is due. */
  async tick(deadline: number): Promise<boolean> {
    if (++this.sinceCheck < CHECK_EVERY) return true;
    this.sinceCheck = 0;
    if (cpuMs() > deadline) return false;
    if (performance.now() - this.lastYield > YIELD_EVERY_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      this.lastYield = performance.now();
    }
    return true;
  }
  get(p: string, dialect: Dialect): Promise<ParsedFile> {
    const key = `${dialect}\0${p}`;
    let f = this.files.get(key);
    if (!f) { f = this.load(p, dialect); this.files.set(key, f); }
    return f;
  }
  all(): Promise<ParsedFile[]> { return Promise.all(this.files.values()); }
  private async load(p: string, dialect: Dialect): Promise<ParsedFile> {
    const st = await this.host.stat(p);
    const base = { path: p, dialect, exists: false, size: 0, truncated: false, binary: false, syntaxError: null, syntaxCheck: Promise.resolve(null), nodes: [], text: '' };
    if (!st) return base;
    const special = unusableReason(st);
    if (special) return { ...base, exists: true, size: st.size, unusable: special };
    const buf = await this.host.readBytes(p, FILE_CAP_BYTES);
    if (!buf) return { ...base, exists: true, size: st.size, unusable: this.host.kind === 'local' && permissionDenied(st) ? 'unreadable: permission denied' : 'unreadable' };
    const truncated = st.size > buf.length;
    // NUL bytes: not a shell script (shells refuse or misread binary files).
    if (buf.subarray(0, 8192).includes(0)) return { ...base, exists: true, size: st.size, truncated, binary: true };
    let text = buf.toString('utf8');
    if (truncated) text = text.slice(0, text.lastIndexOf('\n') + 1);
    // The check is asynchronous (WASM): parse meanwhile.
    const syntaxCheck = dialect === 'fish' ? Promise.resolve(null) : validateShell(text, dialect);
    const nodes = dialect === 'fish' ? parseFish(text) : parseSh(text);
    const syntaxError = this.optimistic ? null : await syntaxCheck;
    return { ...base, exists: true, size: st.size, truncated, syntaxError, syntaxCheck, nodes, text };
  }
}

export interface VarState {
  value: string;
  known: boolean;
  exported: boolean;
  origin: Origin | null;
}

export interface PathEntryState {
  dir: string;
  origin: Origin | null;
}

export interface RunOptions {
  contextId: string | null;
  dialect: Dialect;
  interactive: boolean;
  login: boolean;
  home: string;
  /** Follow `source`/`.`; false for the plain scan of a file no context reads. */
  follow: boolean;
  /** macOS path_helper's directories (/etc/paths, /etc/paths.d), for `eval $(path_helper -s)`. */
  pathHelper?: PathEntryState[];
}

/** Everything one context's evaluation produces. */
export class EvalState {
  vars = new Map<string, VarState>();
  path: PathEntryState[] = [];
  filesRead: { path: string; why: string }[] = [];
  notes: string[] = [];
  /** Functions defined so far: their body and the file that defined them (lines refer to it). */
  functions = new Map<string, { body: ShNode[]; file: string }>();
  positional: string[] = [];
  /** zsh `typeset -U path`: PATH keeps the first of duplicates. */
  uniquePath = false;
  /** Array variables (zsh `a=(…)`, bash `a=(…)`) as their elements. */
  arrays = new Map<string, string[]>();
  /** bash `shopt -s` options that change globbing (globstar, nullglob). */
  shopts = new Set<string>();
  /** Plugin managers whose entry point was sourced (their commands exist from then on). */
  managers = new Map<string, string>();
  /** zinit: the modifiers `zinit ice` set for the next command. */
  zinitIce: string[] = [];
  /** Loop variables whose values could not be determined: the files they may name. */
  loopCandidates = new Map<string, string[]>();
  steps = 0;
  /** Iterations the enclosing loops multiply a body by: nested loops must not make the walk exponential. */
  loopWeight = 1;
  /** This context's own time, within what is left of the HOME's. */
  deadline: number;
  constructor(readonly opts: RunOptions, readonly cache: FileCache, readonly sink: EventSink) {
    this.deadline = Math.min(cache.deadline, cpuMs() + CONTEXT_BUDGET_MS);
  }

  get(name: string): string | undefined {
    if (name === 'PATH') return this.path.map((e) => e.dir).join(':');
    return this.vars.get(name)?.value;
  }
  isKnown(name: string): boolean {
    return this.vars.get(name)?.known ?? true;
  }
  clone(): EvalState {
    const c = new EvalState(this.opts, this.cache, this.sink);
    c.deadline = this.deadline;
    c.vars = new Map(this.vars);
    c.path = [...this.path];
    c.functions = new Map(this.functions);
    c.uniquePath = this.uniquePath;
    c.arrays = new Map(this.arrays);
    c.shopts = new Set(this.shopts);
    c.managers = new Map(this.managers);
    return c;
  }
}

/** Collects events across contexts, keyed by file:line:kind:name, remembering who read each. */
export class EventSink {
  private map = new Map<string, ShellEvent>();
  add(e: Omit<ShellEvent, 'readBy'>, contextId: string | null) {
    const key = `${e.file}:${e.line}:${e.kind}:${e.name ?? ''}:${e.target ?? ''}`;
    let cur = this.map.get(key);
    if (!cur) { cur = { ...e, readBy: [] }; this.map.set(key, cur); }
    else if (!cur.known && e.known) Object.assign(cur, e, { readBy: cur.readBy, unsetIn: cur.unsetIn });
    if (contextId && !cur.readBy.includes(contextId)) cur.readBy.push(contextId);
    // A variable unset in one context may be set in another: keep where it was unset.
    if (e.unsetVars?.length) {
      cur.unsetVars = [...new Set([...(cur.unsetVars ?? []), ...e.unsetVars])];
      if (contextId) cur.unsetIn = [...new Set([...(cur.unsetIn ?? []), contextId])];
    }
  }
  list(): ShellEvent[] { return [...this.map.values()].sort((a, b) => compareText(a.file, b.file) || a.line - b.line); }
}

export type Tri = 'true' | 'false' | 'unknown';
/** The undecided conditions a command runs under (text for the report), if any. */
export interface Cond { text: string | undefined }

/** One file being walked in one context. */
export interface Walk {
  state: EvalState;
  file: string;
  stack: string[];
  stopLine: number;
  /** Set after a `return`/`exit` under an undecided condition: the rest of the file may not run. */
  afterGuard?: string;
}

export function andCond(a: Cond, b: string | undefined): Cond {
  if (!b) return a;
  return { text: a.text ? `${a.text} && ${b}` : b };
}

export function nodeText(n: ShNode): string {
  switch (n.t) {
    case 'simple': return n.text;
    case 'andor': return n.parts.map(nodeText).reduce((acc, p, i) => `${acc} ${n.ops[i - 1]} ${p}`);
    case 'pipe': return (n.negated ? '! ' : '') + n.parts.map(nodeText).join(' | ');
    default: return n.t;
  }
}

export function dialectOf(w: Walk): Dialect {
  return w.file.endsWith('.fish') ? 'fish' : w.state.opts.dialect;
}
