import { defineRule, fixTitle } from '../../engine/define-rule.js';

/** Modules that can only be fetched from their VCS, with that VCS not installed. */
export const gd510 = defineRule({
  id: 'GD510',
  name: 'vcs-missing',
  category: 'modules',
  severity: 'error',
  title: 'Modules are fetched directly but git (or hg) is not on PATH',
  requires: ['modules'],
  messages: {
    missing: '{count} requirement(s), e.g. {module}, can only be fetched directly with {vcs}, which is not on PATH: `go mod download` fails with "{vcs}: executable file not found in $PATH".',
  },
  fixTitles: {
    installDebianUbuntu: 'Install {vcs} (Debian/Ubuntu)',
    installAlpine: 'Install {vcs} (Alpine)',
  },
  sources: ['https://go.dev/ref/mod#vcs', 'src/cmd/go/internal/vcs/vcs.go'],
  fixable: true,
  docs: {
    what: 'Reports requirements whose only route is the origin (GONOPROXY/GOPRIVATE match, or GOPROXY=direct) when the version-control tool they need is not on PATH. git is assumed unless the path names another VCS (.hg, launchpad.net ...).',
    why: 'Direct fetches run the VCS command. Minimal containers (alpine, distroless, scratch builders) often lack git, so private modules fail to download there while working on laptops.',
    fix: 'Install git (apk add git, apt-get install git) in the environment that runs go, or serve the modules from a proxy.',
  },
  check({ modules }) {
    const missing = new Map<string, string[]>();
    for (const r of modules.routes) {
      if (r.steps.length !== 1 || r.steps[0]!.kind !== 'direct' || r.vendorOnly) continue;
      const vcs = r.vcs ?? 'git';
      const present = vcs === 'git' ? modules.git.path : vcs === 'hg' ? modules.hgPath : 'unknown';
      if (present) continue;
      missing.set(vcs, [...(missing.get(vcs) ?? []), r.module]);
    }
    return [...missing].map(([vcs, mods]) => ({
      messageId: 'missing' as const,
      data: { count: mods.length, module: mods[0]!, vcs },
      evidence: { modules: mods },
      fixes: [
        { kind: 'command' as const, title: fixTitle('installDebianUbuntu', { vcs }), os: 'debian', command: `sudo apt-get install -y ${vcs === 'hg' ? 'mercurial' : vcs}`, safety: 'review' as const },
        { kind: 'command' as const, title: fixTitle('installAlpine', { vcs }), os: 'alpine', command: `apk add --no-cache ${vcs === 'hg' ? 'mercurial' : vcs}`, safety: 'review' as const },
      ],
    }));
  },
});
