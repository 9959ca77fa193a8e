// The system area vs the by-hand commands that answer the same questions, paired in one run.
// Run: npx tsx bench/system.ts   (bundles the collector into .cache/ first; no tsx in the timing)
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { paired, timeCommand } from './lib.js';

mkdirSync('.cache', { recursive: true });
writeFileSync('.cache/bench-system-entry.ts', [
  "import { LocalHost } from '../src/collectors/host.js';",
  "import { systemCollector } from '../src/collectors/system/index.js';",
  'const v = await systemCollector.collect(new LocalHost(), { cwd: process.cwd() }, {});',
  'process.stdout.write(JSON.stringify(v).length + "\\n");',
].join('\n'));
buildSync({ entryPoints: ['.cache/bench-system-entry.ts'], bundle: true, platform: 'node', format: 'esm', outfile: '.cache/bench-system.mjs', logLevel: 'error' });

// What a user types for the same facts (OS, arch, libc, cgo, cgroups, mounts, space, CA).
const BY_HAND = `
uname -r; uname -m; cat /etc/os-release; dpkg --print-architecture 2>/dev/null; grep -m1 '^flags' /proc/cpuinfo
ls -a /.dockerenv /run/.containerenv 2>/dev/null; cat /proc/1/cgroup; ls /proc/sys/fs/binfmt_misc
getconf GNU_LIBC_VERSION
go env CC CXX CGO_ENABLED PKG_CONFIG GOCACHE GOMODCACHE GOPATH GOTMPDIR GOROOT
command -v gcc g++ pkg-config; gcc --version; g++ --version
getenforce 2>/dev/null; cat /proc/self/cgroup
cat /sys/fs/cgroup/cpu.max /sys/fs/cgroup/cpu/cpu.cfs_quota_us /sys/fs/cgroup/cpu/cpu.cfs_period_us 2>/dev/null
cat /sys/fs/cgroup/memory.max /sys/fs/cgroup/memory/memory.limit_in_bytes 2>/dev/null; nproc
for d in /tmp $(go env GOCACHE GOMODCACHE GOPATH GOROOT); do findmnt -T "$d" -no TARGET,FSTYPE,OPTIONS; stat -c '%U %a' "$d"; df -Pk "$d"; done
grep -c 'BEGIN CERT' /etc/ssl/certs/ca-certificates.crt
true`;

console.log('system area benchmark (medians of paired runs)');
paired('system collector vs by-hand commands', () => timeCommand(process.execPath, ['.cache/bench-system.mjs']), () => timeCommand('bash', ['-c', BY_HAND]), 9, 1.5);
