// A CI slice of bench/fuzz-binaries.ts: 2,000 mutated real binaries, no crash, no slow case,
// bounded memory. The full run (≥ 100k cases) is `npx tsx bench/fuzz-binaries.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuzz, loadSeeds } from '../../../bench/fuzz-binaries.js';

test('2,000 mutations of real ELF, Mach-O, PE and XCOFF binaries: only clean per-file errors', { timeout: 25 * 60_000 }, async () => {
  const seeds = await loadSeeds();
  assert.ok(seeds.length >= 8, `seeds: ${seeds.map((s) => s.name).join(', ')}`);
  const r = await fuzz(seeds, 2000, Number(process.env.GODIAG_FUZZ_SEED ?? 20261125));
  assert.deepEqual(r.errors, []);
  assert.equal(r.cases, 2000);
  assert.ok(r.slowest.ms < 5000, `slowest case ${r.slowest.ms} ms: ${r.slowest.what}`);
  assert.ok(r.peakRssMB - r.baseRssMB < 200, `memory grew by ${r.peakRssMB - r.baseRssMB} MB`);
});
