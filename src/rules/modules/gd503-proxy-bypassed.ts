import { defineRule } from '../../engine/define-rule.js';
import { settingFixes, SETTING_FIX_TITLES } from './helpers.js';

/** GOPROXY=direct or off: no module mirror, or no downloads at all. */
export const gd503 = defineRule({
  id: 'GD503',
  name: 'proxy-bypassed',
  category: 'modules',
  severity: 'info',
  title: 'GOPROXY is direct or off, or lists entries after direct/off',
  requires: ['modules'],
  messages: {
    direct: 'GOPROXY={value} (from {source}) starts with direct: every module comes straight from its VCS host, with no mirror cache; fetches are slower and fail when a repository moves or disappears.{ignoredNote}',
    off: 'GOPROXY={value} (from {source}) starts with off: the go command cannot download any module that is not already in the module cache{privateNote}.{ignoredNote}',
    ignored: 'GOPROXY={value} (from {source}): the entries after {stop}, {ignored}, are never used: the go command stops at direct and off (modfetch proxyList), so they are no fallback.',
  },
  fixTitles: { ...SETTING_FIX_TITLES },
  sources: ['https://go.dev/ref/mod#module-proxy', 'src/cmd/go/internal/modfetch/proxy.go (proxyList: direct and off end the list)'],
  fixable: true,
  docs: {
    what: 'Reports a GOPROXY whose first entry is `direct` or `off`, and entries after `direct` or `off`, which modfetch proxyList never reads.',
    why: 'With `direct`, each module is cloned from its origin with git (or hg, svn...), which is slower, needs the VCS tools and credentials, and breaks when an upstream repository is deleted or force-pushed; the module mirror keeps copies. With `off`, any module missing from the cache fails with "module lookup disabled by GOPROXY=off" (paths matched by GONOPROXY are still fetched directly).',
    fix: 'Use the default https://proxy.golang.org,direct (or a company proxy followed by it) and exempt private modules with GOPRIVATE.',
  },
  check({ modules }) {
    const first = modules.proxy.entries[0];
    if (!first || modules.proxy.error) return [];
    const stop = modules.proxy.entries.find((e) => e.kind !== 'proxy')?.kind ?? 'direct';
    const ignored = modules.proxy.ignored.join(', ');
    const data = {
      value: modules.env.GOPROXY, source: modules.sources.GOPROXY ?? 'default', stop, ignored,
      privateNote: modules.env.GONOPROXY ? ` (paths matching GONOPROXY=${modules.env.GONOPROXY} are still fetched directly)` : '',
      ignoredNote: ignored ? ` The entries after ${stop} (${ignored}) are never used: the go command stops there.` : '',
    };
    if (first.kind === 'proxy') {
      if (!ignored) return [];
      const kept = modules.proxy.entries.map((e) => e.url).join(',');
      return [{ messageId: 'ignored', severity: 'warning', data, evidence: { GOPROXY: modules.env.GOPROXY, ignored: modules.proxy.ignored }, fixes: settingFixes(modules, 'GOPROXY', kept, `without the entries Go never reaches; put a fallback proxy before ${stop} if you meant one`) }];
    }
    const fixes = settingFixes(modules, 'GOPROXY', 'https://proxy.golang.org,direct', 'the module mirror first, then direct');
    if (first.kind === 'direct') return [{ messageId: 'direct', data, evidence: { GOPROXY: modules.env.GOPROXY }, fixes }];
    return [{ messageId: 'off', data, evidence: { GOPROXY: modules.env.GOPROXY }, fixes, severity: 'warning' }];
  },
});
