import { defineRule } from '../../engine/define-rule.js';
import { fixedInAll, listAdvisories, VERSION_MATCHING, VULN_SOURCES } from '../modules/vuln-shared.js';

/** A binary's build info lists module versions with advisories. */
export const gd841 = defineRule({
  id: 'GD841',
  name: 'binary-module-advisories',
  category: 'artifact',
  severity: 'warning',
  title: 'A binary contains module versions with known vulnerabilities',
  requires: ['vulns'],
  messages: {
    module: '{path} contains {module} {version}: {count} known advisories: {ids}; {fixedIn}. {matching}; govulncheck -mode=binary checks the symbols the binary contains.',
  },
  sources: [...VULN_SOURCES, 'src/runtime/debug/mod.go'],
  fixable: true,
  docs: {
    what: 'With `inspect --vuln` (or --vulndb DIR), matches every module of each binary\'s build info (the replacement when one was built) against the Go vulnerability database, offline, by version.',
    why: 'A shipped binary keeps the module versions it was built with; an upgrade in go.mod fixes nothing until the binary is rebuilt and replaced.',
    fix: 'Upgrade the module in the program\'s go.mod, rebuild and redeploy; govulncheck -mode=binary tells which advisories the binary\'s code reaches.',
  },
  check({ vulns }) {
    return vulns.binaries.flatMap((b) => b.modules.map((m) => {
      const fixed = fixedInAll(m.advisories);
      return {
        messageId: 'module' as const,
        data: { path: b.path, module: m.path, version: m.version, count: m.advisories.length, ids: listAdvisories(m.advisories), fixedIn: fixed ? `all with a fix are fixed in ${fixed}` : 'no fixed version yet', matching: VERSION_MATCHING },
        location: { file: b.path },
        evidence: { advisories: m.advisories.map((a) => ({ id: a.id, fixed: a.fixed, aliases: a.aliases })) },
      };
    }));
  },
});
