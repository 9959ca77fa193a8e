import { defineRule, type Report } from '../../engine/define-rule.js';
import { referenceName, reinstallFix, REINSTALL_FIX_TITLES, someOf, treeName, VERIFY_SOURCES } from './verify-shared.js';

// Edits to go.env whose intent can be named. go.env is the release's own default settings file
// (src/cmd/go/internal/cfg/cfg.go reads $GOROOT/go.env); images and distribution packages edit it.
const NAMED_GOENV_EDITS: Record<string, (to: string | null) => string | null> = {
  GOTOOLCHAIN: (to) => (to === 'local' ? 'GOTOOLCHAIN=local switches off automatic toolchain downloads (an edit container images and distribution packages make so the installed Go is the one that runs)' : null),
};

/** A file of the tree differs from the release it claims to be. */
export const gd120 = defineRule({
  id: 'GD120',
  name: 'toolchain-file-modified',
  category: 'toolchain',
  severity: 'error',
  title: 'Files of the Go installation differ from its release',
  requires: ['verify'],
  messages: {
    modified: '{tree} has {count} file(s) whose content differs from {reference}: {files}.',
    goenvNamed: '{tree}: go.env differs from the release by a known edit: {meaning}.',
    goenvEdited: '{tree}: go.env differs from the release: {changes}. These are defaults for every go command using this installation.',
  },
  fixTitles: { ...REINSTALL_FIX_TITLES },
  sources: [...VERIFY_SOURCES, 'src/cmd/go/internal/cfg/cfg.go', 'https://go.dev/doc/toolchain#config'],
  fixable: true,
  docs: {
    what: 'With `doctor --verify-toolchain`, hashes every file of the Go installation and compares it with the release: the golang.org/toolchain module of that version in the module cache (whose hash go checked against the checksum database when it downloaded it), or the package manager\'s own hashes for Debian packages (dpkg\'s md5sums) and RPM packages (the RPM database\'s file digests, which `rpm -V` compares). go.env edits are shown as a diff and, when their intent is known, reported as information.',
    why: 'A compiler, linker or standard-library file that differs from the release changes every binary built with it; nobody re-checks a tree once it is unpacked. A changed go.env silently changes defaults such as GOTOOLCHAIN, GOPROXY or GOSUMDB for every user of the installation.',
    fix: 'Reinstall the release into an empty directory (or reinstall the package: `apt-get install --reinstall`, `dnf reinstall`); for go.env, prefer `go env -w` in the user\'s own env file to editing the release.',
  },
  check({ verify }) {
    return verify.toolchains.flatMap((v) => {
      const goenv = v.modified.find((m) => m.path === 'go.env');
      const others = v.modified.filter((m) => m !== goenv);
      const out: Report<'modified' | 'goenvNamed' | 'goenvEdited'>[] = [];
      if (others.length) {
        out.push({
          messageId: 'modified' as const,
          data: { tree: treeName(v), count: others.length, reference: referenceName(v), files: someOf(others.map((m) => m.path)) },
          evidence: { modified: others.slice(0, 20).map((m) => ({ path: m.path, algorithm: m.algorithm, expected: m.expected, actual: m.actual, ...(m.diff ? { diff: m.diff } : {}) })) },
          fixes: [reinstallFix(v)],
        });
      }
      if (goenv) {
        const changes = goenv.envChanges ?? [];
        const meanings = changes.map((c) => NAMED_GOENV_EDITS[c.key]?.(c.to) ?? null);
        const evidence = { path: `${v.goroot}/go.env`, expected: goenv.expected, actual: goenv.actual, ...(goenv.diff ? { diff: goenv.diff } : {}) };
        const listed = changes.length ? changes.map((c) => `${c.key}: ${c.from ?? '(unset)'} → ${c.to ?? '(unset)'}`).join(', ') : 'content changed (no setting differs)';
        out.push(changes.length > 0 && meanings.every((m) => m !== null)
          ? { messageId: 'goenvNamed' as const, severity: 'info' as const, data: { tree: treeName(v), meaning: meanings.join('; ') }, evidence }
          : { messageId: 'goenvEdited' as const, severity: 'warning' as const, data: { tree: treeName(v), changes: listed }, evidence });
      }
      return out;
    });
  },
});
