import { defineRule } from '../../engine/define-rule.js';
import { isPublicProxy, settingFixes, SETTING_FIX_TITLES } from './helpers.js';

/** GOPROXY again from its entries, with the separator after entry `at` changed (URLs as in the facts: redacted). */
function withSeparator(entries: readonly { url: string; fallBackOnError: boolean }[], at: number, sep: ',' | '|'): string {
  return entries.map((e, j) => e.url + (j === entries.length - 1 ? '' : j === at ? sep : e.fallBackOnError ? '|' : ',')).join('');
}

/** `,` falls through only on 404/410; `|` after a private proxy sends private paths onward. */
export const gd505 = defineRule({
  id: 'GD505',
  name: 'proxy-fallthrough',
  category: 'modules',
  severity: 'info',
  title: 'GOPROXY fall-through will not happen when expected, or leaks paths onward',
  requires: ['modules'],
  messages: {
    commaStops: 'GOPROXY lists {next} after {url} with a comma: if {url} times out, refuses the connection or answers 5xx/403, the go command stops there; {next} is tried only on 404 or 410.',
    pipeLeaks: 'GOPROXY lists {next} after {url} with `|`: any error from {url} (a timeout, a 401) sends the request, module path included, on to {next}.',
  },
  fixTitles: { ...SETTING_FIX_TITLES },
  sources: ['https://go.dev/ref/mod#goproxy-protocol', 'src/cmd/go/internal/modfetch/proxy.go', 'https://go.dev/doc/go1.15#go-command'],
  fixable: true,
  docs: {
    what: 'Looks at each GOPROXY separator after a company (non-public) proxy: a comma that will not fall through on network errors, or a pipe that forwards requests meant for it to a public proxy.',
    why: 'After `,` the go command tries the next entry only when a proxy answers 404 or 410 (fs.ErrNotExist); after `|` it tries the next entry on any error (Go 1.15+). Users who list a company proxy first usually expect the public mirror to take over when the company proxy is down, which needs `|`; but `|` also sends the company proxy\'s module paths to the public mirror whenever the company proxy fails.',
    fix: 'Use `|` after a proxy when falling through on outages is wanted and the paths are public; keep `,` and exempt private paths with GOPRIVATE/GONOPROXY when they must not leave.',
  },
  check({ modules }) {
    const entries = modules.proxy.entries;
    const out = [];
    for (let i = 0; i + 1 < entries.length; i++) {
      const e = entries[i]!;
      const next = entries[i + 1]!;
      if (e.kind !== 'proxy' || next.kind === 'off' || isPublicProxy(e.url)) continue;
      const data = { url: e.url, next: next.url };
      if (!e.fallBackOnError) {
        out.push({ messageId: 'commaStops' as const, data, evidence: { GOPROXY: modules.env.GOPROXY }, fixes: settingFixes(modules, 'GOPROXY', withSeparator(entries, i, '|'), 'fall through on any error') });
      } else if (next.kind === 'direct' || isPublicProxy(next.url)) {
        out.push({ messageId: 'pipeLeaks' as const, data, evidence: { GOPROXY: modules.env.GOPROXY, GONOPROXY: modules.env.GONOPROXY }, fixes: settingFixes(modules, 'GOPROXY', withSeparator(entries, i, ','), 'fall through only on 404/410') });
      }
    }
    return out;
  },
});
