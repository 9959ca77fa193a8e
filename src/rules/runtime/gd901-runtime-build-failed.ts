import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { firstLine, stepEvidence, stepsNamed } from './helpers.js';

/** A hello-world module does not build or run in a fresh temp dir. */
export const gd901 = defineRule({
  id: 'GD901',
  name: 'runtime-build-failed',
  category: 'runtime',
  severity: 'error',
  title: 'A hello-world program does not build or run',
  requires: ['runtime'],
  messages: {
    build: 'Building a hello-world module in a fresh temp dir failed ({class}): {error}',
    goflags: 'Every build fails because GOFLAGS is invalid: {error}',
  },
  fixTitles: {
    seeWhereGoflagsComes: 'See where GOFLAGS comes from, then fix it there',
  },
  sources: ['https://go.dev/doc/tutorial/getting-started', 'src/cmd/go/internal/base/goflags.go'],
  fixable: false,
  docs: {
    what: 'Runs `go build` and the resulting program for a one-file module in a new directory under TMPDIR, with the user\'s environment and GOTOOLCHAIN=local, and reports any failure other than a noexec temp dir (GD902).',
    why: 'If the simplest program cannot be built, every project fails the same way; the error of this minimal case points at the environment (GOROOT, GOFLAGS, GOCACHE permissions, a broken install) rather than at the project.',
    fix: 'Act on the quoted go error; run `godiag doctor` without --runtime for the static checks of the same settings.',
  },
  check({ runtime }) {
    return stepsNamed(runtime, 'hello').filter((s) => s.status === 'failed' && s.failure?.class !== 'noexec').map((s) => ({
      messageId: s.failure?.class === 'goflags' ? 'goflags' as const : 'build' as const,
      data: { class: s.failure?.class ?? 'unexpected output', error: firstLine(s) },
      evidence: stepEvidence(s),
      fixes: s.failure?.class === 'goflags' ? [{ kind: 'command' as const, title: fixTitle('seeWhereGoflagsComes'), command: 'go env -changed GOFLAGS; echo "env: $GOFLAGS"', safety: 'safe' as const }] : [],
    }));
  },
});
