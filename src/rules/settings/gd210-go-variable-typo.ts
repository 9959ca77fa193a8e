import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { likelyTypoOf } from '../../knowledge/goenv-vars.js';

/** GONOSUMCHECK, GO_PROXY ...: names Go never reads, so the intended setting is silently missing. */
export const gd210 = defineRule({
  id: 'GD210',
  name: 'go-variable-typo',
  category: 'settings',
  severity: 'warning',
  title: 'A Go-looking variable that Go does not read (probably a typo)',
  requires: ['goenv'],
  messages: {
    typo: '{name} is set ({where}) but Go has no such variable; did you mean {meant}?',
  },
  fixTitles: {
    renameTo: 'Rename {name} to {meant}',
  },
  sources: ['https://pkg.go.dev/cmd/go#hdr-Environment_variables', 'src/cmd/go/internal/cfg/cfg.go'],
  fixable: true,
  docs: {
    what: 'Looks at GO* and CGO_* names in the environment and in the go env -w file and reports those that are not Go variables but are close to one (or a known mistake such as GONOSUMCHECK).',
    why: 'Go ignores unknown variables without a word, so a misspelt GOPRIVATE or a blog-invented GONOSUMCHECK leaves private modules going to the public proxy and checksum database.',
    fix: 'Rename the variable to the one Go reads; `go env -w` refuses unknown names, so the file case only arises from hand edits.',
  },
  check({ goenv }) {
    const out: Report<'typo'>[] = [];
    const seen = new Set<string>();
    const candidates: Array<{ name: string; where: string; location?: { file: string; line: number } }> = [
      ...Object.keys(goenv.osEnv).map((name) => ({ name, where: 'environment' })),
      // A line GD213 already reports (a key with white space, "GOSUMDB ") is not a second finding here.
      ...goenv.userFile.entries.filter((e) => !goenv.userFile.problems.some((p) => p.line === e.line))
        .map((e) => ({ name: e.key, where: `${goenv.userFile.path}:${e.line}`, location: { file: goenv.userFile.path, line: e.line } })),
    ];
    for (const c of candidates) {
      const meant = likelyTypoOf(c.name);
      if (!meant || seen.has(c.name + c.where)) continue;
      seen.add(c.name + c.where);
      out.push({
        messageId: 'typo' as const,
        data: { name: c.name, where: c.where, meant },
        fixes: [{ kind: 'manual' as const, title: fixTitle('renameTo', { name: c.name, meant }), steps: [`Find where ${c.name} is set (\`godiag shell\` shows startup files) and rename it to ${meant}`] }],
        ...(c.location ? { location: c.location } : {}),
      });
    }
    return out;
  },
});
