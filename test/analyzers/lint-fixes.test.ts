// Every edit a lint finding offers, applied to a copy of its err/ fixture, removes that finding
// (and running the linter again proposes no edit for it): the fixes are real, not prose.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, lintDir } from '../helpers/lint.js';
import type { EditFix } from '../../src/facts/findings.js';

function applyEdit(root: string, fix: EditFix) {
  const file = join(root, fix.file);
  const lines = readFileSync(file, 'utf8').split('\n');
  const { startLine, endLine } = fix.range!;
  const replacement = fix.replacement === '' ? [] : fix.replacement.split('\n');
  lines.splice(startLine - 1, endLine - startLine + 1, ...replacement);
  writeFileSync(file, lines.join('\n'));
}

const count = (fs: Array<{ ruleId: string; location?: { file: string } }>, rule: string, file: string) =>
  fs.filter((f) => f.ruleId === rule && f.location?.file === file).length;

test('lint edit fixes remove the finding they fix', { timeout: 300_000 }, async () => {
  let applied = 0;
  const rulesFixed = new Set<string>();
  for (const dir of readdirSync(join(FIXTURES, 'err'))) {
    const src = join(FIXTURES, 'err', dir);
    const before = await lintDir(src);
    for (const [i, f] of before.findings.entries()) {
      const edit = f.fixes.find((x): x is EditFix => x.kind === 'edit' && !!x.range);
      if (!edit) continue;
      const tmp = mkdtempSync(join(tmpdir(), 'godiag-fix-'));
      try {
        cpSync(src, tmp, { recursive: true });
        applyEdit(tmp, edit);
        const after = await lintDir(tmp);
        const file = f.location!.file;
        assert.ok(count(after.findings, f.ruleId, file) < count(before.findings, f.ruleId, file),
          `${dir} finding #${i} ${f.ruleId} at ${file}:${f.location!.line} survives its fix "${edit.title}":\n${edit.replacement}`);
        applied++;
        rulesFixed.add(f.ruleId);
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    }
  }
  assert.ok(applied >= 15, `${applied} fixes applied`);
  // Every rule marked fixable shows at least one working edit in its fixture.
  assert.deepEqual([...rulesFixed].sort(), ['GD601', 'GD602', 'GD603', 'GD604', 'GD605', 'GD606', 'GD608', 'GD609', 'GD610', 'GD613', 'GD614', 'GD615', 'GD616', 'GD621', 'GD701', 'GD702', 'GD705', 'GD710', 'GD714', 'GD752', 'GD756', 'GD758']);
});
