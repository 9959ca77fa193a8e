// zsh plugin managers, modelled from their documentation instead of reading their code:
// oh-my-zsh (lib, plugins custom-first, $ZSH_CUSTOM/*.zsh — oh-my-zsh.sh), antidote (`antidote
// load` reads ~/.zsh_plugins.txt), zinit/zi (`snippet`, `light`/`load`, the `wait` ice that
// defers loading to after the first prompt). What cannot be loaded from the files at hand (a
// GitHub plugin not cloned yet, a downloaded snippet, a deferred load) is recorded with the
// files that may be sourced, never skipped silently.
import * as path from 'node:path';
import type { EvalState } from './state.js';
import type { Expanded } from '../../analyzers/shell/expand.js';

export interface Loader {
  state: EvalState;
  /** Source a file as the manager would, recording the line that caused it. */
  source(target: string, loader: string): Promise<void>;
  /** Record a load the analysis cannot follow, with the files it may source. */
  unfollowed(loader: string, problem: string, candidates: string[]): void;
  glob(pattern: string): Promise<string[]>;
}

/** A sourced file that is a manager's entry point: handled here (true) or an ordinary file (false). */
export async function managerEntryPoint(l: Loader, target: string): Promise<boolean> {
  const st = l.state;
  const base = path.posix.basename(target);
  if (!(await st.cache.host.stat(target))?.isFile) return false;
  if (base === 'oh-my-zsh.sh') { await ohMyZsh(l, path.posix.dirname(target)); return true; }
  if (base === 'antidote.zsh') { st.managers.set('antidote', target); return true; }
  if (base === 'zinit.zsh' || base === 'zi.zsh') { st.managers.set('zinit', target); return true; }
  return false;
}

async function ohMyZsh(l: Loader, zsh: string) {
  const st = l.state;
  const custom = st.get('ZSH_CUSTOM') || `${zsh}/custom`;
  for (const f of await l.glob(`${zsh}/lib/*.zsh(N)`)) await l.source(f, 'oh-my-zsh');
  const plugins = st.arrays.get('plugins') ?? (st.get('plugins') ?? '').split(/\s+/).filter(Boolean);
  for (const p of plugins) {
    const mine = `${custom}/plugins/${p}/${p}.plugin.zsh`;
    const theirs = `${zsh}/plugins/${p}/${p}.plugin.zsh`;
    if ((await st.cache.host.stat(mine))?.isFile) await l.source(mine, 'oh-my-zsh');
    else if ((await st.cache.host.stat(theirs))?.isFile) await l.source(theirs, 'oh-my-zsh');
  }
  for (const f of await l.glob(`${custom}/*.zsh(N)`)) await l.source(f, 'oh-my-zsh');
}

/** A manager's command (`antidote load`, `zinit snippet …`): true when handled here. */
export async function managerCommand(l: Loader, words: Expanded[]): Promise<boolean> {
  const cmd = words[0]?.value;
  const st = l.state;
  if (cmd === 'antidote') {
    if (!st.managers.has('antidote')) return false;
    if (words[1]?.value === 'load') await antidoteLoad(l, words[2]);
    return true;
  }
  if (cmd === 'zinit' || cmd === 'zi') {
    if (!st.managers.has('zinit')) return false;
    await zinit(l, words.slice(1));
    return true;
  }
  return false;
}

async function antidoteLoad(l: Loader, fileArg: Expanded | undefined) {
  const st = l.state;
  const zdot = st.get('ZDOTDIR') || st.opts.home;
  const list = fileArg?.known ? fileArg.value : `${zdot}/.zsh_plugins.txt`;
  const text = await st.cache.host.readText(list, 256 * 1024);
  if (text === null) return;
  const cache = `${st.get('XDG_CACHE_HOME') || `${st.opts.home}/.cache`}/antidote`;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const [bundle, ...annotations] = line.split(/\s+/);
    const local = bundle!.replace(/^~(?=\/)/, st.opts.home).replace(/\$\{?(HOME|ZDOTDIR)\}?/g, (_a, n: string) => (n === 'HOME' ? st.opts.home : zdot));
    if (annotations.some((a) => a === 'kind:defer')) { l.unfollowed('antidote', `${bundle} is loaded deferred (kind:defer), after the first prompt`, await pluginFiles(l, local)); continue; }
    if (local.startsWith('/')) {
      const files = await pluginFiles(l, local);
      if (files[0]) await l.source(files[0], 'antidote');
      continue;
    }
    // A GitHub bundle: antidote clones it on first use (network) into its cache.
    const clone = `${cache}/${bundle}`;
    const files = await pluginFiles(l, clone);
    if (files[0] && (await st.cache.host.stat(files[0]))?.isFile) await l.source(files[0], 'antidote');
    else l.unfollowed('antidote', `${bundle} is a GitHub bundle antidote clones on first use; not present at ${clone}`, [`${clone}/*.plugin.zsh`]);
  }
}

/** The file a plugin directory is initialised from (`*.plugin.zsh`, else `*.zsh`, else `*.sh`), or the file itself. */
async function pluginFiles(l: Loader, dirOrFile: string): Promise<string[]> {
  const st = await l.state.cache.host.stat(dirOrFile);
  if (st?.isFile) return [dirOrFile];
  if (!st?.isDir) return [];
  for (const g of ['*.plugin.zsh', 'init.zsh', '*.zsh', '*.sh']) {
    const hits = await l.glob(`${dirOrFile}/${g}(N)`);
    if (hits.length) return hits;
  }
  return [];
}

async function zinit(l: Loader, args: Expanded[]) {
  const st = l.state;
  const sub = args[0]?.value;
  if (sub === 'ice') { st.zinitIce = args.slice(1).map((a) => a.value); return; }
  const ice = st.zinitIce;
  st.zinitIce = [];
  const deferred = ice.some((i) => /^wait/.test(i));
  const entry = st.managers.get('zinit')!;
  const plugins = `${path.posix.dirname(path.posix.dirname(entry))}/plugins`;
  if (sub === 'snippet') {
    const target = args.find((a, i) => i > 0 && !a.value.startsWith('-'));
    if (!target?.known) { l.unfollowed('zinit', 'the snippet name depends on a command or unknown variable', []); return; }
    const file = target.value.replace(/^~(?=\/)/, st.opts.home);
    if (!file.startsWith('/')) { l.unfollowed('zinit', `snippet ${target.value} is downloaded by zinit (URL or OMZ:: shorthand), not read from HOME`, []); return; }
    if (deferred) { l.unfollowed('zinit', `loaded after the first prompt (zinit ice ${ice.join(' ')}): \`zsh -ic\`, \`zsh -c\` and scripts never get it`, [file]); return; }
    await l.source(file, 'zinit');
    return;
  }
  if (sub === 'light' || sub === 'load') {
    const repo = args.slice(1).find((a) => !a.value.startsWith('-'));
    if (!repo?.known) { l.unfollowed('zinit', 'the plugin name depends on a command or unknown variable', []); return; }
    const dir = `${plugins}/${repo.value.replace(/\//g, '---')}`;
    const files = await pluginFiles(l, dir);
    if (deferred) { l.unfollowed('zinit', `loaded after the first prompt (zinit ice ${ice.join(' ')}): \`zsh -ic\`, \`zsh -c\` and scripts never get it`, files.length ? files : [`${dir}/*.plugin.zsh`]); return; }
    if (files[0]) await l.source(files[0], 'zinit');
    else l.unfollowed('zinit', `${repo.value} is a GitHub plugin zinit clones on first start; not present at ${dir}`, [`${dir}/*.plugin.zsh`]);
    return;
  }
  if (sub === 'for' || args.some((a) => a.value === 'for')) l.unfollowed('zinit', 'the `zinit … for` form is not modelled', []);
}
