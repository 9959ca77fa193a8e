import { defineRule, type Report } from '../../engine/define-rule.js';
import { label, loc, rebuild, setting, REBUILD_FIX_TITLES } from './shared.js';

/** `--expect cgo=0|1`: build info says CGO_ENABLED was the other way. */
export const gd802 = defineRule({
  id: 'GD802',
  name: 'cgo-setting-mismatch',
  category: 'artifact',
  severity: 'error',
  title: 'Binary was built with cgo on when off was expected, or the reverse',
  requires: ['artifacts'],
  messages: {
    mismatch: '{subject} was built with CGO_ENABLED={actual}, expected CGO_ENABLED={expected}.',
  },
  fixTitles: { ...REBUILD_FIX_TITLES },
  sources: ['src/cmd/go/internal/load/pkg.go', 'https://pkg.go.dev/cmd/cgo', 'src/runtime/debug/mod.go'],
  fixable: true,
  docs: {
    what: 'Compares the CGO_ENABLED build setting recorded in each Go binary\'s build info with cgo= given to --expect.',
    why: 'cgo on links the C library dynamically (the binary then needs glibc or musl in the target image) and changes the DNS resolver and os/user; cgo off gives a static binary. CGO_ENABLED defaults to 1 natively when a C compiler is found and to 0 when cross-compiling, so the same build line gives different binaries on different machines.',
    fix: 'Set CGO_ENABLED explicitly in the build (CGO_ENABLED=0 for static binaries).',
  },
  check({ artifacts }) {
    const want = artifacts.expect?.cgo;
    if (want === undefined) return [];
    const out: Report<'mismatch'>[] = [];
    for (const b of artifacts.binaries) {
      const actual = setting(b, 'CGO_ENABLED');
      if (actual === undefined || (actual === '1') === want) continue;
      out.push({
        messageId: 'mismatch' as const,
        data: { subject: label(b), actual, expected: want ? '1' : '0' },
        evidence: { linkage: b.linkage, interpreter: b.interpreter, libraries: b.libraries },
        location: loc(b),
        fixes: [rebuild({ CGO_ENABLED: want ? '1' : '0' })],
      });
    }
    return out;
  },
});
