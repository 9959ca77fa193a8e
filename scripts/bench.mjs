// Run every benchmark under bench/ (or those matching the arguments) one after another.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const filters = process.argv.slice(2);
const files = readdirSync('bench').filter((f) => f.endsWith('.ts') && !['lib.ts', 'rng.ts'].includes(f) && !f.startsWith('fuzz')).filter((f) => !filters.length || filters.some((x) => f.includes(x)));
let failed = 0;
for (const f of files) {
  console.log(`\n== bench/${f}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', `bench/${f}`], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
