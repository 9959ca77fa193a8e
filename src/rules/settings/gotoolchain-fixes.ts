// Changing GOTOOLCHAIN where it comes from: `go env -w` loses to a process variable (cfg.go
// Getenv: environment > go env file > $GOROOT/go.env), so an exported value is changed at its export.
import { fixTitle, type FixDraft } from '../../engine/define-rule.js';

/** Titles of gotoolchainFixes, for the fixTitles of the rules that offer them. */
export const GOTOOLCHAIN_FIX_TITLES = {
  changeGotoolchainExport: 'GOTOOLCHAIN comes from the process environment, where `go env -w` cannot override it: change the export ({why})',
  forOneCommand: 'For one command only',
  setGotoolchainInGoEnvFile: 'Set GOTOOLCHAIN={value} in the go env file ({why})',
};

export function gotoolchainFixes(source: string, value: string, why: string): FixDraft[] {
  if (source === 'env' || source === 'recorded') {
    return [
      {
        kind: 'manual',
        title: fixTitle('changeGotoolchainExport', { why }),
        steps: [
          'Find it: `godiag shell` lists the startup files that set it; also check CI variables, Dockerfile ENV lines and systemd units',
          `Replace it with GOTOOLCHAIN=${value}, or remove it so the go env file and $GOROOT/go.env decide`,
        ],
        url: 'https://go.dev/doc/toolchain#select',
      },
      { kind: 'command', title: fixTitle('forOneCommand'), shell: 'sh', command: `GOTOOLCHAIN=${value} go build ./...`, safety: 'review' },
    ];
  }
  return [{ kind: 'command', title: fixTitle('setGotoolchainInGoEnvFile', { value, why }), command: `go env -w GOTOOLCHAIN=${value}`, safety: 'review' }];
}
