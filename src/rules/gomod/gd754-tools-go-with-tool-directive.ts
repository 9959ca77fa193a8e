import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { compareGoVersions } from '../../knowledge/goversion.js';
import { at, goModFor } from '../file-relations.js';

/** A tools.go blank-import file in a module whose go line already supports `tool` directives. */
export const gd754 = defineRule({
  id: 'GD754',
  name: 'tools-go-with-tool-directive',
  category: 'gomod',
  severity: 'info',
  title: 'tools.go in a module that can use the tool directive',
  requires: ['files'],
  messages: {
    tools: '{file} tracks {count} tool(s) with blank imports, but {gomod} is at go {goLine}: since Go 1.24 `go get -tool` records them as tool directives and `go tool NAME` runs them.',
    duplicate: '{file} blank-imports {paths}, which {gomod} already lists as tool directives: the blank import only repeats them (both use the version go.mod requires): `go tool NAME` runs them, and the import can go.',
  },
  fixTitles: {
    recordTheToolsIn: 'Record the tools in go.mod',
    thenRetireToolsGo: 'Then retire tools.go',
  },
  sources: ['https://go.dev/doc/go1.24#tools', 'https://go.dev/doc/modules/managing-dependencies#tools'],
  fixable: false,
  docs: {
    what: 'Reports tools.go files (build tag `tools`, blank imports) in modules whose go line is 1.24 or later, and says so when go.mod already lists an import as a tool directive.',
    why: 'The tools.go workaround mixes tool dependencies into the build graph and needs `go run pkg@version` or `go install` steps to use them. The tool directive (Go 1.24) pins each tool in go.mod and `go tool NAME` builds and caches it with the module\'s versions.',
    fix: 'For each import run `go get -tool <import path>`, replace `go run <path>` with `go tool <name>`, then delete tools.go and run `go mod tidy`.',
  },
  check({ files }) {
    const out: Report<'tools' | 'duplicate'>[] = [];
    for (const t of files.toolsGo) {
      if (!t.toolsTag || t.imports.length === 0) continue;
      const mod = goModFor(files, t.path);
      if (!mod?.go || compareGoVersions(`go${mod.go.value}`, 'go1.24') < 0) continue;
      const missing = t.imports.filter((i) => !mod.tools.includes(i.path));
      const both = t.imports.filter((i) => mod.tools.includes(i.path));
      const tool = mod.toolDirectives?.find((d) => d.value === both[0]?.path);
      out.push({
        ...(both.length
          ? { messageId: 'duplicate' as const, data: { file: t.path, paths: both.map((i) => i.path).join(', '), gomod: mod.path }, ...(tool ? { related: [{ file: mod.path, line: tool.line, column: tool.column, message: `tool ${tool.value} here; ${t.path} blank-imports it too` }] } : {}) }
          : { messageId: 'tools' as const, data: { file: t.path, count: t.imports.length, gomod: mod.path, goLine: mod.go.value } }),
        evidence: { imports: t.imports.map((i) => i.path), alreadyTools: mod.tools },
        location: at(t.path, (both[0] ?? t.imports[0]!).line, (both[0] ?? t.imports[0]!).column),
        fixes: [
          ...(missing.length ? [{ kind: 'command' as const, title: fixTitle('recordTheToolsIn'), command: `go get -tool ${missing.map((i) => i.path).join(' ')}`, shell: 'sh' as const, safety: 'review' as const }] : []),
          { kind: 'manual', title: fixTitle('thenRetireToolsGo'), steps: ['Replace `go run <path>` with `go tool <name>` in Makefiles and scripts.', `Delete ${t.path} and run go mod tidy.`] },
        ],
      });
    }
    return out;
  },
});
