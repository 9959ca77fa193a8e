import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { VULN_SOURCES } from './vuln-shared.js';

/** No vulnerability database offline: say so, and how to get one; never fetch. */
export const gd526 = defineRule({
  id: 'GD526',
  name: 'vulndb-missing',
  category: 'modules',
  severity: 'info',
  title: 'No Go vulnerability database is available offline',
  requires: ['vulns'],
  messages: {
    missing: 'Known vulnerabilities were not checked: {howTo}.',
  },
  fixTitles: {
    fetchGolangOrgX: 'Fetch golang.org/x/vulndb into the module cache',
  },
  sources: [...VULN_SOURCES, 'https://pkg.go.dev/golang.org/x/vulndb'],
  fixable: true,
  docs: {
    what: 'Reports that neither --vulndb DIR nor golang.org/x/vulndb in the module cache was found, so the vulnerability rules had nothing to match against.',
    why: 'godiag never downloads on its own. Without a database, "no vulnerable versions" would be a silent pass that means nothing.',
    fix: 'Run `godiag vulndb update` (uses your GOPROXY and checksum settings) or point --vulndb at a directory of OSV files.',
  },
  check({ vulns }) {
    if (vulns.db) return [];
    return [{ messageId: 'missing', data: { howTo: vulns.howTo ?? 'no database' }, fixes: [{ kind: 'command', title: fixTitle('fetchGolangOrgX'), command: 'godiag vulndb update', safety: 'safe' }] }];
  },
});
