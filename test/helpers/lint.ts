// Lint a fixture directory through the real discovery, rules and directives, and read the
// inline expectation markers (`# expect: GD602` / `// expect: GD752`) that annotate the next code line.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { LocalHost } from '../../src/collectors/host.js';
import { discoverFiles } from '../../src/collectors/files/discover.js';
import { SCHEMA_VERSION, type Facts } from '../../src/facts/schema.js';
import { runRules } from '../../src/engine/run.js';
import { applyDirectives } from '../../src/engine/ignores.js';
import { rulesIn } from '../../src/rules/index.js';
import type { Finding } from '../../src/facts/findings.js';
import type { FilesFacts } from '../../src/facts/schema/files.js';

export const FIXTURES = path.resolve('test/fixtures/files');

export async function lintDir(relDir: string, goVersion?: string | null): Promise<{ findings: Finding[]; files: FilesFacts }> {
  const dir = path.resolve(relDir);
  const files = await discoverFiles(new LocalHost(process.env), { root: dir, paths: [dir], ...(goVersion !== undefined ? { goVersion } : {}) });
  const facts = { schemaVersion: SCHEMA_VERSION, collectedAt: '', host: { kind: 'local', platform: 'linux', arch: 'x64', cwd: dir }, files: { ok: true, value: files } } as Facts;
  const r = runRules(rulesIn(['dockerfile', 'ci', 'gomod', 'deploy']), facts);
  if (r.skipped.length) throw new Error(`skipped: ${JSON.stringify(r.skipped)}`);
  return { findings: applyDirectives(r.findings, files.directives).findings, files };
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

/** The err/ fixture of a rule yields exactly its markers; the ok/ fixture yields none of that rule. */
export async function ruleFixtureCase(ruleId: string): Promise<{ expected: string[]; got: string[]; okGot: string[] }> {
  const dir = ruleId.toLowerCase();
  const err = await lintDir(path.join(FIXTURES, 'err', dir));
  const ok = await lintDir(path.join(FIXTURES, 'ok', dir));
  return {
    expected: expectations(err.files).filter((e) => e.endsWith(` ${ruleId}`)),
    got: actual(err.findings, ruleId),
    okGot: actual(ok.findings, ruleId),
  };
}
