import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { firstLine, stepEvidence } from './helpers.js';

/** Built programs cannot be executed from the temp dir (noexec mount). */
export const gd902 = defineRule({
  id: 'GD902',
  name: 'runtime-noexec-temp',
  category: 'runtime',
  severity: 'error',
  title: 'Programs built in the temp directory cannot be executed (noexec)',
  requires: ['runtime'],
  messages: {
    noexec: 'A program built under {tmp} could not be executed ("permission denied"): the temp directory is probably mounted noexec, which breaks `go run`, `go test` and cgo checks.',
  },
  fixTitles: {
    buildAndRunGo: 'Build and run Go programs from an exec-allowed directory',
    seeHowTheTemp: 'See how the temp directory is mounted',
  },
  sources: ['https://pkg.go.dev/cmd/go#hdr-Environment_variables', 'man:mount(8)', 'src/cmd/go/internal/work/action.go'],
  fixable: true,
  docs: {
    what: 'Runs the program built by the hello probe from its directory under TMPDIR and reports an exec permission error.',
    why: '`go run` and `go test` build executables under GOTMPDIR (default: the system temp directory) and execute them from there. Hardened systems mount /tmp with noexec, so those commands fail with "fork/exec /tmp/go-build.../exe/main: permission denied" while `go build` works.',
    fix: 'Point GOTMPDIR at a directory on an exec-allowed filesystem, e.g. `mkdir -p ~/.cache/go-tmp && go env -w GOTMPDIR=$HOME/.cache/go-tmp`, or remount the temp directory with exec.',
  },
  check({ runtime }) {
    const s = runtime.steps.find((x) => x.failure?.class === 'noexec');
    if (!s) return [];
    const tmp = runtime.tempDir.replace(/\/godiag-runtime-[^/]+$/, '');
    return [{
      messageId: 'noexec',
      data: { tmp },
      evidence: { ...stepEvidence(s), error: firstLine(s) },
      fixes: [
        { kind: 'command', title: fixTitle('buildAndRunGo'), shell: 'sh', command: 'mkdir -p "$HOME/.cache/go-tmp" && go env -w GOTMPDIR="$HOME/.cache/go-tmp"', safety: 'review' },
        { kind: 'command', title: fixTitle('seeHowTheTemp'), command: `findmnt -T ${tmp} -o TARGET,FSTYPE,OPTIONS`, safety: 'safe' },
      ],
    }];
  },
});
