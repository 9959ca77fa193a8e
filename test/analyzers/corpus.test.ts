// Real-world corpus: public Go modules named in test/fixtures/corpus/manifest.json, downloaded
// at test time through the Go module proxy (nothing of theirs is committed). Every file is read
// without errors and every finding agrees with its label, read from the file by hand:
// a new finding without a label, a true finding that disappeared or a known miss that is now
// found fails the test (label it, then run `npx tsx bench/accuracy.ts` for the figures).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare, lintModule, loadManifest, materialiseForTest, type Comparison } from '../helpers/corpus.js';

const manifest = loadManifest();

test('corpus manifest: module@version entries, labels with a rule id, a verdict and a note', () => {
  const seen = new Set<string>();
  for (const m of manifest.modules) {
    assert.match(m.version, /^v\d+\.\d+\.\d+/, m.module);
    assert.ok(!seen.has(m.module), `${m.module} listed twice`);
    seen.add(m.module);
    for (const [file, v] of Object.entries(m.files)) {
      if (v === 'clean') continue;
      for (const l of v) {
        assert.match(l.rule, /^GD\d{3}$/, `${m.module} ${file}`);
        assert.ok(['true', 'false', 'miss'].includes(l.label), `${m.module} ${file}:${l.line}`);
        assert.ok(l.note.length > 5, `${m.module} ${file}:${l.line}: say why`);
      }
    }
  }
  assert.ok(manifest.modules.length >= 20, `${manifest.modules.length} modules`);
});

test('corpus: real modules from the module proxy, every finding labelled and every label still true', async (t) => {
  const dirs = await materialiseForTest(t, manifest.modules, 'CORPUS');
  if (!dirs) return;
  const cmp: Comparison = { byType: new Map(), problems: [] };
  let files = 0;
  for (const m of manifest.modules) {
    const dir = dirs.get(`${m.module}@${m.version}`);
    assert.ok(dir, `${m.module}@${m.version} not downloaded`);
    const r = await lintModule(dir, `${m.module}@${m.version}`);
    files += r.files.length;
    for (const f of r.findings) assert.ok(f.location?.line && f.location.column, `${f.ruleId} without a position`);
    compare(m, r, cmp);
  }
  assert.deepEqual(cmp.problems, []);
  assert.ok(files >= 400, `${files} lintable files`);
});
