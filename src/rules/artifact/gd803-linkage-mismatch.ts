import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { label, loc, rebuild, REBUILD_FIX_TITLES } from './shared.js';

/** `--expect static` (or static=false): how the binary is linked. */
export const gd803 = defineRule({
  id: 'GD803',
  name: 'linkage-mismatch',
  category: 'artifact',
  severity: 'error',
  title: 'Binary is dynamically linked when a static binary was expected',
  requires: ['artifacts'],
  messages: {
    dynamic: '{subject} is dynamically linked (loader {interpreter}; needs {libraries}), expected a static binary.',
    unexpectedStatic: '{subject} is statically linked, expected a dynamically linked binary.',
    notApplicable: '{subject} is a {goos} binary: it always loads system libraries ({libraries}), so "static" does not apply.',
  },
  fixTitles: { ...REBUILD_FIX_TITLES, rebuildWithoutCgo: 'Rebuild without cgo for a static binary' },
  sources: ['man:ld.so(8)', 'man:elf(5)', 'https://pkg.go.dev/cmd/cgo', 'src/cmd/link/internal/ld/lib.go'],
  fixable: true,
  docs: {
    what: 'Reads the ELF program headers (PT_INTERP, PT_DYNAMIC) and dynamic section (DT_NEEDED, DF_1_PIE) to tell static, static-pie and dynamic binaries apart, and compares with static given to --expect.',
    why: 'A dynamic binary starts only where its loader and libraries exist: copied into scratch or distroless/static it fails with "no such file or directory" although the file is there (the missing file is the loader). Go binaries become dynamic through cgo (net, os/user, C dependencies) or -buildmode=pie with internal linking.',
    fix: 'Build with CGO_ENABLED=0 (or -tags netgo,osusergo with external static linking when C code is needed).',
  },
  check({ artifacts }) {
    const want = artifacts.expect?.static;
    if (want === undefined) return [];
    const out: Report<'dynamic' | 'unexpectedStatic' | 'notApplicable'>[] = [];
    for (const b of artifacts.binaries) {
      const libs = b.libraries.join(', ') || 'no libraries';
      if (b.format !== 'elf') {
        if (want && b.linkage === 'dynamic') {
          out.push({ messageId: 'notApplicable' as const, severity: 'info' as const, data: { subject: label(b), goos: b.goos ?? b.format, libraries: libs }, location: loc(b) });
        }
        continue;
      }
      const isStatic = b.linkage === 'static' || b.linkage === 'static-pie';
      if (want && b.linkage === 'dynamic') {
        out.push({
          messageId: 'dynamic' as const,
          data: { subject: label(b), interpreter: b.interpreter ?? 'none', libraries: libs },
          evidence: { interpreter: b.interpreter, libraries: b.libraries, glibcRequired: b.glibcRequired, cgo: b.buildInfo?.settings.find((s) => s.key === 'CGO_ENABLED')?.value ?? null },
          location: loc(b),
          fixes: [rebuild({ CGO_ENABLED: '0' }, [], fixTitle('rebuildWithoutCgo'))],
        });
      } else if (!want && isStatic) {
        out.push({ messageId: 'unexpectedStatic' as const, severity: 'warning' as const, data: { subject: label(b) }, location: loc(b) });
      }
    }
    return out;
  },
});
