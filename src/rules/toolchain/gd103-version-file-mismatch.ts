import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { compareGoVersions, isValidGoVersion } from '../../knowledge/goversion.js';

/** A tree whose VERSION disagrees with its go binary: one release unpacked over another. */
export const gd103 = defineRule({
  id: 'GD103',
  name: 'version-file-mismatch',
  category: 'toolchain',
  severity: 'error',
  title: '$GOROOT/VERSION differs from the version the go binary reports',
  requires: ['toolchains'],
  messages: {
    mismatch: '{path} reports {reported}, but {goroot}/VERSION says {file}: the tree mixes two Go releases.',
  },
  fixTitles: {
    reinstallIntoAnEmpty: 'Reinstall into an empty directory',
  },
  sources: ['https://go.dev/doc/install', 'src/cmd/dist/build.go'],
  fixable: true,
  docs: {
    what: 'Reads the first line of VERSION in the GOROOT each go binary belongs to and compares it with what `go version` prints.',
    why: 'The official instructions say to delete /usr/local/go before extracting a new archive. Extracting over an old tree leaves files of both releases; the compiler and standard library then disagree and builds fail with errors such as `compile: version "go1.X" does not match go tool version "go1.Y"`.',
    fix: 'Remove the tree and extract the archive again into an empty directory.',
  },
  check({ toolchains }) {
    return [...toolchains.installs, ...toolchains.offPath].flatMap((g, i) => {
      if (!g.versionFile || !g.reportedVersion || !g.goroot) return [];
      if (!isValidGoVersion(g.versionFile) || !isValidGoVersion(g.reportedVersion)) return [];
      if (compareGoVersions(g.versionFile, g.reportedVersion) === 0) return [];
      return [{
        messageId: 'mismatch' as const,
        severity: i === 0 && g.onPath ? 'error' as const : 'warning' as const,
        data: { path: g.path, reported: g.reportedVersion, goroot: g.goroot, file: g.versionFile },
        evidence: { installKind: g.installKind, realPath: g.realPath },
        fixes: [{ kind: 'manual' as const, title: fixTitle('reinstallIntoAnEmpty'), steps: [`sudo rm -rf ${g.goroot}`, `sudo tar -C ${g.goroot.replace(/\/go$/, '') || '/usr/local'} -xzf go${g.reportedVersion.replace(/^go/, '')}.<os>-<arch>.tar.gz (or the release you want)`], url: 'https://go.dev/doc/install' }],
      }];
    });
  },
});
