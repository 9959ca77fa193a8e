// File-name generation as startup-file loaders use it: `dir/*.zsh`, `**/` (zsh always, bash with
// `shopt -s globstar`), zsh glob qualifiers that filter or sort (`(N)`, `(.)`, `(/)`, `(-.)`,
// `(on)`, `(On)`), bash nullglob. Results are sorted by name, as both shells do (byte order here:
// the C locale; a UTF-8 locale may order punctuation differently).
import * as path from 'node:path';
import type { Host } from '../host.js';
import { globToRegExp } from '../../analyzers/shell/expand.js';
import { compareText } from '../../facts/order.js';

export interface GlobOptions {
  dialect: 'sh' | 'bash' | 'zsh' | 'fish';
  /** bash `shopt -s globstar`: `**` matches directories recursively. */
  globstar: boolean;
  /** bash `shopt -s nullglob`: no match gives nothing instead of the pattern. */
  nullglob: boolean;
}

export interface GlobResult {
  paths: string[];
  /** The order is not by name (zsh `om`: by modification time) and was not modelled. */
  orderUnknown: boolean;
}

const MAX_DIRS = 2000;

/** Does the word contain an unquoted glob character (after expansion)? */
export function hasGlob(s: string): boolean {
  return /[*?[]/.test(s);
}

/** Split a trailing zsh qualifier list `(…)` off a pattern. */
export function splitQualifiers(pattern: string): { pattern: string; qualifiers: string | null } {
  const m = /^(.*[^(])\(([-N./@*^onOLmdra,]*)\)$/s.exec(pattern);
  return m ? { pattern: m[1]!, qualifiers: m[2]! } : { pattern, qualifiers: null };
}

/** Expand an absolute pattern against the host's files. */
export async function expandGlob(host: Host, raw: string, opts: GlobOptions): Promise<GlobResult> {
  const { pattern, qualifiers } = opts.dialect === 'zsh' ? splitQualifiers(raw) : { pattern: raw, qualifiers: null };
  const q = qualifiers ?? '';
  const nullglob = q.includes('N') || opts.nullglob;
  const recursive = opts.dialect === 'zsh' || opts.globstar;
  const parts = pattern.split('/');
  let current: string[] = [pattern.startsWith('/') ? '/' : '.'];
  for (let i = pattern.startsWith('/') ? 1 : 0; i < parts.length; i++) {
    const comp = parts[i]!;
    const last = i === parts.length - 1;
    if (comp === '') continue;
    if (comp === '**' && recursive && !last) {
      const all: string[] = [];
      for (const dir of current) all.push(dir, ...(await descendants(host, dir)));
      current = all.slice(0, MAX_DIRS);
      continue;
    }
    if (!hasGlob(comp)) { current = current.map((d) => path.posix.join(d, comp)); continue; }
    const re = globToRegExp(comp === '**' ? '*' : comp);
    const next: string[] = [];
    for (const dir of current) {
      for (const e of (await host.readdirTyped(dir)) ?? []) {
        if (e.name.startsWith('.') && !comp.startsWith('.')) continue;
        if (!re.test(e.name)) continue;
        if (!last && !(e.isDir || e.isSymlink)) continue;
        next.push(path.posix.join(dir, e.name));
      }
    }
    current = next;
  }
  const existing: string[] = [];
  for (const p of current) {
    const st = q.includes('-') ? await host.stat(p) : await host.lstat(p);
    if (!st) continue;
    if (q.includes('.') && !st.isFile) continue;
    if (q.includes('/') && !st.isDir) continue;
    existing.push(p);
  }
  existing.sort(compareText);
  if (q.includes('On')) existing.reverse();
  const orderUnknown = /[oO][mdaL]/.test(q);
  if (existing.length) return { paths: [...new Set(existing)], orderUnknown };
  // No match: sh and bash keep the word as written, zsh without (N) fails the command.
  if (nullglob) return { paths: [], orderUnknown };
  return { paths: opts.dialect === 'zsh' ? [] : [raw], orderUnknown };
}

async function descendants(host: Host, dir: string): Promise<string[]> {
  const out: string[] = [];
  const queue = [dir];
  while (queue.length && out.length < MAX_DIRS) {
    const d = queue.shift()!;
    for (const e of (await host.readdirTyped(d)) ?? []) {
      // `**/` does not enter hidden directories or follow symlinks (zsh `***/` would).
      if (!e.isDir || e.name.startsWith('.')) continue;
      const p = path.posix.join(d, e.name);
      out.push(p);
      queue.push(p);
    }
  }
  return out;
}
