// Fetch the manifest's files into DIR/<owner>__<repo>/<path> at their commits, for
// bench/shell-accuracy.ts. Never writes into this repository. Sources, in order: an existing
// local clone under $GODIAG_DOTFILES_CLONES/<owner>+<repo>/repo, else a blobless clone from GitHub
// into a temp directory (network).
// Run: npx tsx bench/shell-accuracy-fetch.ts DIR
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const dir = process.argv[2];
if (!dir) { console.error('usage: npx tsx bench/shell-accuracy-fetch.ts DIR'); process.exit(2); }
if (path.resolve(dir).startsWith(path.resolve('.') + path.sep)) { console.error('DIR must be outside the repository'); process.exit(2); }
const manifest = JSON.parse(readFileSync(new URL('./shell-manifest.json', import.meta.url), 'utf8')) as { entries: { repo: string; path: string; commit: string }[] };
const tmp = mkdtempSync(path.join(os.tmpdir(), 'godiag-dotfiles-'));
const git = (args: string[]) => execFileSync('git', args, { maxBuffer: 64 << 20, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
let failed = 0;
try {
  for (const e of manifest.entries) {
    const local = process.env.GODIAG_DOTFILES_CLONES ? path.join(process.env.GODIAG_DOTFILES_CLONES, e.repo.replace('/', '+'), 'repo') : '';
    let clone = local && existsSync(local) ? local : path.join(tmp, e.repo.replace('/', '+'));
    try {
      if (!existsSync(clone)) git(['clone', '--quiet', '--bare', '--filter=blob:none', `https://github.com/${e.repo}.git`, clone]);
      if (existsSync(path.join(clone, '.git'))) clone = path.join(clone, '.git');
      const out = path.join(dir, e.repo.replace('/', '__'), e.path);
      mkdirSync(path.dirname(out), { recursive: true });
      writeFileSync(out, git(['--git-dir', clone, 'show', `${e.commit}:${e.path}`]));
    } catch (err) {
      failed++;
      console.error(`${e.repo} ${e.path}@${e.commit}: ${(err as Error).message.split('\n')[0]}`);
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`${manifest.entries.length - failed} of ${manifest.entries.length} files in ${dir}`);
process.exit(failed ? 1 : 0);
