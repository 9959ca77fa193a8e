// Turn the fixes to apply into file contents: each changed file as it is and as it will be.
// `fix` shows exactly these changes as a diff, and `fix --apply` writes exactly these bytes.
// go env -w/-u runs against a copy of the go env file (GOENV pointing at it), so the go
// command's own rewriting rules decide the new content and the real file is written like any
// other: backed up, atomically, keeping a symlink, its mode and owner.
import * as os from 'node:os';
import * as path from 'node:path';
import type { EditFix } from '../facts/findings.js';
import { readCapped, type Host } from '../collectors/host.js';
import { makeTempDir, remove, writeFile } from '../collectors/host-write.js';
import type { ApplicableFix } from './plan.js';
import { FixFileError, MAX_EDIT_BYTES, readForEdit, type FileState } from './files.js';

export interface PlannedChange {
  before: FileState;
  after: Buffer;
  fixes: { ruleId: string; title: string }[];
}

export interface FixOutcome {
  ruleId: string;
  title: string;
  detail: string;
}

export interface ChangeSet {
  changes: PlannedChange[];
  /** Fixes whose change is already in place. */
  unchanged: FixOutcome[];
  /** Fixes that cannot be applied, and why. */
  failed: FixOutcome[];
}

export interface ChangeContext {
  host: Host;
  home: string | undefined;
  /** The go env -w file go uses (go env GOENV); null when go reports none. */
  goEnvFile: string | null;
  goBinary: string | null;
}

export function expandHome(file: string, home: string | undefined): string {
  if (file === '~' || file.startsWith('~/')) return path.join(home ?? os.homedir(), file.slice(1));
  return file;
}

/** The lines of a marked block: `>>> marker >>>` ... `<<< marker <<<`. */
function blockRange(lines: readonly string[], marker: string): { start: number; end: number } | null {
  const start = lines.findIndex((l) => l.includes(`>>> ${marker} >>>`));
  if (start < 0) return null;
  const end = lines.findIndex((l, i) => i > start && l.includes(`<<< ${marker} <<<`));
  return end < 0 ? null : { start, end };
}

/**
 * One edit on text: a line range replaced, or a marked block replaced where it is (same marker,
 * so applying again changes nothing and a changed value updates the block) or appended.
 */
export function editText(before: string | null, fix: EditFix): string {
  const replacement = fix.replacement.replace(/\n$/, '');
  if (fix.range) {
    if (before === null) throw new FixFileError(`${fix.file} does not exist`);
    const lines = before.split('\n');
    const { startLine, endLine } = fix.range;
    if (startLine < 1 || endLine > lines.length || startLine > endLine) throw new FixFileError(`${fix.file} no longer has lines ${startLine}-${endLine}`);
    lines.splice(startLine - 1, endLine - startLine + 1, ...(replacement === '' ? [] : replacement.split('\n')));
    return lines.join('\n');
  }
  const base = before ?? '';
  if (fix.marker) {
    const lines = base.split('\n');
    const r = blockRange(lines, fix.marker);
    if (r) {
      lines.splice(r.start, r.end - r.start + 1, ...replacement.split('\n'));
      return lines.join('\n');
    }
  }
  return base + (base && !base.endsWith('\n') ? '\n' : '') + replacement + '\n';
}

/** The go env file after `go env -w/-u ...`, computed by the go command on a copy. */
async function goEnvAfter(ctx: ChangeContext, current: Buffer | null, argv: readonly string[]): Promise<Buffer> {
  if (!ctx.goBinary) throw new FixFileError('no go on PATH to compute the go env change');
  const dir = makeTempDir('godiag-goenv-');
  try {
    const copy = path.join(dir, 'env');
    if (current) writeFile(copy, current);
    const r = await ctx.host.run(ctx.goBinary, argv.slice(1), { env: { ...ctx.host.env, GOENV: copy, GOTOOLCHAIN: 'local', GOFLAGS: '' }, timeoutMs: 15_000, cwd: dir });
    if (!r.ok || r.code !== 0) throw new FixFileError(`${argv.join(' ')} failed: ${(r.stderr || r.error || '').trim()}`);
    // go env -w adds a line to a file of at most MAX_EDIT_BYTES: twice that holds any result.
    return readCapped(copy, 2 * MAX_EDIT_BYTES) ?? Buffer.alloc(0);
  } finally {
    remove(dir, { recursive: true });
  }
}

/** Every file the plan changes, before and after, in plan order; one entry per real file. */
export async function computeChanges(plan: readonly ApplicableFix[], ctx: ChangeContext): Promise<ChangeSet> {
  const byTarget = new Map<string, { before: FileState; current: Buffer | null; fixes: PlannedChange['fixes'] }>();
  const unchanged: FixOutcome[] = [];
  const failed: FixOutcome[] = [];
  const seen = new Set<string>();
  for (const p of plan) {
    const name = p.fix.kind === 'edit' ? expandHome(p.fix.file, ctx.home) : ctx.goEnvFile;
    // The same change asked for by several findings (GD507's merged GOPRIVATE) is made once.
    const key = `${name}\0${'argv' in p ? p.argv.join('\0') : `${p.fix.marker ?? ''}\0${p.fix.replacement}`}`;
    if (seen.has(key)) continue;
    seen.add(key);
    try {
      if (name === null) throw new FixFileError('go reports no go env file (GOENV=off?)');
      if (!path.isAbsolute(name)) throw new FixFileError(`${name} is not an absolute path`);
      let entry = [...byTarget.values()].find((e) => e.before.path === name);
      if (!entry) {
        const before = readForEdit(name);
        entry = byTarget.get(before.target) ?? { before, current: before.bytes, fixes: [] };
        byTarget.set(before.target, entry);
      }
      const next = 'argv' in p
        ? await goEnvAfter(ctx, entry.current, p.argv)
        : Buffer.from(editText(entry.current?.toString('utf8') ?? null, p.fix));
      if (entry.current && next.equals(entry.current)) {
        unchanged.push({ ruleId: p.ruleId, title: p.fix.title, detail: `${name} already has it` });
        continue;
      }
      entry.current = next;
      entry.fixes.push({ ruleId: p.ruleId, title: p.fix.title });
    } catch (e) {
      if (!(e instanceof FixFileError) && !isErrno(e)) throw e;
      failed.push({ ruleId: p.ruleId, title: p.fix.title, detail: (e as Error).message });
    }
  }
  const changes: PlannedChange[] = [];
  for (const e of byTarget.values()) {
    if (e.fixes.length === 0 || e.current === null) continue;
    if (e.before.bytes && e.current.equals(e.before.bytes)) continue;
    changes.push({ before: e.before, after: e.current, fixes: e.fixes });
  }
  return { changes, unchanged, failed };
}

function isErrno(e: unknown): boolean {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';
}
