// Deployment manifests of real Go services (test/fixtures/corpus/deploy-manifest.json), downloaded
// at test time through the Go module proxy: every deploy-rule finding agrees with its label, read
// from the file by hand (`npx tsx bench/accuracy.ts` prints the figures).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare, deployFinding, DEPLOY_MANIFEST_PATH, lintModule, loadManifest, materialiseForTest, type Comparison } from '../helpers/corpus.js';

const manifest = loadManifest(DEPLOY_MANIFEST_PATH);

test('deploy corpus: at least 30 Go services whose manifests lint reads, every finding labelled', async (t) => {
  assert.ok(manifest.modules.length >= 30, `${manifest.modules.length} modules`);
  const dirs = await materialiseForTest(t, manifest.modules, 'DEPLOY CORPUS');
  if (!dirs) return;
  const cmp: Comparison = { byType: new Map(), problems: [] };
  let withManifests = 0;
  for (const m of manifest.modules) {
    const dir = dirs.get(`${m.module}@${m.version}`);
    assert.ok(dir, `${m.module}@${m.version} not downloaded`);
    const r = await lintModule(dir, `${m.module}@${m.version}`, deployFinding);
    if (r.files.some((f) => f.kind === 'manifest')) withManifests++;
    compare(m, r, cmp);
  }
  assert.deepEqual(cmp.problems, []);
  assert.ok(withManifests >= 30, `${withManifests} modules with deployment manifests`);
});
