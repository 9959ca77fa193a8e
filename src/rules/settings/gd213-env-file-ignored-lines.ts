import { defineRule, fixTitle } from '../../engine/define-rule.js';

/** Hand-edited go env files: lines Go skips or values it keeps verbatim (quotes, CR, spaces). */
export const gd213 = defineRule({
  id: 'GD213',
  name: 'env-file-ignored-lines',
  category: 'settings',
  severity: 'warning',
  title: 'The go env file has lines Go ignores or misreads',
  requires: ['goenv'],
  messages: {
    problem: '{file}:{line}: {problem} ({text}).',
  },
  fixTitles: {
    rewriteItWithGo: 'Rewrite it with go env -w',
  },
  sources: ['src/cmd/go/internal/cfg/cfg.go', 'src/cmd/go/internal/envcmd/env.go'],
  fixable: true,
  docs: {
    what: 'Parses the go env -w file with cmd/go\'s own rules and reports lines it skips (no "=", not starting with an upper-case letter) or misreads (spaces in the key, quoted values, Windows line endings).',
    why: 'cmd/go splits each line at the first "=" and trims nothing, so a hand-edited `GOPROXY = https://...` sets a key nobody reads and the intended setting silently does not apply.',
    fix: 'Rewrite the entry with `go env -w KEY=VALUE` (it writes the format Go reads) and delete the broken line.',
  },
  check({ goenv }) {
    return goenv.userFile.problems.map((p) => ({
      messageId: 'problem' as const,
      data: { file: goenv.userFile.path, line: p.line, problem: p.problem, text: JSON.stringify(p.text) },
      location: { file: goenv.userFile.path, line: p.line },
      fixes: [{ kind: 'manual' as const, title: fixTitle('rewriteItWithGo'), steps: [`Delete line ${p.line} of ${goenv.userFile.path}`, 'Set the value again with `go env -w KEY=VALUE`'] }],
    }));
  },
});
