import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { firstLine, stepEvidence, stepsNamed } from './helpers.js';

/** The project's go.mod needs a newer Go than the local toolchain. */
export const gd906 = defineRule({
  id: 'GD906',
  name: 'runtime-toolchain-switch-needed',
  category: 'runtime',
  severity: 'error',
  title: 'The project needs a newer Go than the one installed',
  requires: ['runtime'],
  messages: {
    local: 'The project needs a newer toolchain and GOTOOLCHAIN={gotoolchain} forbids switching, so every go command in it fails: {error}',
    download: 'The project needs a newer toolchain: with GOTOOLCHAIN={gotoolchain} the go command will download it through GOPROXY on first use (offline or in a locked-down CI this fails): {error}',
  },
  fixTitles: {
    installTheRequiredRelease: 'Install the required release next to the current one',
  },
  sources: ['https://go.dev/doc/toolchain', 'src/cmd/go/internal/toolchain/select.go'],
  fixable: true,
  docs: {
    what: 'Runs `go list -m` (which loads go.mod; `go env` does not) in the project directory with GOTOOLCHAIN=local and reports the "go.mod requires go >= X (running go Y; GOTOOLCHAIN=local)" error, phrased by the user\'s own GOTOOLCHAIN.',
    why: 'Since Go 1.21 the go line is a hard minimum. With GOTOOLCHAIN=local (official Docker images, some distributions) the build stops; with auto the go command downloads golang.org/toolchain, which needs network access and the checksum database.',
    fix: 'Install the required Go release, or allow switching (GOTOOLCHAIN=auto) where downloads are possible; or lower the go line if the project truly supports older releases.',
  },
  check({ runtime }) {
    return stepsNamed(runtime, 'project').filter((s) => s.failure?.class === 'toolchain-switch').map((s) => {
      const canSwitch = /auto|\+auto|^go1/.test(runtime.gotoolchain) && !/\+path$|^path$|^local$/.test(runtime.gotoolchain);
      return {
        messageId: canSwitch ? 'download' as const : 'local' as const,
        data: { gotoolchain: runtime.gotoolchain, error: firstLine(s) },
        evidence: stepEvidence(s),
        severity: canSwitch ? 'warning' as const : 'error' as const,
        fixes: [{ kind: 'manual' as const, title: fixTitle('installTheRequiredRelease'), steps: ['go install golang.org/dl/goX.Y.Z@latest && goX.Y.Z download (X.Y.Z from the error)', 'Or set GOTOOLCHAIN=auto where downloads are allowed'], url: 'https://go.dev/doc/toolchain' }],
      };
    });
  },
});
