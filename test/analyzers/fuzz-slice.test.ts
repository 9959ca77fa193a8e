// A slice of bench/fuzz-lint.ts in CI: mutated real files through every analyzer and lint rule.
// Found before: a BOM-led word that stopped the shell word splitter (hang) and deeply nested
// YAML flow keys that took minutes to stringify.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuzz, runCase } from '../../bench/fuzz-lint.js';

test('fuzz slice: 400 mutated inputs, no throw, no failed rule, each case fast', { timeout: 120_000 }, () => {
  const r = fuzz(400, 7);
  assert.deepEqual(r.failures, []);
  assert.ok(r.slowest.ms < 5000, `case ${r.slowest.index} took ${r.slowest.ms} ms`);
});

test('fuzz slice: the inputs that once hung now finish', { timeout: 60_000 }, () => {
  const bom = runCase([{ path: 'Makefile', text: `win:\n\tGOOS=windows go build -o bi${'\uFEFF'.repeat(300)}\\${'\uFEFF'.repeat(300)}\n` }]);
  assert.equal(bom, null);
  const t0 = performance.now();
  const nested = runCase([{ path: '.github/workflows/lint.yml', text: `jobs:\n  lint:\n    steps:\n      - uses: golangci/golangci-lint-action@v6\n     ${'&'.repeat(400)}${"'".repeat(300)}${'{'.repeat(1500)}   with:\n          version: v1.61.0\n` }]);
  assert.equal(nested, null);
  assert.ok(performance.now() - t0 < 5000);
});
