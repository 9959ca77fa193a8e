// The function-table reader on real third-party binaries from npm: esbuild's stripped builds
// without build info (0.28.2, go1.26, every platform it ships), and older releases whose build
// info is removed in a copy: 0.8.57 (go1.16 table layout) and 0.6.0 (go1.14, the go1.2 layout).
// References: debug/gosym on the same table (gosym-oracle), `go list -deps` of esbuild's source
// from the module proxy, esbuild's go.mod, and `go version -m` of the untouched old releases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { inspectBinary } from '../../../src/collectors/binary/read.js';
import { filesUnder, npmPackage } from '../../helpers/npm-bins.js';
import { buildInfoDeps, gosymOracle, listDepsIn, moduleSource, withoutBuildInfo, type OracleResult } from '../../helpers/pclntab-proof.js';

const ESBUILD = '0.28.2';
const MAIN = 'github.com/evanw/esbuild/cmd/esbuild';
/** @esbuild/<name> → GOOS, GOARCH; the oracle finds the table by section in ELF and Mach-O only. */
const PLATFORMS: Record<string, [string, string]> = {
  'linux-x64': ['linux', 'amd64'], 'linux-arm64': ['linux', 'arm64'], 'linux-arm': ['linux', 'arm'], 'linux-ia32': ['linux', '386'],
  'linux-s390x': ['linux', 's390x'], 'linux-riscv64': ['linux', 'riscv64'], 'darwin-arm64': ['darwin', 'arm64'],
  'freebsd-x64': ['freebsd', 'amd64'], 'netbsd-x64': ['netbsd', 'amd64'], 'openbsd-arm64': ['openbsd', 'arm64'],
  'win32-x64': ['windows', 'amd64'], 'win32-arm64': ['windows', 'arm64'], 'aix-ppc64': ['aix', 'ppc64'],
};

async function esbuildExe(spec: string): Promise<string> {
  const dir = await npmPackage(spec);
  const exe = (await filesUnder(dir)).find((f) => /[/\\](bin[/\\]esbuild|esbuild\.exe)$/.test(f));
  assert.ok(exe, `${spec}: no esbuild binary in the package`);
  return exe;
}

/** Modules in the oracle's file names, read with a plain pattern of the module cache / -trimpath layout. */
function oracleModules(o: OracleResult): string[] {
  const found = new Set<string>();
  for (const f of o.files) {
    const m = /(?:^|\/pkg\/mod\/)((?:[^/@]+\/)*[^/@]+)@(v[^/]+)\//.exec(f);
    if (m) found.add(`${m[1]}@${m[2]}`);
  }
  return [...found].sort();
}

const withMain = (pkgs: string[], main: string) => pkgs.map(decodeURIComponent).map((p) => (p === 'main' ? main : p));

test(`@esbuild/*@${ESBUILD}: main package, packages, golang.org/x/sys and function counts from the function table`, { timeout: 30 * 60_000 }, async () => {
  const src = await moduleSource(`github.com/evanw/esbuild@v${ESBUILD}`);
  const goMod = readFileSync(path.join(src, 'go.mod'), 'utf8');
  const xsys = /golang\.org\/x\/sys (v\S+)/.exec(goMod)?.[1];
  assert.ok(xsys, `esbuild's go.mod requires golang.org/x/sys:\n${goMod}`);
  for (const [name, [goos, goarch]] of Object.entries(PLATFORMS)) {
    const exe = await esbuildExe(`@esbuild/${name}@${ESBUILD}`);
    const b = await inspectBinary(exe);
    const r = b.recovered;
    assert.ok(r, `${name}: nothing recovered`);
    assert.deepEqual([r.mainPackage?.path, r.mainPackage?.how], [MAIN, 'trimpath'], name);
    const deps = await listDepsIn(src, './cmd/esbuild', goos, goarch);
    assert.deepEqual(r.packages.filter((p) => !deps.includes(p)), [], `${name}: packages outside go list -deps`);
    // x/sys appears where esbuild's code for that platform uses it; its version is go.mod's.
    const usesXsys = deps.some((p) => p.startsWith('golang.org/x/sys/'));
    assert.deepEqual(r.modules.map((m) => `${m.path}@${m.version}`), usesXsys ? [`golang.org/x/sys@${xsys}`] : [], name);
    const oracle = b.format === 'elf' || b.format === 'macho' ? await gosymOracle(exe) : null;
    if (oracle) {
      assert.equal(r.functions, oracle.funcs, `${name}: functions`);
      assert.equal(r.files, oracle.files.length, `${name}: files`);
      assert.deepEqual(r.modules.map((m) => `${m.path}@${m.version}`), oracleModules(oracle), `${name}: modules in gosym's file names`);
      const missing = withMain(oracle.packages, MAIN).filter((p) => deps.includes(p) && !r.packages.includes(p));
      assert.deepEqual(missing, [], `${name}: packages with functions (gosym) not recovered`);
    }
    console.log(`${name}: ${r.pclntab.layout} by ${r.pclntab.located}, ${r.functions} functions${oracle ? ` (gosym ${oracle.funcs})` : ''}, `
      + `${r.packages.length} packages (gosym ${oracle ? withMain(oracle.packages, MAIN).filter((p) => deps.includes(p)).length : '-'} with functions; go list -deps ${deps.length}), `
      + `modules ${r.modules.map((m) => `${m.path}@${m.version}`).join(' ') || 'none'}`);
  }
});

for (const [spec, layout] of [['esbuild-linux-64@0.8.57', 'go1.16'], ['esbuild-linux-64@0.6.0', 'go1.2']] as const) {
  test(`${spec} with its build info removed: the ${layout} table layout gives what go version -m and debug/gosym read`, { timeout: 10 * 60_000 }, async () => {
    const exe = await esbuildExe(spec);
    const b = await inspectBinary(withoutBuildInfo(exe));
    const r = b.recovered;
    assert.ok(r && b.buildInfo === null, spec);
    assert.equal(r.pclntab.layout, layout);
    const oracle = await gosymOracle(exe);
    assert.equal(r.functions, oracle.funcs);
    assert.equal(r.files, oracle.files.length);
    assert.deepEqual(r.modules.map((m) => `${m.path}@${m.version}`), await buildInfoDeps(exe));
    assert.equal(r.mainPackage?.file, oracle.mainFile);
    const missing = oracle.packages.map(decodeURIComponent).filter((p) => p !== 'main' && !r.packages.includes(p));
    console.log(`${spec}: ${r.functions} functions, ${r.packages.length} packages, modules ${r.modules.map((m) => `${m.path}@${m.version}`).join(' ')}, main.main in ${r.mainPackage?.file}; gosym packages not recovered: ${missing.join(' ') || 'none'}`);
  });
}
