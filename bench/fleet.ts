// godiag fleet on 10 real chroot targets (busybox-static roots, each with a Go copied in and its
// own settings) against the slowest of the same targets diagnosed alone (the goal: at most 1.5x),
// and against the CPU floor: chroot targets run their go commands on this machine's cores, so ten
// of them cannot take less than their CPU time divided by the cores. Needs root (chroot).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median } from './lib.js';
import { BusyboxRoot, rootfsUnavailable, toolchainRoot, withProcs } from '../test/helpers/rootfs.js';

const why = rootfsUnavailable();
if (why) {
  console.error(`bench/fleet: cannot build chroot targets: ${why}`);
  process.exit(1);
}
const CLI = join(process.cwd(), 'dist', 'godiag.js');
const ENV = { PATH: '/usr/local/go/bin:/usr/sbin:/usr/bin:/bin', HOME: '/nonexistent', NO_COLOR: '1' };
const gos = [toolchainRoot('go1.27.3'), toolchainRoot('go1.26.8')];
const roots = Array.from({ length: 10 }, (_, i) => {
  const r = new BusyboxRoot();
  r.copyGo(gos[i % 3 === 2 ? 1 : 0]!);
  r.file('etc/profile', 'export PATH=/usr/local/go/bin:$PATH\n');
  r.file('root/.config/go/env', i === 4 ? 'GOPROXY=off\n' : 'GOPROXY=https://proxy.golang.org,direct\n');
  return r;
});
const dirs = roots.map((r) => r.dir);

/** One fleet run under /usr/bin/time: wall ms, CPU ms (with the target's processes) and peak RSS (KB). */
function fleet(targets: string[]): { ms: number; cpuMs: number; rssKb: number } {
  const [file, ...args] = withProcs(dirs, ['/usr/bin/time', '-f', '%M %U %S', process.execPath, CLI, 'fleet', '--no-progress', '--format', 'json', '-j', '10', ...targets.map((d) => `chroot://${d}`)]);
  const start = process.hrtime.bigint();
  const r = spawnSync(file!, args, { env: ENV, cwd: '/', encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`fleet exited ${r.status}: ${r.stderr.slice(-400)}`);
  const [rss, user, sys] = r.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { ms, cpuMs: (user! + sys!) * 1000, rssKb: rss! };
}

try {
  fleet(dirs); // warm the page cache
  const runs = 3;
  const cores = Number(spawnSync('nproc').stdout.toString().trim());
  const all: number[] = [], rss: number[] = [], slowest: number[] = [], floor: number[] = [];
  for (let i = 0; i < runs; i++) {
    const p = fleet(dirs);
    all.push(p.ms);
    rss.push(p.rssKb);
    const singles = dirs.map((d) => fleet([d]));
    slowest.push(Math.max(...singles.map((x) => x.ms)));
    floor.push(Math.max(Math.max(...singles.map((x) => x.ms)), singles.reduce((a, x) => a + x.cpuMs, 0) / cores));
  }
  console.log(`fleet of ${dirs.length} chroot targets: ${median(all).toFixed(0)} ms wall, peak RSS ${(median(rss) / 1024).toFixed(0)} MB`);
  console.log(`slowest single target alone: ${median(slowest).toFixed(0)} ms -> ratio ${(median(all) / median(slowest)).toFixed(2)}x (goal <= 1.5x for targets with their own CPUs)`);
  console.log(`CPU floor on ${cores} cores (all singles' CPU / cores): ${median(floor).toFixed(0)} ms -> ratio ${(median(all) / median(floor)).toFixed(2)}x`);
} finally {
  for (const r of roots) r.cleanup();
}
