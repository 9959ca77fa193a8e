// Every err/ and ok/ fixture folder of test/fixtures/files, linted by the lint command itself
// (discovery, rules, context-file filter, inline directives), like actionlint's testdata:
// the err/ folder of a rule yields exactly its `# expect:` markers for that rule, and the ok/
// folder yields no finding of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { actual, expectations, FIXTURES, lintDir } from '../helpers/lint.js';

const ruleDirs = readdirSync(path.join(FIXTURES, 'err')).sort();

test('every err/ fixture folder has an ok/ folder and names a rule', () => {
  assert.ok(ruleDirs.length > 0, `no fixture folders under ${FIXTURES}/err`);
  for (const d of ruleDirs) {
    assert.match(d, /^gd\d{3}$/);
    assert.ok(existsSync(path.join(FIXTURES, 'ok', d)), `ok/${d} missing`);
  }
  assert.deepEqual(readdirSync(path.join(FIXTURES, 'ok')).sort(), ruleDirs, 'ok/ and err/ name the same rules');
});

for (const d of ruleDirs) {
  const ruleId = d.toUpperCase();
  test(`${ruleId}: err/${d} findings match its expect markers, ok/${d} has none`, async () => {
    const err = await lintDir(path.join(FIXTURES, 'err', d));
    // A marker in a file lint did not read would be ignored: every marked file must have been read.
    const marked = (readdirSync(path.join(FIXTURES, 'err', d), { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((e) => e.isFile() && /(?:#|\/\/)\s*expect:/.test(readFileSync(path.join(e.parentPath, e.name), 'utf8')))
      .map((e) => path.relative(path.join(FIXTURES, 'err', d), path.join(e.parentPath, e.name)).split(path.sep).join('/'));
    assert.deepEqual(marked.filter((m) => !err.files.files.some((f) => f.path === m)), [], 'files with expect markers that lint did not read');
    const expected = expectations(err.files).filter((e) => e.endsWith(` ${ruleId}`));
    assert.ok(expected.length > 0, 'the err fixture needs expect markers');
    assert.deepEqual(actual(err.findings, ruleId), expected);
    const ok = await lintDir(path.join(FIXTURES, 'ok', d));
    assert.deepEqual(actual(ok.findings, ruleId), []);
  });
}
