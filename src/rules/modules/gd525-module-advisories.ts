import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { inModuleDir } from './helpers.js';
import { fixedInAll, listAdvisories, VERSION_MATCHING, VULN_SOURCES } from './vuln-shared.js';

/** go.mod requires module versions with known vulnerabilities. */
export const gd525 = defineRule({
  id: 'GD525',
  name: 'module-advisories',
  category: 'modules',
  severity: 'warning',
  title: 'go.mod requires a module version with known vulnerabilities',
  requires: ['vulns'],
  messages: {
    advisories: '{module} {version} has {count} known advisories: {ids}; {fixedIn}. {matching}.',
  },
  fixTitles: {
    upgradeToTheFixed: 'Upgrade to the fixed version',
  },
  sources: VULN_SOURCES,
  fixable: true,
  docs: {
    what: 'Matches each go.mod requirement (after replace directives) against the Go vulnerability database read offline, by the module\'s version (OSV SEMVER ranges, Go\'s v-prefixed and pseudo-versions).',
    why: 'A requirement at an affected version puts vulnerable code in every build that uses the affected packages. Version matching finds it without building; govulncheck then tells whether the code is reached.',
    fix: 'Upgrade the requirement to the fixed version (`go get module@version`, then `go mod tidy`), and run govulncheck to see which advisories are reachable.',
  },
  check({ vulns }) {
    return vulns.modules.map((m) => {
      const fixed = fixedInAll(m.advisories);
      return {
        messageId: 'advisories' as const,
        data: { module: m.path, version: m.version, count: m.advisories.length, ids: listAdvisories(m.advisories), fixedIn: fixed ? `all with a fix are fixed in ${fixed}` : 'no fixed version yet', matching: VERSION_MATCHING },
        location: { file: m.file, line: m.line },
        evidence: { advisories: m.advisories.map((a) => ({ id: a.id, fixed: a.fixed, aliases: a.aliases, summary: a.summary })) },
        fixes: fixed ? [{ kind: 'command' as const, title: fixTitle('upgradeToTheFixed'), command: `${inModuleDir(m.file)}go get ${m.path}@${fixed} && go mod tidy`, safety: 'review' as const }] : [],
      };
    });
  },
});
