// The function-table reader against Go's own tools, on binaries built here by three Go releases
// (the Debian go1.19, go1.26, go1.27.3) for linux/amd64, linux/arm64, darwin/arm64 and
// windows/amd64, with and without -s -w and -trimpath, each copied with its build info removed.
// References: debug/gosym (function count, packages with functions, main.main's file), `go tool
// nm` (which packages have code), `go list -deps` (the packages of the program) and
// `go version -m` of the same build before its build info was removed (module versions), and
// the values passed to -ldflags=-X (version variables read through the symbol table).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as os from 'node:os';
import { inspectBinary } from '../../../src/collectors/binary/read.js';
import {
  buildInfoDeps, buildProof, gosymOracle, listDeps, nmTextPackages, toolchains, withoutBuildInfo, TEXT_VERSION, X_MAIN, X_VERSION, type ProofBuild,
} from '../../helpers/pclntab-proof.js';
import { runCli } from '../../helpers/cli.js';

const TARGETS: [goos: string, goarch: string, o: { trimpath: boolean; stripped: boolean }][] = [
  ['linux', 'amd64', { trimpath: false, stripped: false }],
  ['linux', 'amd64', { trimpath: true, stripped: true }],
  ['linux', 'arm64', { trimpath: false, stripped: true }],
  ['darwin', 'arm64', { trimpath: false, stripped: false }],
  ['darwin', 'arm64', { trimpath: true, stripped: true }],
  ['windows', 'amd64', { trimpath: false, stripped: false }],
  ['windows', 'amd64', { trimpath: true, stripped: true }],
];

/** debug/gosym does not undo the linker's %xx escapes in package paths (objabi.PathToPrefix). */
const unescape = (p: string) => decodeURIComponent(p);

async function check(b: ProofBuild): Promise<void> {
  const label = b.file.replace(/.*\//, '');
  const copy = withoutBuildInfo(b.file);
  const facts = await inspectBinary(copy);
  assert.equal(facts.buildInfo, null, `${label}: build info still read`);
  const r = facts.recovered;
  assert.ok(r, `${label}: nothing recovered (${facts.goEvidence.join(', ')})`);
  assert.equal(r.pclntab.layout, b.toolchain.name === 'go1.19' ? 'go1.18' : 'go1.20', label);
  assert.equal(r.pclntab.located, b.goos === 'windows' ? 'magic-scan' : 'section', label);

  // Packages: none outside `go list -deps`, and every dependency left out has no function in the
  // binary (go tool nm of the unstripped build, or debug/gosym where the build is stripped).
  const deps = await listDeps(b);
  const main = r.mainPackage;
  assert.ok(main, `${label}: main.main not found`);
  assert.match(main.file, /main\.go$/, label);
  if (b.trimpath) assert.deepEqual([main.path, main.how], ['example.com/prooftool', 'trimpath'], label);
  else assert.deepEqual([main.path, main.how], [null, 'local-directory'], label);
  const recovered = new Set(r.packages.map((p) => (p === 'main' ? 'example.com/prooftool' : p)));
  const outside = [...recovered].filter((p) => !deps.includes(p));
  assert.deepEqual(outside, [], `${label}: packages not in go list -deps`);
  const oracle = b.goos === 'windows' && b.stripped ? null : await gosymOracle(b.file);
  // A stripped PE has neither symbols for nm nor for the oracle to find its table by.
  const withCode = !b.stripped ? await nmTextPackages(b.file) : oracle ? new Set(oracle.packages.map(unescape)) : new Set<string>();
  const missing = deps.filter((p) => !recovered.has(p));
  for (const p of missing) assert.ok(!withCode.has(p) && p !== 'main', `${label}: ${p} has functions but was not recovered`);
  // Names the runtime gives its own functions with //go:linkname (runtime/debug.setGCPercent)
  // show in nm too; they are no package of the program.
  const pushed = [...withCode].filter((p) => p !== 'main' && !deps.includes(p));
  for (const p of pushed) assert.ok(!recovered.has(p), `${label}: ${p}`);

  // Function count and the main file: what debug/gosym reads from the same table.
  if (oracle) {
    assert.equal(r.functions, oracle.funcs, `${label}: function count`);
    assert.equal(r.files, oracle.files.length, `${label}: file count`);
    assert.equal(main.file, oracle.mainFile, label);
  }
  // Modules: exactly the dependency versions the build info recorded (and go.mod requires).
  const info = await buildInfoDeps(b.file);
  assert.deepEqual(info, [`golang.org/x/text@${TEXT_VERSION}`], `${label}: go version -m of the original`);
  assert.deepEqual(r.modules.map((m) => `${m.path}@${m.version}`), info, `${label}: modules`);
  // -X values, where a symbol table is left to find the variables by (go1.19 keeps one in Mach-O even with -s).
  const stamped = Object.fromEntries(facts.versionVariables.map((v) => [v.name, v.value]));
  assert.deepEqual(stamped, facts.hasSymbols ? { 'main.version': X_MAIN, 'example.com/prooftool/internal/version.Version': X_VERSION } : {}, `${label}: -X values`);
  assert.equal(facts.hasSymbols, !b.stripped || (b.goos === 'darwin' && b.toolchain.name === 'go1.19'), `${label}: symbol table`);
  // A GOTOOLCHAIN-downloaded Go keeps its GOROOT in the module cache; -trimpath hides it.
  assert.equal(r.toolchain, b.toolchain.name === 'go1.27.3' && !b.trimpath ? 'go1.27.3' : null, label);
  console.log(`${label}: ${r.pclntab.layout} by ${r.pclntab.located}, ${r.functions} functions${oracle ? ` (gosym ${oracle.funcs})` : ''}, `
    + `${recovered.size} packages of ${deps.length} in go list -deps (${missing.length} without code: ${missing.join(' ')}; runtime-pushed names: ${pushed.join(' ')}), modules ${r.modules.map((m) => `${m.path}@${m.version}`).join(' ')}`);
}

test('stripped and build-info-less builds by go1.19, go1.26 and go1.27.3: packages, modules, functions and main agree with Go\'s tools', { timeout: 40 * 60_000 }, async () => {
  let checked = 0;
  for (const t of await toolchains()) {
    for (const [goos, goarch, o] of TARGETS) {
      await check(await buildProof(t, goos, goarch, o));
      checked++;
    }
  }
  assert.equal(checked, 21);
});

test('inspect (built CLI): GD850 names golang.org/x/text for the copy without build info, GD851 the -X stamp of the (devel) original; text -m shows both', { timeout: 15 * 60_000 }, async () => {
  const [, go126] = await toolchains();
  const b = await buildProof(go126!, 'linux', 'amd64', { trimpath: true, stripped: false });
  const copy = withoutBuildInfo(b.file);
  const env = { PATH: '/usr/bin:/bin', HOME: os.tmpdir(), NO_COLOR: '1' };
  const json = await runCli(['inspect', '--format', 'json', b.file, copy], { env });
  assert.equal(json.code, 0, json.stderr);
  const findings = (JSON.parse(json.stdout) as { findings: { ruleId: string; location?: { file: string }; message: string }[] }).findings;
  const of = (id: string) => findings.filter((f) => f.ruleId === id).map((f) => [f.location?.file, f.message]);
  assert.deepEqual(of('GD850').map(([file]) => file), [copy]);
  assert.match(of('GD850')[0]![1]!, new RegExp(`golang\\.org/x/text@${TEXT_VERSION.replace(/\./g, '\\.')}`));
  assert.deepEqual(of('GD851').map(([file]) => file), [b.file]);
  assert.match(of('GD851')[0]![1]!, new RegExp(`main\\.version=${X_MAIN.replace(/\./g, '\\.')}`));
  const text = await runCli(['inspect', '-m', copy], { env });
  assert.match(text.stdout, /\tpath\texample\.com\/prooftool\t\(pclntab: main\.main's source path, written by -trimpath/);
  assert.match(text.stdout, new RegExp(`\\tdep\\tgolang\\.org/x/text\\t${TEXT_VERSION.replace(/\./g, '\\.')}\\t`));
  assert.match(text.stdout, /, main\.version=1\.2\.3/);
});
