import { defineRule } from '../../engine/define-rule.js';
import { originLocation, originText, unsetFixes, UNSET_FIX_TITLES } from './origin.js';

/** GOPATH mode: no go.mod, no module proxy, no go get; left over from pre-1.16 guides. */
export const gd207 = defineRule({
  id: 'GD207',
  name: 'go111module-off',
  category: 'settings',
  severity: 'warning',
  title: 'GO111MODULE=off forces the legacy GOPATH mode',
  requires: ['goenv'],
  messages: {
    off: 'GO111MODULE=off (from {origin}) turns modules off: go.mod is ignored, `go get` is unsupported (Go 1.22+) and toolchain selection is disabled.',
  },
  fixTitles: { ...UNSET_FIX_TITLES },
  sources: ['https://go.dev/ref/mod#mod-commands', 'https://go.dev/doc/go1.22', 'https://go.dev/blog/go116-module-changes'],
  fixable: true,
  docs: {
    what: 'Reports GO111MODULE=off from any source.',
    why: 'Module mode has been the default since Go 1.16. With modules off, builds resolve imports from GOPATH/src, ignore go.mod and go.sum, cannot use the module proxy or checksum database, and since Go 1.22 `go get` refuses to run.',
    fix: 'Unset GO111MODULE (or set it to on) and use modules: `go mod init` in projects without a go.mod.',
  },
  check({ goenv }) {
    const s = goenv.settings.GO111MODULE;
    if (s?.value !== 'off') return [];
    const location = originLocation(goenv, s);
    return [{ messageId: 'off', data: { origin: originText(goenv, s) }, fixes: unsetFixes(s), ...(location ? { location } : {}) }];
  },
});
