// Lint a fixture directory the way the lint command does, and read the
// inline expectation markers (`# expect: GD602` / `// expect: GD752`) that annotate the next code line.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Finding } from '../../src/facts/findings.js';
import type { FilesFacts } from '../../src/facts/schema/files.js';

export const FIXTURES = path.resolve('test/fixtures/files');

/**
 * Lint a directory through the lint command itself (`godiag lint --format json`, in process):
 * discovery, rules, the context-file filter and inline directives, as a user gets them.
 * goVersion: the --go-version flag (null: none; absent: probe the installed go).
 */
export async function lintDir(relDir: string, goVersion?: string | null): Promise<{ findings: Finding[]; files: FilesFacts }> {
  const dir = path.resolve(relDir);
  let stdout = '';
  let stderr = '';
  const args = ['lint', '--format', 'json', '--fail-on', 'never', '--no-progress', '--cwd', dir, ...(goVersion !== undefined ? ['--go-version', goVersion ?? 'none'] : [])];
  // A fixture folder's modcache/ is its module cache (retractions are looked up there): the
  // machine's own cache must not decide a fixture's findings.
  const env = { ...process.env, GOMODCACHE: path.join(dir, 'modcache') };
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env, cwd: dir, isTTY: false });
  if (code !== 0) throw new Error(`godiag ${args.join(' ')} exited ${code}: ${stderr}`);
  const report = JSON.parse(stdout) as { findings: Finding[]; skipped: unknown[]; facts: { files: { value: FilesFacts } } };
  if (report.skipped.length) throw new Error(`skipped: ${JSON.stringify(report.skipped)}`);
  return { findings: report.findings, files: report.facts.files.value };
}

/** "file:line RULE" for every marker in the linted files. */
export function expectations(files: FilesFacts): string[] {
  const out: string[] = [];
  for (const f of files.files) {
    const lines = readFileSync(path.join(files.root, f.path), 'utf8').split('\n');
    lines.forEach((l, i) => {
      const m = /(?:#|\/\/)\s*expect:\s*([\w, ]+)/.exec(l);
      if (!m) return;
      let j = i + 1;
      while (j < lines.length && (/^\s*(#|\/\/)/.test(lines[j]!) || !lines[j]!.trim())) j++;
      for (const id of m[1]!.split(/[,\s]+/).filter(Boolean)) out.push(`${f.path}:${j + 1} ${id}`);
    });
  }
  return out.sort();
}

export function actual(findings: Finding[], ruleId?: string): string[] {
  return findings.filter((f) => !ruleId || f.ruleId === ruleId).map((f) => `${f.location?.file}:${f.location?.line} ${f.ruleId}`).sort();
}
