// Accuracy of the shell analysis on real startup files from public dotfiles repositories.
// The files are not in this repository: bench/shell-manifest.json names them (repo, path, commit)
// with the labels read from each file; DIR holds them as DIR/<owner>__<repo>/<path>, fetched
// beforehand (e.g. `git show COMMIT:PATH` from a clone). Each file is installed in a fresh HOME
// where its repository installs it, analysed on this machine, and compared with its labels.
// Run: npx tsx bench/shell-accuracy.ts DIR
import { existsSync, readFileSync, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LocalHost } from '../src/collectors/host.js';
import { analyzeShells } from '../src/collectors/shell/analyze.js';
import { SHELL_RULES } from '../src/rules/shell/index.js';
import { runRules } from '../src/engine/run.js';
import { isGoPathDir, isGoSetting } from '../src/knowledge/go-vars.js';
import { SCHEMA_VERSION, type Facts } from '../src/facts/schema.js';

interface Entry {
  repo: string;
  path: string;
  commit: string;
  /** Where the repository's installer puts it, relative to HOME. */
  installAs: string;
  /** Go assignments the file makes when its shell reads it: NAME=value (~ for HOME), or PATH+dir.
   * Absent where only the Go problems were labelled. */
  assignments?: string[];
  /** Go problems a reader finds in it: GDnnn:line. */
  findings: string[];
}

/** Rules that judge Go problems in the files (not the analysis' own notes, and not GD310, which
 * depends on the user's login shell rather than on the file). */
const JUDGED = new Set(['GD301', 'GD302', 'GD303', 'GD306', 'GD308', 'GD309', 'GD317', 'GD318', 'GD319', 'GD320', 'GD321', 'GD322', 'GD323', 'GD324', 'GD325', 'GD326', 'GD327']);

const dir = process.argv[2];
if (!dir || !existsSync(dir)) {
  console.error('usage: npx tsx bench/shell-accuracy.ts DIR   (DIR holds <owner>__<repo>/<path> for every manifest entry)');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(new URL('./shell-manifest.json', import.meta.url), 'utf8')) as { entries: Entry[] };
let cleanFiles = 0, assignmentFiles = 0, tp = 0, fp = 0, fn = 0, aTp = 0, aFp = 0, aFn = 0, missing = 0, loadersReported = 0, loadersSilent = 0;
const misses: string[] = [];
for (const e of manifest.entries) {
  const src = path.join(dir, e.repo.replace('/', '__'), e.path);
  if (!existsSync(src)) { missing++; console.error(`missing: ${src}`); continue; }
  const home = await fs.mkdtemp(path.join(os.tmpdir(), 'godiag-accuracy-'));
  try {
    const target = path.join(home, e.installAs);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.copyFile(src, target);
    const host = new LocalHost({ HOME: home, USER: 'godiag-no-such-user', PATH: '/usr/local/bin:/usr/bin:/bin', SHELL: '/bin/bash' });
    const shells = { ...(await analyzeShells(host)), dynamic: null };
    const facts = { schemaVersion: SCHEMA_VERSION, collectedAt: new Date(0).toISOString(), host: { kind: 'recorded', platform: 'linux', arch: 'x64', cwd: home }, shells: { ok: true, value: shells } } as unknown as Facts;
    const found = new Set(runRules(SHELL_RULES, facts).findings.filter((f) => JUDGED.has(f.ruleId) && f.location?.file === target).map((f) => `${f.ruleId}:${f.location?.line ?? ''}`));
    const want = new Set(e.findings);
    if (!e.findings.length) cleanFiles++;
    for (const f of found) if (want.has(f)) tp++; else { fp++; misses.push(`FP ${e.repo}/${e.path} ${f}`); }
    for (const f of want) if (!found.has(f)) { fn++; misses.push(`FN ${e.repo}/${e.path} ${f}`); }
    if (e.assignments) {
      assignmentFiles++;
      const got = new Set(shells.events.filter((x) => x.file === target && x.readBy.length).flatMap((x) =>
        x.kind === 'set' && x.name && isGoSetting(x.name) ? [`${x.name}=${(x.value ?? '').replaceAll(home, '~')}`] : x.kind === 'path' ? (x.dirs ?? []).map((d) => d.replaceAll(home, '~')).filter((d) => isGoPathDir(d) || /(^|[/.])go(lang|src|path)?(\/|$)/i.test(d)).map((d) => `PATH+${d}`) : []));
      for (const a of got) if (e.assignments.includes(a)) aTp++; else { aFp++; misses.push(`assignment not labelled ${e.repo}/${e.path} ${a}`); }
      for (const a of e.assignments) if (!got.has(a)) { aFn++; misses.push(`assignment missed ${e.repo}/${e.path} ${a}`); }
    }
    for (const x of shells.events.filter((y) => y.kind === 'source' && !y.followed && y.problem !== 'file does not exist')) {
      if (x.candidates) loadersReported++; else { loadersSilent++; misses.push(`silent loader ${e.repo}/${e.path} ${x.file.replace(home, '~')}:${x.line} ${x.text ?? ''}`); }
    }
  } finally {
    await fs.rm(home, { recursive: true, force: true });
  }
}
const repos = new Set(manifest.entries.map((e) => e.repo)).size;
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');
console.log(`files ${manifest.entries.length - missing} of ${manifest.entries.length} (${repos} repositories; ${cleanFiles} labelled without Go problems)`);
console.log(`Go problems: precision ${ratio(tp, tp + fp)}  recall ${ratio(tp, tp + fn)}  (tp ${tp}, fp ${fp}, fn ${fn})`);
console.log(`Go assignments (${assignmentFiles} files labelled): precision ${ratio(aTp, aTp + aFp)}  recall ${ratio(aTp, aTp + aFn)}`);
console.log(`loaders not followed: ${loadersReported + loadersSilent} (reported with candidates: ${loadersReported}, silent: ${loadersSilent})`);
for (const m of misses) console.log(`  ${m}`);
