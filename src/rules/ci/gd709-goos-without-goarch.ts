import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, shellLines } from '../file-relations.js';

/**
 * Only `go build` makes an artifact for another machine. `go install` puts a tool on this machine
 * (GOOS=linux on a Mac or Windows host: for the container VM of the same architecture), and
 * vet/list/test/run judge or run code here: following the host architecture is what they want.
 */
const BUILDS = new Set(['build']);

/** GOOS taken from the machine itself (`$(shell go env GOOS)`, `$(go env GOHOSTOS)`): a build for this host. */
const HOST_GOOS = /go env GO(?:HOST)?OS|GOHOSTOS|uname/;

/**
 * A build whose output is thrown away checks only that the code compiles for GOOS, where the
 * architecture does not matter: several packages (`./...`) without -o (go build discards
 * the results), or -o /dev/null.
 */
function compileOnly(args: readonly string[]): boolean {
  const o = args.findIndex((a) => a === '-o' || a.startsWith('-o='));
  if (o < 0) return args.some((a) => a.endsWith('...'));
  const target = args[o] === '-o' ? args[o + 1] : args[o]!.slice(3);
  return target === '/dev/null' || target === 'NUL';
}

/** GOOS=darwin go build on an amd64 runner builds darwin/amd64, whatever the Mac is. */
export const gd709 = defineRule({
  id: 'GD709',
  name: 'goos-without-goarch',
  category: 'ci',
  severity: 'warning',
  title: 'GOOS set without GOARCH',
  requires: ['files'],
  messages: {
    noArch: '`GOOS={goos} go {sub}` sets no GOARCH, so the architecture is that of whatever machine runs it: the same line builds amd64 on one runner and arm64 on another.',
  },
  fixTitles: {
    nameTheArchitectureToo: 'Name the architecture too',
  },
  sources: ['src/go/build/build.go', 'https://go.dev/doc/install/source#environment'],
  fixable: false,
  docs: {
    what: 'Reports go build commands in Makefile recipes and CI scripts whose environment (inline, `export`, CI env: and variables: blocks, or exported Makefile variables) sets GOOS but not GOARCH. Not reported: GOOS read from the machine itself (`go env GOOS`), Make expressions that expand to a GOARCH too, and compile-only builds whose output is discarded (`go build ./...` without -o, `-o /dev/null`).',
    why: 'An unset GOARCH defaults to the host architecture (runtime.GOARCH via go/build). A release built on an arm64 Mac or runner produces arm64 binaries named as if they were amd64, and "exec format error" follows on the target.',
    fix: 'Always set GOOS and GOARCH together (GOOS=linux GOARCH=amd64 go build …), or loop over explicit os/arch pairs.',
  },
  check({ files }) {
    const out: Report<'noArch'>[] = [];
    for (const l of shellLines(files)) {
      for (const c of l.commands) {
        const env = { ...l.exported, ...c.env };
        if (!BUILDS.has(c.sub) || !env.GOOS || env.GOARCH) continue;
        // A Make expression can expand to `linux GOARCH=arm64`: the architecture is there.
        if (HOST_GOOS.test(env.GOOS) || /\bGOARCH=/.test(env.GOOS) || compileOnly(c.args)) continue;
        out.push({ messageId: 'noArch', data: { goos: env.GOOS, sub: c.sub }, evidence: { line: l.text.slice(0, 200) }, location: at(l.file, l.line, l.column), fixes: [{ kind: 'manual', title: fixTitle('nameTheArchitectureToo'), steps: [`Set GOARCH next to GOOS=${env.GOOS} (e.g. GOARCH=amd64 or arm64), one build per os/arch pair.`] }] });
      }
    }
    return out;
  },
});
