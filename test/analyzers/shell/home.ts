// Crafted HOME directories with real startup files, analysed by the real code on this machine.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LocalHost } from '../../../src/collectors/host.js';
import { analyzeShells } from '../../../src/collectors/shell/analyze.js';
import type { ShellsFacts } from '../../../src/facts/schema/shells.js';
import type { ShellName } from '../../../src/knowledge/shell-startup.js';

export const BASE_PATH = '/usr/local/bin:/usr/bin:/bin';

/** Write files (paths relative to HOME, `{HOME}` in contents replaced) into a fresh temp HOME. */
export async function makeHome(files: Record<string, string | Buffer>): Promise<string> {
  const home = await fs.mkdtemp(path.join(os.tmpdir(), 'godiag-home-'));
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(home, rel);
    await fs.mkdir(path.dirname(p), { recursive: true });
    await fs.writeFile(p, typeof content === 'string' ? content.replaceAll('{HOME}', home) : content);
  }
  return home;
}

export function hostFor(home: string, env: Record<string, string> = {}): LocalHost {
  return new LocalHost({ HOME: home, USER: 'godiag-no-such-user', PATH: BASE_PATH, SHELL: '/bin/bash', ...env });
}

/** Analyse a crafted HOME; the directory is removed afterwards. */
export async function analyzeHome(files: Record<string, string | Buffer>, opts: { shells?: ShellName[]; env?: Record<string, string>; keep?: (home: string) => Promise<void> } = {}): Promise<ShellsFacts & { home: string }> {
  const home = await makeHome(files);
  try {
    const facts = await analyzeShells(hostFor(home, opts.env), { shells: opts.shells ?? ['bash', 'sh', 'zsh', 'fish'] });
    if (opts.keep) await opts.keep(home);
    return { ...facts, dynamic: null };
  } finally {
    await fs.rm(home, { recursive: true, force: true });
  }
}

export function context(f: Pick<ShellsFacts, 'contexts'>, id: string) {
  const c = f.contexts.find((x) => x.id === id);
  if (!c) throw new Error(`no context ${id} (have ${f.contexts.map((x) => x.id).join(', ')})`);
  return c;
}

/** A fixture HOME from test/fixtures/dotfiles, copied into a fresh temp directory. */
export async function fixtureHome(name: string): Promise<string> {
  const home = await fs.mkdtemp(path.join(os.tmpdir(), `godiag-${name}-`));
  await fs.cp(path.join('test/fixtures/dotfiles', name), home, { recursive: true });
  return home;
}

/** Analyse a fixture HOME (bash, sh, zsh, fish) on this machine; the copy is removed afterwards. */
export async function analyzeFixture(name: string, env: Record<string, string> = {}): Promise<{ facts: ShellsFacts; home: string }> {
  const home = await fixtureHome(name);
  try {
    return { facts: { ...(await analyzeShells(hostFor(home, env), { shells: ['bash', 'sh', 'zsh', 'fish'] })), dynamic: null }, home };
  } finally {
    await fs.rm(home, { recursive: true, force: true });
  }
}
