// Changing GOTOOLCHAIN where it comes from: `go env -w` loses to a process variable (cfg.go
// Getenv: environment > go env file > $GOROOT/go.env), so an exported value is changed at its export.
import type { Fix } from '../../facts/findings.js';

export function gotoolchainFixes(source: string, value: string, why: string): Fix[] {
  if (source === 'env' || source === 'recorded') {
    return [
      {
        kind: 'manual',
        title: `GOTOOLCHAIN comes from the process environment, where \`go env -w\` cannot override it: change the export (${why})`,
        steps: [
          'Find it: `godiag shell` lists the startup files that set it; also check CI variables, Dockerfile ENV lines and systemd units',
          `Replace it with GOTOOLCHAIN=${value}, or remove it so the go env file and $GOROOT/go.env decide`,
        ],
        url: 'https://go.dev/doc/toolchain#select',
      },
      { kind: 'command', title: 'For one command only', shell: 'sh', command: `GOTOOLCHAIN=${value} go build ./...`, safety: 'review' },
    ];
  }
  return [{ kind: 'command', title: `Set GOTOOLCHAIN=${value} in the go env file (${why})`, command: `go env -w GOTOOLCHAIN=${value}`, safety: 'review' }];
}
