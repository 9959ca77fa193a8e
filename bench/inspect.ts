// Benchmark: `godiag inspect DIR` vs `go version -m DIR` on the same tree, paired in one run, on
// two trees: a made one (≥ 10,000 files, ≥ 300 Go binaries, two sparse 2 GiB binaries: hard links
// into GOROOT and the matrix cache, built once under .cache/bench-tree) and this machine's /usr
// (~140,000 files, most of them no binary: the JSON report lists each as skipped), and real
// third-party Go binaries from npm (@esbuild/* for 16 platforms, @bufbuild/buf-*), most without
// build info: godiag reads them from headers and the function table, go version -m skips them.
// Usage: npx tsx bench/inspect.ts [rounds=5]   (run `npm run build` first; GODIAG_CLI=path
// measures another build of the CLI; GODIAG_BEFORE=path adds it to the same rotation as before/after)
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildMatrix, GO } from '../test/helpers/go-matrix.js';
import { npmPackage } from '../test/helpers/npm-bins.js';
import { median, perRound } from './lib.js';

const TREE = path.resolve('.cache/bench-tree/v1');
const CLI = path.resolve(process.env.GODIAG_CLI ?? 'dist/godiag.js');
const GOROOT = path.dirname(path.dirname(GO));

async function link(from: string, to: string) {
  await fs.mkdir(path.dirname(to), { recursive: true });
  await fs.link(from, to).catch(() => fs.copyFile(from, to));
}

async function makeTree(): Promise<{ files: number; goBinaries: number }> {
  const marker = path.join(TREE, '.complete');
  if (!existsSync(marker)) {
    await fs.rm(TREE, { recursive: true, force: true });
    const bins = (await buildMatrix()).flatMap((b) => (b.file ? [b.file] : []));
    const tools = (await fs.readdir(path.join(GOROOT, 'pkg/tool/linux_amd64'))).map((t) => path.join(GOROOT, 'pkg/tool/linux_amd64', t));
    const goBins = [...bins, ...tools, path.join(GOROOT, 'bin/go'), path.join(GOROOT, 'bin/gofmt')];
    let n = 0;
    for (let copy = 0; n < 320; copy++) for (const b of goBins) if (n < 320) await link(b, path.join(TREE, `release-${copy}`, `${n++}-${path.basename(b)}`));
    const src = (await fs.readdir(path.join(GOROOT, 'src'), { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).slice(0, 9700);
    for (const [i, e] of src.entries()) {
      const from = path.join(e.parentPath, e.name);
      await link(from, path.join(TREE, 'src', path.relative(path.join(GOROOT, 'src'), from))).catch(() => undefined);
      if (i % 1000 === 0) process.stderr.write('.');
    }
    for (const k of [1, 2]) {
      const big = path.join(TREE, 'huge', `go-2g-${k}`);
      await fs.mkdir(path.dirname(big), { recursive: true });
      await fs.copyFile(path.join(GOROOT, 'bin/go'), big);
      await fs.truncate(big, 2 * 1024 ** 3);
    }
    await fs.writeFile(marker, '');
  }
  const all = (await fs.readdir(TREE, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  return { files: all.length, goBinaries: all.filter((e) => e.parentPath.includes('release-') || e.parentPath.endsWith('huge')).length };
}

const REAL = path.resolve('.cache/bench-real-binaries/v1');
const ESBUILD_PLATFORMS = ['linux-x64', 'linux-arm64', 'linux-arm', 'linux-ia32', 'linux-ppc64', 'linux-s390x', 'linux-riscv64', 'linux-loong64', 'linux-mips64el', 'darwin-arm64', 'darwin-x64', 'win32-x64', 'win32-arm64', 'freebsd-x64', 'openbsd-arm64', 'aix-ppc64'];
const BUF_PLATFORMS = ['linux-x64', 'linux-aarch64', 'darwin-arm64', 'win32-x64'];

/** The real binaries, hard-linked from the npm packages (fetched once into .cache/npm-bins). */
async function realBinaries(): Promise<{ files: number; mb: number }> {
  const marker = path.join(REAL, '.complete');
  if (!existsSync(marker)) {
    await fs.rm(REAL, { recursive: true, force: true });
    const pkgs = [...ESBUILD_PLATFORMS.map((p) => `@esbuild/${p}@0.28.2`), ...BUF_PLATFORMS.map((p) => `@bufbuild/buf-${p}@1.75.0`)];
    for (const spec of pkgs) {
      const dir = await npmPackage(spec);
      for (const e of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
        if (!e.isFile() || /\.(json|md|txt)$|LICENSE/i.test(e.name)) continue;
        const from = path.join(e.parentPath, e.name);
        await link(from, path.join(REAL, spec.replace(/[/@]/g, '_'), path.relative(dir, from)));
      }
    }
    await fs.writeFile(marker, '');
  }
  const all = (await fs.readdir(REAL, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name !== '.complete');
  const sizes = await Promise.all(all.map(async (e) => (await fs.stat(path.join(e.parentPath, e.name))).size));
  return { files: all.length, mb: sizes.reduce((a, b) => a + b, 0) / 1e6 };
}

interface Run { ms: number; cpuMs: number; rssMB: number; lines: number }

/** Binaries a run listed: `path: go1.x` lines of text, or the binaries of a JSON report. */
function listed(stdout: string, json: boolean): number {
  if (json) return (JSON.parse(stdout) as { facts: { artifacts: { value: { binaries: unknown[] } } } }).facts.artifacts.value.binaries.length;
  return stdout.split('\n').filter((l) => /^\S.*: (go|Go)/.test(l)).length;
}

function timed(cmd: string, args: string[]): Run {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', cmd, ...args], {
    encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
    env: { PATH: `${path.dirname(GO)}:/usr/bin:/bin`, HOME: process.env.HOME ?? '/root', GOTOOLCHAIN: 'local', NO_COLOR: '1' },
  });
  const ms = performance.now() - t0;
  // Exit 1 means findings for godiag, but a crash exits 1 too: a run that wrote to stderr failed.
  const stderr = r.stderr.trim().split('\n').filter((l) => !l.startsWith('Command exited with non-zero status'));
  if ((r.status !== 0 && r.status !== 1) || stderr.length !== 1) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status}: ${r.stderr.slice(-500)}`);
  const [rssKB, user, sys] = stderr[0]!.split(' ').map(Number);
  return { ms, cpuMs: (user! + sys!) * 1000, rssMB: rssKB! / 1024, lines: listed(r.stdout, args.includes('json')) };
}


const rounds = Number(process.argv[2] ?? 5);
const made = await makeTree();
const usrFiles = (await fs.readdir('/usr', { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
const real = await realBinaries();
// [dir, title, go reads every Go binary there]: where it does not, godiag must list at least as many.
const trees: [string, string, boolean][] = [
  [TREE, `made tree: ${made.files} files, ${made.goBinaries} Go binaries (2 of them sparse 2 GiB files)`, true],
  ['/usr', `/usr: ${usrFiles} files`, true],
  [REAL, `real third-party binaries (npm): ${real.files} files, ${real.mb.toFixed(0)} MB, most without build info`, false],
];
const BEFORE = process.env.GODIAG_BEFORE ? path.resolve(process.env.GODIAG_BEFORE) : null;
for (const [dir, title, goReadsAll] of trees) {
  console.log(title);
  const variants: [string, string, string[]][] = [
    ['go version -m', GO, ['version', '-m', dir]],
    ['godiag inspect', process.execPath, [CLI, 'inspect', dir]],
    ['godiag inspect -m', process.execPath, [CLI, 'inspect', '-m', dir]],
    ['godiag inspect json', process.execPath, [CLI, 'inspect', '--format', 'json', dir]],
  ];
  if (BEFORE) variants.push(['before: inspect', process.execPath, [BEFORE, 'inspect', dir]], ['before: inspect -m', process.execPath, [BEFORE, 'inspect', '-m', dir]]);
  for (const [, cmd, args] of variants) timed(cmd, args); // warm the page cache
  const results = new Map<string, Run[]>(variants.map(([n]) => [n, []]));
  for (let i = 0; i < rounds; i++) {
    // Alternate the order so neither side always runs on a warmer machine.
    const order = i % 2 === 0 ? variants : [...variants].reverse();
    for (const [name, cmd, args] of order) results.get(name)!.push(timed(cmd, args));
  }
  const goListed = results.get('go version -m')![0]!.lines;
  for (const [name, runs] of results) {
    // A run that lists fewer binaries than go did less work: its time would flatter it.
    if (runs.some((r) => (goReadsAll ? r.lines !== goListed : r.lines < goListed))) throw new Error(`${name} listed ${runs.map((r) => r.lines).join('/')} binaries, go version -m ${goListed}`);
  }
  const goMs = median(results.get('go version -m')!.map((r) => r.ms));
  const goCpu = median(results.get('go version -m')!.map((r) => r.cpuMs));
  // Wall time is the target; CPU time (user+sys) is shown too because it is steadier on a busy machine.
  for (const [name, runs] of results) {
    const ms = median(runs.map((r) => r.ms));
    const cpu = median(runs.map((r) => r.cpuMs));
    console.log(`  ${name.padEnd(20)} wall ${ms.toFixed(0).padStart(6)} ms (${(ms / goMs).toFixed(2)}×)  cpu ${cpu.toFixed(0).padStart(5)} ms (${(cpu / goCpu).toFixed(2)}×)  peak RSS ${Math.max(...runs.map((r) => r.rssMB)).toFixed(0)} MB  binaries listed ${runs[0]!.lines}`);
  }
  if (BEFORE) {
    for (const v of ['inspect', 'inspect -m']) {
      const after = results.get(`godiag ${v}`)!.map((r) => r.ms), before = results.get(`before: ${v}`)!.map((r) => r.ms);
      console.log(`  ${v}: after/before wall ${(median(after) / median(before)).toFixed(3)}, per round ${perRound(after, before)}`);
    }
  }
}
