import { defineRule, type Report } from '../../engine/define-rule.js';
import { firstLine, stepEvidence, stepsNamed } from './helpers.js';

/** A CGO_ENABLED=0 cross build fails or produces the wrong kind of binary. */
export const gd905 = defineRule({
  id: 'GD905',
  name: 'runtime-cross-build-failed',
  category: 'runtime',
  severity: 'error',
  title: 'A cross-compiled hello-world fails or is not what was asked for',
  requires: ['runtime'],
  messages: {
    failed: 'Cross-building for {target} (CGO_ENABLED=0) failed: {error}',
    wrongOutput: 'Cross-building for {target} produced an unexpected binary: {problems}',
  },
  sources: ['https://go.dev/doc/install/source#environment', 'src/cmd/go/internal/cfg/cfg.go', 'src/debug/elf/file.go'],
  fixable: false,
  docs: {
    what: 'Builds the hello program for each target of the matrix (default linux/amd64, linux/arm64, darwin/arm64, windows/amd64) with CGO_ENABLED=0, then reads each output: format (ELF, Mach-O, PE), GOOS/GOARCH in the build info, header machine, and static linkage for Linux.',
    why: 'Cross builds need nothing but the Go toolchain; when one fails the cause is the environment (GOFLAGS with -race or -buildmode, a GOAMD64/GOARM value for another arch, a wrapper script for go, a stale GOROOT). A Linux binary that is dynamically linked despite CGO_ENABLED=0 points at -linkmode=external or -ldflags in GOFLAGS and will not run in scratch images.',
    fix: 'Act on the go error; check GOFLAGS and the GO* variables that are set for all architectures.',
  },
  check({ runtime }) {
    return stepsNamed(runtime, 'cross').filter((s) => s.status === 'failed').map((s): Report<'failed' | 'wrongOutput'> => (s.failure
      ? { messageId: 'failed' as const, data: { target: s.target ?? '?', error: firstLine(s) }, evidence: stepEvidence(s) }
      : { messageId: 'wrongOutput' as const, data: { target: s.target ?? '?', problems: s.problems.join('; ') }, evidence: stepEvidence(s) }));
  },
});
