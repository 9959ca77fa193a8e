import { defineRule, fixTitle } from '../../engine/define-rule.js';

/** A go on PATH that hangs, crashes or prints garbage: everything that calls it breaks the same way. */
export const gd104 = defineRule({
  id: 'GD104',
  name: 'go-probe-failed',
  category: 'toolchain',
  severity: 'error',
  title: 'A go command on PATH does not run properly',
  requires: ['toolchains'],
  messages: {
    failed: '{path} failed to report its version: {error}.',
  },
  fixTitles: {
    checkItByHand: 'Check it by hand',
  },
  sources: ['https://pkg.go.dev/cmd/go#hdr-Print_Go_version', 'src/cmd/go/internal/version/version.go', 'src/debug/buildinfo/buildinfo.go'],
  fixable: false,
  docs: {
    what: 'Asks every go found for its version and reports the ones that hang, exit with an error or print something that is not a version line. A cmd/go binary for this machine is read, not run: its build info holds exactly what `go version` prints under GOTOOLCHAIN=local (runtime.Version() and its GOOS/GOARCH). Anything else (scripts, shims, wrappers, binaries for another architecture, files that do not parse) is run as `go version` with GOTOOLCHAIN=local, from an empty directory, with a timeout. The go that wins on PATH also runs `go env -json` (GD215).',
    why: 'A broken go binary or wrapper (a version-manager shim without a selected version, a truncated download, a binary for another architecture, a hung network filesystem) fails every build, often with confusing errors from the tools that call it.',
    fix: 'Run the reported command by hand to see its error; reinstall the toolchain or remove the broken entry from PATH.',
  },
  check({ toolchains }) {
    return [...toolchains.installs, ...toolchains.offPath].filter((g) => g.probeError).map((g, i) => ({
      messageId: 'failed' as const,
      severity: i === 0 && g.onPath ? 'error' as const : 'warning' as const,
      data: { path: g.path, error: g.probeError! },
      evidence: { realPath: g.realPath, installKind: g.installKind, onPath: g.onPath },
      fixes: [{ kind: 'manual' as const, title: fixTitle('checkItByHand'), steps: [`GOTOOLCHAIN=local ${g.path} version`, 'Reinstall that toolchain, or remove its directory from PATH'] }],
    }));
  },
});
