// godiag shell vs asking every shell in every mode by hand, paired in one run.
// Run: npx tsx bench/shell.ts [BEFORE]   (after npm run build; BEFORE: another checkout with a
// built dist/, timed in the same runs for a before/after comparison on the same anchor runs)
import { existsSync, mkdtempSync, writeFileSync, mkdirSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAfter, paired, timeCommand } from './lib.js';

const CLI = 'dist/godiag.js';
if (!existsSync(CLI)) throw new Error('run npm run build first');

// A realistic HOME: skeleton-style files with the usual Go lines, and zsh/fish configs.
const home = mkdtempSync(join(tmpdir(), 'godiag-bench-'));
copyFileSync('test/fixtures/dotfiles/skeleton/.bashrc', join(home, '.bashrc'));
copyFileSync('test/fixtures/dotfiles/skeleton/.profile', join(home, '.profile'));
writeFileSync(join(home, '.bashrc'), '\nexport GOPATH=$HOME/go\nexport PATH=$PATH:/usr/local/go/bin:$GOPATH/bin\n', { flag: 'a' });
writeFileSync(join(home, '.zshenv'), 'export GOPROXY=https://proxy.golang.org,direct\npath=(/usr/local/go/bin(N) $path)\n');
mkdirSync(join(home, '.config/fish'), { recursive: true });
copyFileSync('test/fixtures/dotfiles/fish-config/.config/fish/config.fish', join(home, '.config/fish/config.fish'));

// By hand: every shell in every mode, which go and the Go variables.
const probe = 'command -v go; env | grep -E "^(GO|CGO_)" || true';
const modes = [['-l', '-i'], ['-i'], []];
const BY_HAND = ['bash', 'dash', 'zsh', 'fish', 'busybox sh'].flatMap((sh) => modes.map((m) => `${sh} ${m.join(' ')} -c '${probe}' </dev/null >/dev/null 2>&1`)).join('\n') + '\ntrue';

const env = { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: home, USER: 'bench', SHELL: '/bin/bash', NO_COLOR: '1' };
console.log('godiag shell benchmark (medians of paired runs)');
paired('shell (static) vs 15 shells by hand', () => timeCommand(process.execPath, [CLI, 'shell', '--format', 'json', '--fail-on', 'never'], env), () => timeCommand('bash', ['-c', BY_HAND], env), 7, 1.5);
paired('shell --run-shells vs 15 shells by hand', () => timeCommand(process.execPath, [CLI, 'shell', '--run-shells', '--format', 'json', '--fail-on', 'never'], env), () => timeCommand('bash', ['-c', BY_HAND], env), 7, 3.0);
const before = process.argv[2];
if (before) {
  const beforeCli = join(before, CLI);
  if (!existsSync(beforeCli)) throw new Error(`${beforeCli}: no build there (npm run build in ${before})`);
  const anchor = () => timeCommand('bash', ['-c', BY_HAND], env);
  for (const [label, extra] of [['shell (static)', []], ['shell --run-shells', ['--run-shells']]] as const) {
    const args = (cli: string) => [cli, 'shell', ...extra, '--format', 'json', '--fail-on', 'never'];
    beforeAfter(`${label}: ${before} (before) vs this checkout (after), anchor 15 shells by hand`, () => timeCommand(process.execPath, args(beforeCli), env), () => timeCommand(process.execPath, args(CLI), env), anchor, 15);
  }
}
rmSync(home, { recursive: true, force: true });
