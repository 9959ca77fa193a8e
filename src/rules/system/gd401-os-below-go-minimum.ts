import { defineRule, fixTitle, type Report, type FixDraft } from '../../engine/define-rule.js';
import { compareDotted, kernelBackportCovers, platformMinimum } from '../../knowledge/platform-minimums.js';

/** The kernel (or macOS/Windows/FreeBSD release) is older than an installed or selected Go supports. */
export const gd401 = defineRule({
  id: 'GD401',
  name: 'os-below-go-minimum',
  category: 'system',
  severity: 'error',
  title: 'Operating system older than the Go release requires',
  requires: ['system'],
  messages: {
    installed: '{go} at {path} requires {minimum} or later; this machine runs {actual}.',
    selected: 'GOTOOLCHAIN selects {go} for this module, which requires {minimum} or later; this machine runs {actual}.',
  },
  fixTitles: {
    upgradeTheOsOr: 'Upgrade the OS or use a Go release that still supports it',
  },
  sources: [
    'https://go.dev/doc/go1.24#linux', 'https://go.dev/wiki/MinimumRequirements', 'https://go.dev/doc/go1.25#darwin',
    'https://go.dev/doc/go1.23#darwin', 'https://go.dev/doc/go1.27#darwin', 'https://go.dev/doc/go1.27#ppc64', 'https://go.dev/doc/go1.21#windows', 'https://go.dev/doc/go1.18#freebsd',
  ],
  fixable: false,
  docs: {
    what: 'Compares the running kernel (Linux, FreeBSD) or OS release (macOS, Windows) with the minimum each installed Go toolchain, and the one GOTOOLCHAIN selects for the current module, documents in its release notes: Linux 3.2 since Go 1.24 (2.6.32 before), macOS 12 for Go 1.25–1.26, Windows 10 since Go 1.21, FreeBSD 12.2 since Go 1.19. Only release-note minimums are used; claims found in blog posts (membarrier, io_uring) are not Go requirements.',
    why: 'Go supports a platform only down to the version named in the release notes; below it the toolchain and the programs it builds may fail at startup or misbehave on missing system calls, and the Go team will not fix it.',
    fix: 'Upgrade the operating system, or pin an older Go that still supports it (GOTOOLCHAIN=go1.23.x on a Linux 2.6.32–3.1 kernel) for this machine.',
  },
  check({ system }) {
    const goos = system.os.platform;
    const actual = goos === 'linux' || goos === 'freebsd' ? (goos === 'freebsd' ? system.os.osVersion ?? system.os.kernelVersion : system.os.kernelVersion) : system.os.osVersion;
    if (!actual || (goos === 'linux' && kernelBackportCovers(system.arch.goarch, system.os.kernelRelease ?? ''))) return [];
    const label = goos === 'linux' ? `Linux ${system.os.kernelRelease ?? actual}` : goos === 'darwin' ? `macOS ${actual}` : goos === 'windows' ? `Windows ${actual}` : `${goos} ${actual}`;
    const fixes = (go: string): FixDraft[] => [{
      kind: 'manual', title: fixTitle('upgradeTheOsOr'),
      steps: [`Upgrade to ${platformMinimum(goos, go, system.arch.goarch)?.label ?? 'a supported release'} or later`, 'or pin an older Go for this machine: go env -w GOTOOLCHAIN=go1.<older>.0'],
      url: 'https://go.dev/wiki/MinimumRequirements',
    }];
    const out: Report<'installed' | 'selected'>[] = [];
    const seen = new Set<string>();
    for (const g of system.go.installs) {
      const min = platformMinimum(goos, g.version, system.arch.goarch);
      if (!min || compareDotted(actual, min.version) >= 0) continue;
      seen.add(g.version);
      out.push({ messageId: 'installed' as const, data: { go: g.version, path: g.path, minimum: min.label, actual: label }, evidence: { os: system.os, requirement: min }, fixes: fixes(g.version) });
    }
    const sel = system.go.selected;
    if (sel && !seen.has(sel.version)) {
      const min = platformMinimum(goos, sel.version, system.arch.goarch);
      if (min && compareDotted(actual, min.version) < 0) {
        out.push({ messageId: 'selected' as const, data: { go: sel.version, minimum: min.label, actual: label }, evidence: { os: system.os, selection: sel, requirement: min }, fixes: fixes(sel.version) });
      }
    }
    return out;
  },
});
