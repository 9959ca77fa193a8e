// godiag doctor vs the by-hand commands it replaces, paired in one run; and --version latency.
// Run: npx tsx bench/doctor.ts [BEFORE]   (after npm run build; BEFORE: another checkout with a
// build, measured in the same rotation: after/before and each one's ratio to the by-hand commands)
import { existsSync } from 'node:fs';
import { beforeAfter, median, paired, timeCommand } from './lib.js';

const CLI = 'dist/godiag.js';
if (!existsSync(CLI)) throw new Error('run npm run build first');

// What a user types to answer the same questions by hand.
const BY_HAND = `
which -a go
for g in $(which -a go); do readlink -f "$g"; "$g" version; done
go env -json >/dev/null
go env GOROOT GOPATH GOBIN GOPROXY GOPRIVATE GOFLAGS GOTOOLCHAIN
cat "$(go env GOROOT)/VERSION"
uname -a
ldd --version
cat /etc/os-release
grep -n -E 'GO[A-Z]*=|go/bin|PATH=' ~/.profile ~/.bashrc ~/.bash_profile ~/.zshrc ~/.config/fish/config.fish /etc/profile /etc/environment 2>/dev/null
cat /sys/fs/cgroup/cpu.max 2>/dev/null
findmnt -no OPTIONS /tmp 2>/dev/null
ls /etc/ssl/certs/ca-certificates.crt
true`;

const env = { ...process.env, NO_COLOR: '1' };
console.log('godiag doctor benchmark (medians of paired runs)');
const doctor = (cli: string) => () => timeCommand(process.execPath, [cli, 'doctor', '--format', 'json'], env);
const byHand = () => timeCommand('bash', ['-c', BY_HAND], env);
paired('doctor --format json vs by-hand commands', doctor(CLI), byHand, 9, 1.0);
const before = process.argv[2];
if (before) beforeAfter(`doctor --format json: ${before} (before) vs this checkout (after), anchor the by-hand commands`, doctor(`${before}/${CLI}`), doctor(CLI), byHand, 15);

// Node's own start-up is the floor under every godiag command: measured alongside, it says how
// much of each figure godiag can act on. NODE_EXTRA_CA_CERTS, when set, is loaded at Node start-up.
const versions: number[] = [];
const bare: number[] = [];
for (let i = 0; i < 21; i++) {
  versions.push(timeCommand(process.execPath, [CLI, '--version'], env).ms);
  bare.push(timeCommand(process.execPath, ['-e', '0'], env).ms);
}
const med = median(versions);
console.log(`${'godiag --version'.padEnd(44)} median ${med.toFixed(1)} ms  (target ≤ 80 ms: ${med <= 80 ? 'met' : 'NOT met'})`);
console.log(`${'node -e 0 (Node start-up alone)'.padEnd(44)} median ${median(bare).toFixed(1)} ms${process.env.NODE_EXTRA_CA_CERTS ? '  (NODE_EXTRA_CA_CERTS is set)' : ''}`);
