import { defineRule } from '../../engine/define-rule.js';
import { settingFixes } from './helpers.js';

/** GOPROXY=direct or off: no module mirror, or no downloads at all. */
export const gd503 = defineRule({
  id: 'GD503',
  name: 'proxy-bypassed',
  category: 'modules',
  severity: 'info',
  title: 'GOPROXY is direct or off',
  requires: ['modules'],
  messages: {
    direct: 'GOPROXY=direct (from {source}): every module comes straight from its VCS host, with no mirror cache; fetches are slower and fail when a repository moves or disappears.',
    off: 'GOPROXY=off (from {source}): the go command cannot download any module that is not already in the module cache{privateNote}.',
  },
  sources: ['https://go.dev/ref/mod#module-proxy', 'src/cmd/go/internal/modfetch/proxy.go'],
  fixable: true,
  docs: {
    what: 'Reports a GOPROXY whose first entry is `direct` or `off`.',
    why: 'With `direct`, each module is cloned from its origin with git (or hg, svn...), which is slower, needs the VCS tools and credentials, and breaks when an upstream repository is deleted or force-pushed; the module mirror keeps copies. With `off`, any module missing from the cache fails with "module lookup disabled by GOPROXY=off" (paths matched by GONOPROXY are still fetched directly).',
    fix: 'Use the default https://proxy.golang.org,direct (or a company proxy followed by it) and exempt private modules with GOPRIVATE.',
  },
  check({ modules }) {
    const first = modules.proxy.entries[0];
    if (!first || first.kind === 'proxy') return [];
    const data = { source: modules.sources.GOPROXY ?? 'default', privateNote: modules.env.GONOPROXY ? ` (paths matching GONOPROXY=${modules.env.GONOPROXY} are still fetched directly)` : '' };
    const fixes = settingFixes(modules, 'GOPROXY', 'https://proxy.golang.org,direct', 'the module mirror first, then direct');
    if (first.kind === 'direct') return [{ messageId: 'direct', data, evidence: { GOPROXY: modules.env.GOPROXY }, fixes }];
    return [{ messageId: 'off', data, evidence: { GOPROXY: modules.env.GOPROXY }, fixes, severity: 'warning' }];
  },
});
