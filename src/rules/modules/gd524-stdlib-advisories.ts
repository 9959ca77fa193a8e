import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { earliestFix, fixedInAll, listAdvisories, semverToGo, VERSION_MATCHING, VULN_SOURCES } from './vuln-shared.js';

/** Known vulnerabilities of the standard library and go command of the release that runs here. */
export const gd524 = defineRule({
  id: 'GD524',
  name: 'stdlib-advisories',
  category: 'modules',
  severity: 'warning',
  title: 'The Go release that runs here has known standard-library or go command vulnerabilities',
  requires: ['vulns'],
  messages: {
    stdlib: '{goVersion}: {count} standard-library advisories, fixed from {firstFix} on (all of them by {fixedIn}): {ids}. Every binary built with it carries the affected packages it uses. {matching}.',
    goCommand: '{goVersion}: {count} advisories for the go command itself (module "toolchain"): {ids}. {matching}.',
  },
  fixTitles: {
    installAFixedRelease: 'Install a fixed release and rebuild',
  },
  sources: [...VULN_SOURCES, 'https://go.dev/doc/devel/release'],
  fixable: true,
  docs: {
    what: 'Matches the version of the go that runs here against the Go vulnerability database read offline (module "stdlib" for the standard library, "toolchain" for the go command), with Go\'s version rules (go1.21rc2 is v1.21.0-rc.2).',
    why: 'Standard-library fixes reach a program only when it is rebuilt with a fixed release. Version matching says which advisories a release carries; govulncheck says whether a given program calls the affected functions.',
    fix: 'Install the fixed minor release of the same Go version (or newer) and rebuild; run govulncheck on programs to see which advisories they reach.',
  },
  check({ vulns }) {
    const t = vulns.toolchain;
    if (!t) return [];
    const out: Report<'stdlib' | 'goCommand'>[] = [];
    const fixedIn = fixedInAll(t.stdlib);
    const firstFix = earliestFix(t.stdlib);
    if (t.stdlib.length) {
      out.push({
        messageId: 'stdlib',
        data: { goVersion: t.goVersion, count: t.stdlib.length, firstFix: firstFix ? semverToGo(firstFix) : 'no release yet', fixedIn: fixedIn ? semverToGo(fixedIn) : 'no release yet', ids: listAdvisories(t.stdlib), matching: VERSION_MATCHING },
        evidence: { database: vulns.db?.dir, advisories: t.stdlib.map((a) => ({ id: a.id, fixed: a.fixed, aliases: a.aliases, summary: a.summary })) },
        fixes: [{ kind: 'manual', title: fixTitle('installAFixedRelease'), steps: [`Install ${fixedIn ? semverToGo(fixedIn) : 'the newest release'} or newer from https://go.dev/dl/`, 'Rebuild and redeploy the programs built with this release', 'govulncheck ./... shows which advisories each program reaches'], url: 'https://go.dev/doc/security/vuln/' }],
      });
    }
    if (t.goCommand.length) out.push({ messageId: 'goCommand', data: { goVersion: t.goVersion, count: t.goCommand.length, ids: listAdvisories(t.goCommand), matching: VERSION_MATCHING } });
    return out;
  },
});
