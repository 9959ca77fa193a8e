import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { EditFix } from '../engine/types.js';
import type { Host } from '../facts/host.js';
import type { ApplicableFix } from './plan.js';

export interface Applied {
  ruleId: string;
  title: string;
  outcome: 'applied' | 'already-present' | 'failed';
  detail: string;
}

export function expandHome(file: string, home: string | undefined): string {
  if (file === '~' || file.startsWith('~/')) return path.join(home ?? os.homedir(), file.slice(1));
  return file;
}

/** Apply one edit: idempotent by marker, with a timestamped backup of any file it changes. */
export async function applyEdit(fix: EditFix, home: string | undefined, now = new Date()): Promise<{ outcome: Applied['outcome']; detail: string }> {
  const file = expandHome(fix.file, home);
  let before: string | null = null;
  try {
    before = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return { outcome: 'failed', detail: `cannot read ${file}: ${(e as Error).message}` };
  }
  if (fix.marker && before?.includes(fix.marker)) return { outcome: 'already-present', detail: `${file} already has the ${fix.marker} block` };
  let after: string;
  if (fix.range) {
    if (before === null) return { outcome: 'failed', detail: `${file} does not exist` };
    const lines = before.split('\n');
    if (fix.range.startLine < 1 || fix.range.endLine > lines.length || fix.range.startLine > fix.range.endLine) return { outcome: 'failed', detail: `${file} no longer has lines ${fix.range.startLine}-${fix.range.endLine}` };
    const repl = fix.replacement.replace(/\n$/, '').split('\n');
    lines.splice(fix.range.startLine - 1, fix.range.endLine - fix.range.startLine + 1, ...repl);
    after = lines.join('\n');
  } else {
    const base = before ?? '';
    after = base + (base && !base.endsWith('\n') ? '\n' : '') + fix.replacement + (fix.replacement.endsWith('\n') ? '' : '\n');
  }
  await fs.mkdir(path.dirname(file), { recursive: true });
  let backup = '';
  if (before !== null) {
    backup = `${file}.godiag-bak-${now.toISOString().replace(/[:.]/g, '-')}`;
    await fs.writeFile(backup, before, { flag: 'wx' });
  }
  // Write to a temp file and rename, so a crash never leaves a half-written startup file.
  const tmp = `${file}.godiag-tmp-${process.pid}`;
  await fs.writeFile(tmp, after);
  await fs.rename(tmp, file);
  return { outcome: 'applied', detail: backup ? `${file} (backup ${backup})` : `${file} (created)` };
}

export async function applyPlan(plan: readonly ApplicableFix[], host: Host, goBinary: string | null): Promise<Applied[]> {
  const out: Applied[] = [];
  for (const p of plan) {
    if (p.fix.kind === 'edit') {
      const r = await applyEdit(p.fix, host.env.HOME);
      out.push({ ruleId: p.ruleId, title: p.fix.title, ...r });
    } else if ('argv' in p) {
      if (!goBinary) {
        out.push({ ruleId: p.ruleId, title: p.fix.title, outcome: 'failed', detail: 'no go on PATH to run it' });
        continue;
      }
      const r = await host.run(goBinary, p.argv.slice(1), { env: { ...host.env, GOTOOLCHAIN: 'local' }, timeoutMs: 15_000, cwd: os.tmpdir() });
      out.push({
        ruleId: p.ruleId, title: p.fix.title,
        outcome: r.ok && r.code === 0 ? 'applied' : 'failed',
        detail: `${p.fix.command}${r.stderr.trim() ? `: ${r.stderr.trim()}` : ''}`,
      });
    }
  }
  return out;
}
