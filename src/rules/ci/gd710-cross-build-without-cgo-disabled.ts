import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, lineEdit, prefixGoBuild, shellLines } from '../file-relations.js';

/** Architectures build machines have; any other GOARCH is certainly a cross-compile. */
const COMMON_HOSTS = new Set(['amd64', 'arm64']);

/** GOOS=linux GOARCH=amd64 go build on a linux/amd64 runner is not a cross build: cgo stays on. */
export const gd710 = defineRule({
  id: 'GD710',
  name: 'cross-build-without-cgo-disabled',
  category: 'ci',
  severity: 'warning',
  title: 'Target build without CGO_ENABLED=0',
  requires: ['files'],
  messages: {
    cgo: '`GOOS={goos} GOARCH={goarch} go {sub}` does not set CGO_ENABLED: it is static only when cross-compiling; on a {goos}/{goarch} machine cgo defaults to on and the binary links the build machine\'s libc dynamically.',
  },
  fixTitles: {
    disableCgoForA: 'Disable cgo for a static binary',
  },
  sources: ['src/go/build/build.go', 'src/cmd/go/internal/cfg/cfg.go', 'https://pkg.go.dev/cmd/cgo'],
  fixable: true,
  docs: {
    what: 'Reports go build/install commands in Makefile recipes and CI scripts that name an explicit Linux target (GOOS=linux and GOARCH) but leave CGO_ENABLED unset, in the command, an `export`, CI env: and variables: blocks, or exported Makefile variables. Builds that are certainly cross-compiles are not reported, because cgo is already off there: a GitHub job whose runs-on names another OS or architecture, or a GOARCH other than amd64/arm64.',
    why: 'go/build enables cgo by default only when the target equals the host (and, since Go 1.20, a C compiler is found). The same line yields a static binary on a different host and a dynamically linked one (net, os/user via libc) on a matching host — which then fails in scratch, distroless/static or Alpine with "no such file or directory", or on an older glibc with "GLIBC_2.34 not found".',
    fix: 'Set CGO_ENABLED=0 next to GOOS/GOARCH when a static binary is expected; set CGO_ENABLED=1 explicitly (with a cross C compiler) when cgo is intended.',
  },
  check({ files }) {
    const out: Report<'cgo'>[] = [];
    for (const l of shellLines(files)) {
      for (const c of l.commands) {
        const env = { ...l.exported, ...c.env };
        // Linux only: that is where static binaries are expected (scratch, distroless, Alpine).
        if ((c.sub !== 'build' && c.sub !== 'install') || env.GOOS !== 'linux' || !env.GOARCH || env.CGO_ENABLED !== undefined) continue;
        // A target other than the machine that builds is a cross-compile: cgo is already off by default.
        if (l.host ? l.host.os !== 'linux' || l.host.arch !== env.GOARCH : !COMMON_HOSTS.has(env.GOARCH)) continue;
        const fixed = l.source ? prefixGoBuild(l.source, 'CGO_ENABLED=0') : null;
        out.push({
          messageId: 'cgo',
          data: { goos: env.GOOS, goarch: env.GOARCH, sub: c.sub },
          evidence: { line: l.text.slice(0, 200) },
          location: at(l.file, l.line, l.column),
          fixes: fixed ? [lineEdit(fixTitle('disableCgoForA'), l.file, l.line, l.endLine, fixed)] : [{ kind: 'manual', title: fixTitle('disableCgoForA'), steps: ['Add CGO_ENABLED=0 next to GOOS/GOARCH (in the command or the step\'s env:).'] }],
        });
      }
    }
    return out;
  },
});
