import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';

/** `go env -w` does not beat an exported variable (FACTS §1.1); the reverse myth is common too. */
export const gd206 = defineRule({
  id: 'GD206',
  name: 'goenv-w-overridden',
  category: 'settings',
  severity: 'warning',
  title: 'A go env -w setting is silently overridden by the environment',
  requires: ['goenv'],
  messages: {
    overridden: '{key}={envValue} from the environment overrides `go env -w {key}={fileValue}` ({file}:{line}): the environment always wins.',
    emptyDoesNotCancel: '{key} is exported empty, which Go treats as unset: `go env -w {key}={fileValue}` ({file}:{line}) still applies.',
  },
  fixTitles: {
    keepTheGoEnv: 'Keep the go env -w value: remove the export from your startup files, then',
    orKeepTheExported: 'Or keep the exported value and drop the stale file entry',
    removeTheFileValue: 'Remove the file value instead',
  },
  sources: ['src/cmd/go/internal/cfg/cfg.go', 'src/cmd/go/internal/envcmd/env.go', 'https://pkg.go.dev/cmd/go#hdr-Print_Go_environment_information'],
  fixable: true,
  docs: {
    what: 'Finds settings present both in the process environment and in the go env -w file with different values, and variables exported empty while the file sets them.',
    why: 'cmd/go reads a non-empty environment variable before the go env -w file, so `go env -w GOPROXY=...` appears to do nothing (go only warns at the moment of writing). An empty variable counts as unset, so `export GOFLAGS=` does not cancel a file value either.',
    fix: 'Change the value where it is exported (shell startup files, CI env, Dockerfile ENV), or drop one of the two so a single source remains.',
  },
  check({ goenv }) {
    const out: Report<'overridden' | 'emptyDoesNotCancel'>[] = [];
    for (const s of Object.values(goenv.settings)) {
      const file = s.shadowed.find((x) => x.source === 'user-file');
      if (s.source === 'env' && file && file.value !== s.value) {
        out.push({
          messageId: 'overridden' as const,
          data: { key: s.key, envValue: s.value, fileValue: file.value, file: goenv.userFile.path, line: file.line ?? 0 },
          fixes: [
            { kind: 'command' as const, title: fixTitle('keepTheGoEnv'), shell: 'sh' as const, command: `unset ${s.key}`, safety: 'review' as const },
            { kind: 'command' as const, title: fixTitle('orKeepTheExported'), command: `go env -u ${s.key}`, safety: 'safe' as const },
          ],
        });
      }
    }
    for (const [key, value] of Object.entries(goenv.osEnv)) {
      if (value !== '') continue;
      const s = goenv.settings[key];
      if (s?.source === 'user-file') {
        const line = [...goenv.userFile.entries].reverse().find((e) => e.key === key)?.line ?? 0;
        out.push({
          messageId: 'emptyDoesNotCancel' as const,
          severity: 'info' as const,
          data: { key, fileValue: s.value, file: goenv.userFile.path, line },
          fixes: [{ kind: 'command' as const, title: fixTitle('removeTheFileValue'), command: `go env -u ${key}`, safety: 'safe' as const }],
        });
      }
    }
    return out;
  },
});
