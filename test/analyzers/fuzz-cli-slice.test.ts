// Slices of the CLI fuzzers in CI (bench/fuzz-lint.ts, bench/fuzz-binaries.ts and
// bench/fuzz-startup.ts with --cli run ≥ 10,000 cases): mutated inputs through the built CLI
// process, checked at its boundary: exit code, stderr, JSON, raw control bytes, failed rules,
// and every input accounted for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuzzCli as lintCli } from '../../bench/fuzz-lint.js';
import { fuzzCli as binariesCli, loadSeeds } from '../../bench/fuzz-binaries.js';
import { fuzzCli as startupCli, fuzzGoEnvParser } from '../../bench/fuzz-startup.js';

test('CLI fuzz slice: 250 mutated lint inputs through godiag lint', { timeout: 180_000 }, () => {
  const r = lintCli(250, 11, 250);
  assert.deepEqual(r.failures, []);
  assert.equal(r.cases, 250);
});

test('CLI fuzz slice: 100 mutated binaries through godiag inspect', { timeout: 600_000 }, async () => {
  const seeds = await loadSeeds();
  assert.ok(seeds.length >= 5, `only ${seeds.length} seed binaries built`);
  const r = binariesCli(seeds, 100, 11, 50);
  assert.deepEqual(r.failures, []);
});

test('CLI fuzz slice: a scratch HOME of mutated startup files and a go env file through godiag shell', { timeout: 300_000 }, () => {
  const r = startupCli(1, 11);
  assert.deepEqual(r.failures, []);
  const p = fuzzGoEnvParser(2000, 11);
  assert.deepEqual(p.failures, []);
});
