import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { settingFixes, SETTING_FIX_TITLES } from './helpers.js';

/** GOSUMDB=off: nothing outside go.sum checks what the proxy or VCS serves. */
export const gd501 = defineRule({
  id: 'GD501',
  name: 'checksum-db-off',
  category: 'modules',
  severity: 'warning',
  title: 'GOSUMDB=off disables the checksum database for every module',
  requires: ['modules'],
  messages: {
    off: 'GOSUMDB=off (from {source}): new module versions are trusted on first download, with no check against the public checksum log.',
  },
  fixTitles: {
    ...SETTING_FIX_TITLES,
    exemptPrivateModulesInstead: 'Exempt private modules instead',
  },
  sources: ['https://go.dev/ref/mod#checksum-database', 'src/cmd/go/internal/modfetch/fetch.go', 'https://go.dev/ref/mod#private-modules'],
  fixable: true,
  docs: {
    what: 'Reports GOSUMDB=off, wherever it is set (environment, go env -w file, go.env).',
    why: 'With the checksum database off, a version missing from go.sum is accepted as whatever the proxy or origin serves the first time, so a compromised proxy, a moved tag or a man in the middle goes unnoticed. Dotfiles often carry GOSUMDB=off to make private modules work, when GOPRIVATE or GONOSUMDB would exempt only those. Toolchain downloads are still verified.',
    fix: 'Remove GOSUMDB=off and exempt only private paths with GOPRIVATE (or GONOSUMDB).',
  },
  check({ modules }) {
    if (modules.sumdb.kind !== 'off') return [];
    return [{
      messageId: 'off',
      data: { source: modules.sources.GOSUMDB ?? 'default' },
      evidence: { GOSUMDB: modules.env.GOSUMDB, GOPRIVATE: modules.env.GOPRIVATE, source: modules.sources.GOSUMDB },
      fixes: [
        ...settingFixes(modules, 'GOSUMDB', null, 'the default sum.golang.org applies again'),
        { kind: 'manual', title: fixTitle('exemptPrivateModulesInstead'), steps: ['go env -w GOPRIVATE=corp.example.com,*.corp.example.com'], url: 'https://go.dev/ref/mod#private-modules' },
      ],
    }];
  },
});
