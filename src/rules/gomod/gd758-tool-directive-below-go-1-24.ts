import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { compareGoVersions } from '../../knowledge/goversion.js';
import { at } from '../file-relations.js';

/** A tool directive in a go.mod whose go line admits Go releases that cannot read it. */
export const gd758 = defineRule({
  id: 'GD758',
  name: 'tool-directive-below-go-1-24',
  category: 'gomod',
  severity: 'warning',
  title: 'tool directive with a go line below 1.24',
  requires: ['files'],
  messages: {
    old: '`tool {path}` needs Go 1.24, but {gomod} says go {goLine}: a Go {goLine} toolchain (which this line admits, and which does not switch) fails on every command with "{gomod}:{line}: unknown directive: tool".',
  },
  fixTitles: {
    raiseTheGoLine: 'Raise the go line to 1.24',
  },
  sources: ['https://go.dev/doc/go1.24#tools', 'https://go.dev/ref/mod#go-mod-file-tool', 'https://go.dev/doc/toolchain'],
  fixable: true,
  docs: {
    what: 'Reports tool directives in a go.mod whose go line is below 1.24.',
    why: 'The tool directive arrived in Go 1.24; older go commands stop at it with "unknown directive: tool" (checked with go1.19). The go line is the oldest Go the module claims to work with, and a Go of that version selects no newer toolchain, so users and CI on it cannot build at all.',
    fix: 'Raise the go line to 1.24 or later (go mod edit -go=1.24), or keep the tool out of go.mod (go run path@version).',
  },
  check({ files }) {
    const out: Report<'old'>[] = [];
    for (const m of files.mods) {
      const tool = m.toolDirectives?.[0];
      if (m.kind !== 'go.mod' || !tool || !m.go || compareGoVersions(`go${m.go.value}`, 'go1.24') >= 0) continue;
      out.push({
        messageId: 'old',
        data: { path: tool.value, gomod: m.path, goLine: m.go.value, line: tool.line },
        evidence: { tools: m.toolDirectives!.map((t) => t.value), goLine: m.go.value },
        location: at(m.path, tool.line, tool.column),
        fixes: [{ kind: 'edit', title: fixTitle('raiseTheGoLine'), file: m.path, range: { startLine: m.go.line, endLine: m.go.line }, replacement: 'go 1.24', safety: 'review' }],
      });
    }
    return out;
  },
});
