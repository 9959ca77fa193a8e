import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';

/** go env -w GOOS/GOARCH: every native build on this machine now produces foreign binaries. */
export const gd212 = defineRule({
  id: 'GD212',
  name: 'cross-target-in-env-file',
  category: 'settings',
  severity: 'warning',
  title: 'GOOS or GOARCH is saved in the go env -w file',
  requires: ['goenv'],
  messages: {
    foreign: '{key}={value} is saved in {file}:{line}, unlike this host ({host}): every build here makes {value} binaries, which fail with "exec format error" when run.',
    needless: '{key}={value} is saved in {file}:{line}; it equals the host value, so it does nothing now but follows this account to other machines and containers.',
  },
  fixTitles: {
    removeItFromThe: 'Remove it from the go env file',
  },
  sources: ['https://pkg.go.dev/cmd/go#hdr-Environment_variables', 'src/cmd/go/internal/envcmd/env.go'],
  fixable: true,
  docs: {
    what: 'Reports GOOS and GOARCH written into the go env -w file.',
    why: 'A cross-compilation target is a per-build choice. Saved in the user file it applies to every build, test and `go run` on the machine, and `go run`/`go test` then fail to execute the foreign binaries.',
    fix: 'Remove them with `go env -u GOOS GOARCH` and set them per command: `GOOS=linux GOARCH=arm64 go build`.',
  },
  check({ goenv }) {
    const out: Report<'foreign' | 'needless'>[] = [];
    for (const key of ['GOOS', 'GOARCH'] as const) {
      const entry = [...goenv.userFile.entries].reverse().find((e) => e.key === key);
      if (!entry) continue;
      const host = goenv.settings[key === 'GOOS' ? 'GOHOSTOS' : 'GOHOSTARCH']?.value ?? '';
      const foreign = host !== '' && entry.value !== host;
      out.push({
        messageId: foreign ? 'foreign' as const : 'needless' as const,
        severity: foreign ? 'warning' as const : 'info' as const,
        data: { key, value: entry.value, file: goenv.userFile.path, line: entry.line, host },
        location: { file: goenv.userFile.path, line: entry.line },
        fixes: [{ kind: 'command' as const, title: fixTitle('removeItFromThe'), command: `go env -u ${key}`, safety: 'safe' as const }],
      });
    }
    return out;
  },
});
