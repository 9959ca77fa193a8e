import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { treeName, VERIFY_SOURCES } from './verify-shared.js';

/** Nothing to compare the tree with: say why, and how to get a reference. */
export const gd123 = defineRule({
  id: 'GD123',
  name: 'toolchain-not-verifiable',
  category: 'toolchain',
  severity: 'info',
  title: 'The Go installation could not be compared with its release',
  requires: ['verify'],
  messages: {
    noReference: '{tree} was not checked: {why}.',
  },
  fixTitles: {
    fetchTheReleaseModule: 'Fetch the release module for this check only (through your GOPROXY)',
    keepTheReleaseModule: 'Keep the release module in your module cache',
  },
  sources: [...VERIFY_SOURCES, 'https://go.dev/ref/mod#go-mod-download'],
  fixable: true,
  docs: {
    what: 'With `doctor --verify-toolchain`, reports an installation for which no reference was available offline: the golang.org/toolchain module of its release is not in the module cache, the release predates toolchain modules (go1.21.0), VERSION is missing, or the package manager keeps no hashes.',
    why: 'godiag does not download anything unless asked. Saying that nothing was checked is better than a silent pass.',
    fix: 'Run `godiag doctor --verify-toolchain --fetch-toolchain-module` to fetch the module through your GOPROXY into a temporary module cache (go checks it against the checksum database unless GONOSUMDB/GOPRIVATE/GOSUMDB say otherwise), or `go mod download golang.org/toolchain@v0.0.1-<release>.<goos>-<goarch>` to keep it in your module cache.',
  },
  check({ verify }) {
    return verify.toolchains.filter((v) => v.reference.kind === 'none').map((v) => ({
      messageId: 'noReference' as const,
      data: { tree: treeName(v), why: v.reference.note ?? 'no reference found' },
      fixes: v.reference.module ? [
        { kind: 'command' as const, title: fixTitle('fetchTheReleaseModule'), command: 'godiag doctor --verify-toolchain --fetch-toolchain-module', safety: 'safe' as const },
        { kind: 'command' as const, title: fixTitle('keepTheReleaseModule'), command: `go mod download ${v.reference.module}`, safety: 'safe' as const },
      ] : [],
    }));
  },
});
