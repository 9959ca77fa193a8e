import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { firstLine, stepEvidence, stepsNamed } from './helpers.js';

/** cgo cannot build: CC set to something missing, a broken compiler, or none at all. */
export const gd903 = defineRule({
  id: 'GD903',
  name: 'runtime-cgo-broken',
  category: 'runtime',
  severity: 'error',
  title: 'cgo programs do not build',
  requires: ['runtime'],
  messages: {
    missingCC: 'CC={cc} is set but not found: every cgo build fails ({error}).',
    failed: 'A cgo hello-world failed to build or run with CC={cc}: {error}',
    noCompiler: 'No C compiler ({cc}) on PATH: cgo is off by default (Go 1.20+), so packages that need it (net with the system resolver, os/user with NSS, sqlite drivers ...) fall back or fail.',
  },
  fixTitles: {
    installACCompiler: 'Install a C compiler (Debian/Ubuntu)',
    dropTheCcOverride: 'Drop the CC override (go env file) and use the default compiler',
  },
  sources: ['https://go.dev/doc/go1.20#cgo', 'src/cmd/go/internal/work/exec.go', 'https://pkg.go.dev/cmd/cgo'],
  fixable: true,
  docs: {
    what: 'Builds and runs a one-function cgo program with CGO_ENABLED=1 when a C compiler exists or CC is set explicitly; reports a missing explicit CC, a compiler that fails, or (as information) the absence of any C compiler.',
    why: 'A CC pointing at a removed compiler (after an upgrade, from a copied CI config) breaks every cgo build with "cgo: C compiler ... not found". Without any compiler Go 1.20+ silently builds with cgo off, which changes the DNS resolver and user lookups and breaks packages that import "C".',
    fix: 'Unset CC or point it at an installed compiler; install gcc or clang if cgo is needed; otherwise build with CGO_ENABLED=0 deliberately.',
  },
  check({ runtime }) {
    const out: Report<'missingCC' | 'failed' | 'noCompiler'>[] = [];
    for (const s of stepsNamed(runtime, 'cgo')) {
      const cc = runtime.cc.value;
      if (s.status === 'skipped') {
        out.push({ messageId: 'noCompiler' as const, data: { cc }, evidence: { cc: runtime.cc, skipped: s.skipped }, severity: 'info' as const, fixes: [{ kind: 'command' as const, title: fixTitle('installACCompiler'), os: 'debian', command: 'sudo apt-get install -y gcc', safety: 'review' as const }] });
      } else if (s.status === 'failed') {
        const missing = s.failure?.class === 'no-c-compiler' || (runtime.cc.explicit && !runtime.cc.found);
        out.push({
          messageId: missing ? 'missingCC' as const : 'failed' as const,
          data: { cc, error: firstLine(s) },
          evidence: { ...stepEvidence(s), cc: runtime.cc },
          fixes: missing ? [{ kind: 'command' as const, title: fixTitle('dropTheCcOverride'), command: 'go env -u CC; unset CC', safety: 'review' as const }] : [],
        });
      }
    }
    return out;
  },
});
