import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { compareGoVersions } from '../../knowledge/goversion.js';
import type { GoInstall } from '../../facts/schema/toolchains.js';

const binDir = (g: GoInstall) => g.path.replace(/[/\\]go(\.exe)?$/, '');

/** Several Go installs where PATH picks an older one: terminal, IDE and CI disagree on the version. */
export const gd102 = defineRule({
  id: 'GD102',
  name: 'first-go-not-newest',
  category: 'toolchain',
  severity: 'warning',
  title: 'The go that runs first on PATH is not the newest one installed',
  requires: ['toolchains'],
  messages: {
    shadowedNewer: '{first} ({firstVersion}) runs first on PATH, but a newer {newer} ({newerVersion}) comes later at PATH position {newerIndex}.',
    newerOffPath: '{first} ({firstVersion}) runs, while a newer Go {newerVersion} is installed at {newer} but not on PATH.',
  },
  fixTitles: {
    putTheNewerGo: 'Put the newer Go first on PATH (in ~/.profile for login shells)',
    inFish: 'In fish',
  },
  sources: ['https://go.dev/doc/manage-install', 'https://go.dev/doc/install'],
  fixable: true,
  docs: {
    what: 'Compares the version of every go on PATH (and in the usual install locations) with the one PATH picks first.',
    why: 'The first go on PATH is the one every shell, script and IDE runs. When an older distribution package or version-manager shim sits ahead of a newly installed release, builds use the old toolchain and fail on newer go.mod requirements.',
    fix: 'Put the bin directory of the intended install first on PATH, or uninstall the older one. Scripts should call the intended go by absolute path.',
  },
  check({ toolchains }) {
    const [first, ...rest] = toolchains.installs;
    if (!first?.reportedVersion) return [];
    const sameAsFirst = (g: GoInstall) => (g.realPath ?? g.path) === (first.realPath ?? first.path);
    const newer = rest.filter((g) => !sameAsFirst(g) && g.reportedVersion && compareGoVersions(g.reportedVersion, first.reportedVersion!) > 0)
      .sort((a, b) => compareGoVersions(b.reportedVersion!, a.reportedVersion!))[0];
    const fix = (g: GoInstall) => [
      { kind: 'command' as const, title: fixTitle('putTheNewerGo'), shell: 'sh' as const, command: `export PATH="${binDir(g)}:$PATH"`, safety: 'review' as const },
      { kind: 'command' as const, title: fixTitle('inFish'), shell: 'fish' as const, command: `fish_add_path --move ${binDir(g)}`, safety: 'review' as const },
    ];
    if (newer) {
      return [{
        messageId: 'shadowedNewer',
        data: { first: first.path, firstVersion: first.reportedVersion, newer: newer.path, newerVersion: newer.reportedVersion!, newerIndex: newer.pathIndex ?? -1 },
        evidence: { installs: toolchains.installs.map((g) => `${g.path} ${g.reportedVersion ?? '?'} (${g.installKind})`) },
        fixes: fix(newer),
      }];
    }
    const off = toolchains.offPath.filter((g) => g.reportedVersion && compareGoVersions(g.reportedVersion, first.reportedVersion!) > 0)
      .sort((a, b) => compareGoVersions(b.reportedVersion!, a.reportedVersion!))[0];
    if (off) {
      return [{
        messageId: 'newerOffPath',
        severity: 'info',
        data: { first: first.path, firstVersion: first.reportedVersion, newer: off.path, newerVersion: off.reportedVersion! },
        evidence: { offPath: toolchains.offPath.map((g) => `${g.path} ${g.reportedVersion ?? '?'}`) },
        fixes: fix(off),
      }];
    }
    return [];
  },
});
