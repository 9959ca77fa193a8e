// tools.go: the blank imports that pinned tool versions before go.mod's tool directive (Go 1.24).
import type { ToolsGo } from '../../facts/schema/files.js';

/** Its `tools` build constraint and blank imports, with positions. */
export function toolsGoFacts(path: string, text: string): ToolsGo {
  const lines = text.split(/\r?\n/);
  const toolsTag = lines.some((l) => /^\s*\/\/(go:build|\s*\+build)\s.*\btools\b/.test(l));
  const imports: ToolsGo['imports'] = [];
  lines.forEach((l, i) => {
    const m = /^\s*(?:import\s+)?_\s+"([^"]+)"/.exec(l);
    if (m) imports.push({ path: m[1]!, line: i + 1, column: l.indexOf('"') + 2 });
  });
  return { path, toolsTag, imports };
}
