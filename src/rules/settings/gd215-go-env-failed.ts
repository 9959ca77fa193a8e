import { defineRule } from '../../engine/define-rule.js';

/** When even `go env` fails, nothing else will work; say exactly what failed. */
export const gd215 = defineRule({
  id: 'GD215',
  name: 'go-env-failed',
  category: 'settings',
  severity: 'error',
  title: 'go env itself fails',
  requires: ['goenv'],
  messages: {
    failed: '{error}. The settings shown come from the environment and config files godiag read itself.',
  },
  sources: ['src/cmd/go/internal/envcmd/env.go', 'src/cmd/go/main.go'],
  fixable: false,
  docs: {
    what: 'Runs `go env -json` with the user\'s environment (GOTOOLCHAIN=local, from an empty directory, with a timeout) and reports when it fails.',
    why: '`go env` hides many errors on purpose, so when it fails the problem sits in start-up itself: a GOROOT that does not exist, a relative or ~ GOPATH, a broken binary. Every other command fails the same way.',
    fix: 'Read the error: the other findings name the setting at fault. Fix it where it is set and run `go env` again.',
  },
  check({ goenv }) {
    if (!goenv.probeError) return [];
    return [{ messageId: 'failed', data: { error: goenv.probeError }, evidence: { goBinary: goenv.goBinary } }];
  },
});
