import { defineRule } from '../../engine/define-rule.js';
import { coveredPublic, settingFixes, SETTING_FIX_TITLES } from './helpers.js';

/** GONOSUMDB/GOPRIVATE or GOINSECURE patterns wide enough to cover public modules. */
export const gd502 = defineRule({
  id: 'GD502',
  name: 'broad-module-exemption',
  category: 'modules',
  severity: 'warning',
  title: 'A GONOSUMDB, GOPRIVATE or GOINSECURE pattern covers public modules',
  requires: ['modules'],
  messages: {
    nosumdb: '{key} pattern {pattern} also covers public modules such as {example}: they skip the checksum database.',
    insecure: 'GOINSECURE pattern {pattern} also covers public modules such as {example}: direct fetches may use plain HTTP and unchecked certificates.',
  },
  fixTitles: { ...SETTING_FIX_TITLES },
  sources: ['https://go.dev/ref/mod#private-modules', 'src/cmd/go/internal/modfetch/fetch.go', 'src/cmd/vendor/golang.org/x/mod/module/module.go'],
  fixable: true,
  docs: {
    what: 'Matches GONOSUMDB (which defaults to GOPRIVATE) and GOINSECURE against well-known public module paths with the go command\'s own prefix-glob rules and reports patterns such as `*`, `github.com` or `*.com` that cover them.',
    why: 'An exemption is meant for the company\'s own modules. One that covers public hosts silently turns off checksum verification (GONOSUMDB) or TLS and HTTPS enforcement for direct fetches (GOINSECURE) for code from anyone. GOINSECURE does not switch off the checksum database, but it removes transport security.',
    fix: 'Narrow the pattern to the private host or organisation: corp.example.com, *.corp.example.com, github.com/acme.',
  },
  check({ modules }) {
    const out = [];
    const nosumdb = coveredPublic(modules.env.GONOSUMDB);
    if (nosumdb && modules.sumdb.kind !== 'off') {
      const key = modules.sources.GONOSUMDB === 'default' && modules.env.GOPRIVATE ? 'GOPRIVATE' : 'GONOSUMDB';
      out.push({ messageId: 'nosumdb' as const, data: { key, ...nosumdb }, evidence: { GONOSUMDB: modules.env.GONOSUMDB, GOPRIVATE: modules.env.GOPRIVATE }, fixes: settingFixes(modules, key, null, 'then list only private prefixes') });
    }
    const insecure = coveredPublic(modules.env.GOINSECURE);
    if (insecure) out.push({ messageId: 'insecure' as const, data: insecure, evidence: { GOINSECURE: modules.env.GOINSECURE }, fixes: settingFixes(modules, 'GOINSECURE', null, 'then list only hosts that truly lack TLS') });
    return out;
  },
});
