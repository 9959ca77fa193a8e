// Accuracy of `godiag lint` on the real-world corpus (test/fixtures/corpus/manifest.json):
// precision, recall and false-positive rate per file type, from findings labelled by reading the files.
// Usage: npx tsx bench/accuracy.ts [--unlabelled]   (downloads the manifest's modules once, through the module proxy)
//   --unlabelled  also print every finding and known problem with the source line, for labelling
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { compare, deployFinding, DEPLOY_MANIFEST_PATH, emptyTally, FILE_TYPES, lintModule, loadManifest, materialise, ratio, type Comparison, type Tally } from '../test/helpers/corpus.js';

const showAll = process.argv.includes('--unlabelled');
const manifest = loadManifest();
const t0 = performance.now();
const got = await materialise(manifest.modules);
if (got.error) {
  console.error(`corpus: some modules could not be downloaded through the module proxy:\n${got.error}`);
  if (got.dirs.size === 0) process.exit(2);
}
const cmp: Comparison = { byType: new Map(), problems: [], falseAlarms: [] };
let files = 0;
for (const m of manifest.modules) {
  const key = `${m.module}@${m.version}`;
  const dir = got.dirs.get(key);
  if (!dir) continue;
  const r = await lintModule(dir, key);
  files += r.files.length;
  compare(m, r, cmp);
  if (showAll) {
    for (const f of r.findings) {
      const file = f.location?.file ?? '';
      const line = f.location?.line ?? 0;
      const text = readFileSync(path.join(dir, file), 'utf8').split('\n')[line - 1]?.trim().slice(0, 140);
      console.log(`${key}\t${file}:${line}\t${f.ruleId}\t${text}\n\t${f.message.slice(0, 300)}`);
    }
  }
}
const pct = (x: number | null) => (x === null ? '  n/a' : `${(x * 100).toFixed(1).padStart(5)}%`);
console.log(`corpus: ${got.dirs.size} modules, ${files} lintable files (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
console.log('type            files findings   TP   FP   FN  precision  recall  FP-rate');
const total = emptyTally();
for (const type of [...FILE_TYPES, 'other' as const]) {
  const t = cmp.byType.get(type) ?? emptyTally();
  for (const k of Object.keys(total) as Array<keyof typeof total>) total[k] += t[k];
  console.log(`${type.padEnd(15)} ${String(t.files).padStart(5)} ${String(t.findings).padStart(8)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)}  ${pct(ratio(t.tp, t.tp + t.fp))}    ${pct(ratio(t.tp, t.tp + t.fn))}   ${pct(ratio(t.fp, t.findings))}`);
}
console.log(`${'all'.padEnd(15)} ${String(total.files).padStart(5)} ${String(total.findings).padStart(8)} ${String(total.tp).padStart(4)} ${String(total.fp).padStart(4)} ${String(total.fn).padStart(4)}  ${pct(ratio(total.tp, total.tp + total.fp))}    ${pct(ratio(total.tp, total.tp + total.fn))}   ${pct(ratio(total.fp, total.findings))}`);
if (total.unlabelled) console.log(`${total.unlabelled} finding(s) not labelled yet count as false positives.`);
if (cmp.falseAlarms?.length) console.log(`\n${cmp.falseAlarms.length} false alarm(s) still raised:\n${cmp.falseAlarms.map((p) => `  ${p}`).join('\n')}`);
if (cmp.problems.length) console.log(`\n${cmp.problems.length} disagreement(s) between the manifest and lint:\n${cmp.problems.map((p) => `  ${p}`).join('\n')}`);

// Deployment manifests of Go services: the deploy rules (77x) against their own labels.
{
  const deploy = loadManifest(DEPLOY_MANIFEST_PATH);
  const got = await materialise(deploy.modules);
  if (got.error) console.error(`deploy corpus: some modules could not be downloaded:\n${got.error}`);
  const cmp: Comparison = { byType: new Map(), problems: [] };
  const byRule = new Map<string, Tally>();
  let services = 0;
  let manifestFiles = 0;
  for (const m of deploy.modules) {
    const key = `${m.module}@${m.version}`;
    const dir = got.dirs.get(key);
    if (!dir) continue;
    const r = await lintModule(dir, key, deployFinding);
    const n = r.files.filter((f) => f.kind === 'manifest').length;
    manifestFiles += n;
    if (n) services++;
    compare(m, r, cmp);
    const labels = new Map<string, string>(Object.entries(m.files).flatMap(([p, v]) => (v === 'clean' ? [] : v.map((l) => [`${p}:${l.line} ${l.rule}`, l.label] as const))));
    for (const f of r.findings) {
      const t = byRule.get(f.ruleId) ?? emptyTally();
      byRule.set(f.ruleId, t);
      t.findings++;
      if (labels.get(`${f.location?.file}:${f.location?.line} ${f.ruleId}`) === 'true') t.tp++;
      else t.fp++;
      if (showAll) console.log(`${key}\t${f.location?.file}:${f.location?.line}\t${f.ruleId}\n\t${f.message.slice(0, 300)}`);
    }
  }
  const all = [...byRule.values()].reduce((a, t) => ({ ...a, findings: a.findings + t.findings, tp: a.tp + t.tp, fp: a.fp + t.fp }), emptyTally());
  console.log(`\ndeploy corpus: ${deploy.modules.length} modules, ${services} with deployment manifests, ${manifestFiles} manifest files`);
  console.log('rule   findings   TP   FP  precision');
  for (const [rule, t] of [...byRule].sort()) console.log(`${rule}  ${String(t.findings).padStart(8)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)}  ${pct(ratio(t.tp, t.tp + t.fp))}`);
  console.log(`all     ${String(all.findings).padStart(8)} ${String(all.tp).padStart(4)} ${String(all.fp).padStart(4)}  ${pct(ratio(all.tp, all.tp + all.fp))}`);
  if (cmp.problems.length) console.log(`\n${cmp.problems.length} disagreement(s) between the deploy manifest and lint:\n${cmp.problems.map((p) => `  ${p}`).join('\n')}`);
}
