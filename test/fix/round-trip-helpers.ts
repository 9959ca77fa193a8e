// Helpers of the fix round-trip tests: a byte-exact picture of a sandbox, and fix-text checks.
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import type { Finding } from '../../src/facts/findings.js';
import type { DynamicRun } from '../../src/facts/schema/shells.js';
import { simpleArgv } from '../../src/fix/plan.js';
import { REDACTED } from '../../src/engine/redact.js';

export type { Finding, DynamicRun };

export type Entry =
  | { kind: 'file'; mode: number; uid: number; gid: number; sha: string }
  | { kind: 'link'; target: string }
  | { kind: 'dir'; mode: number }
  | { kind: 'other' };

/**
 * What the programs the test runs create by themselves, not fix: the go command's caches and
 * telemetry, fish's universal variables and history, zsh's completion dump, godiag's own journal.
 */
const NOT_FIX = [/^home\/\.cache(\/|$)/, /^home\/\.config\/go\/telemetry(\/|$)/, /^home\/\.local\/share(\/|$)/, /^home\/\.local\/state\/godiag(\/|$)/, /^home\/\.config\/fish$/, /^home\/\.config\/fish\/fish_variables$/, /^home\/\.local$/, /^home\/\.local\/state$/, /^home\/\.config$/, /^home\/\.config\/go$/, /^home\/\.zcompdump/, /_history$/, /^home\/go\/pkg(\/|$)/];

export function snapshotTree(root: string): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      const rel = relative(root, p);
      if (NOT_FIX.some((re) => re.test(rel))) continue;
      const st = lstatSync(p);
      if (st.isSymbolicLink()) out.set(rel, { kind: 'link', target: readlinkSync(p) });
      else if (st.isDirectory()) {
        out.set(rel, { kind: 'dir', mode: st.mode & 0o7777 });
        walk(p);
      } else if (st.isFile()) out.set(rel, { kind: 'file', mode: st.mode & 0o7777, uid: st.uid, gid: st.gid, sha: createHash('sha256').update(readFileSync(p)).digest('hex') });
      else out.set(rel, { kind: 'other' });
    }
  };
  walk(root);
  return out;
}

/** Paths that differ (added, removed or changed), with what changed. */
export function diffTrees(a: Map<string, Entry>, b: Map<string, Entry>): string[] {
  const out: string[] = [];
  for (const [p, e] of a) {
    const f = b.get(p);
    if (!f) out.push(`${p}: removed`);
    else if (JSON.stringify(e) !== JSON.stringify(f)) out.push(`${p}: ${JSON.stringify(e)} -> ${JSON.stringify(f)}`);
  }
  for (const p of b.keys()) if (!a.has(p)) out.push(`${p}: added`);
  return out;
}

/**
 * What is wrong with a finding's fix text: an unsubstituted {placeholder}, a redacted value in
 * a command meant to be run (or in a file edit), a go env command godiag would run that does not
 * parse as plain words.
 */
export function fixTextProblems(f: Pick<Finding, 'ruleId' | 'fixes'>): string[] {
  const out: string[] = [];
  for (const fix of f.fixes) {
    const texts = fix.kind === 'command' ? [fix.title, fix.command] : fix.kind === 'edit' ? [fix.title, fix.replacement] : [fix.title, ...fix.steps];
    for (const t of texts) if (/\{[A-Za-z]\w*\}/.test(t) && !/\$\{[A-Za-z]\w*\}/.test(t)) out.push(`${f.ruleId}: placeholder left in ${JSON.stringify(t)}`);
    const runnable = fix.kind === 'command' ? fix.command : fix.kind === 'edit' ? fix.replacement : '';
    if (runnable.includes(REDACTED) || /:\/\/[^/\s'"]*@/.test(runnable)) out.push(`${f.ruleId}: redacted value in ${JSON.stringify(runnable)}`);
    if (fix.kind === 'command' && /^go env -[wu] /.test(fix.command) && simpleArgv(fix.command) === null) out.push(`${f.ruleId}: go env command is not plain words: ${fix.command}`);
  }
  return out;
}
