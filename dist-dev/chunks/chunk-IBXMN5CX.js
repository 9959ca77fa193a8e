import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  REPORTED_GO_VARS
} from "./chunk-3CEM5G56.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/report/sections/shell.ts
function where(o) {
  if (!o) return "inherited";
  return `${o.file}:${o.line}${o.condition ? " (if \u2026)" : ""}`;
}
__name(where, "where");
function shellSections(s) {
  const ctxRows = s.contexts.map((c) => {
    const go = c.gos[0];
    const dyn = s.dynamic?.find((d) => d.id === c.id);
    const row = [c.id + (c.installed ? "" : " (not installed)"), go ? `${go.path}${go.version ? ` (${go.version})` : ""}` : "\u2014 none \u2014", go ? where(go.origin) : "", String(c.files.length)];
    if (s.dynamic) row.push(dyn ? dyn.ok ? dyn.goPath ?? "\u2014 none \u2014" : `failed: ${dyn.error}` : "");
    return row;
  });
  const headers = ["context", "first go on PATH", "PATH entry set at", "files read"];
  if (s.dynamic) headers.push("really (--run-shells)");
  const sections = [{
    title: "Shell contexts: which go runs",
    lines: [`login shell: ${s.loginShell ? `${s.loginShell.path} (from ${s.loginShell.from})` : "unknown"}; HOME ${s.home}`],
    table: { headers, rows: ctxRows }
  }];
  const varRows = [];
  for (const c of s.contexts) {
    for (const k of REPORTED_GO_VARS) {
      const v = c.vars[k];
      if (!v) continue;
      varRows.push([c.id, k, (v.known ? v.value : `${v.value} (computed at startup)`) + (v.exported ? "" : " (not exported)"), where(v.origin)]);
    }
  }
  if (varRows.length) sections.push({ title: "Go variables per context", lines: [], table: { headers: ["context", "variable", "value", "set at"], rows: varRows } });
  const notes = [...new Set(s.contexts.flatMap((c) => c.notes))];
  const broken = s.files.filter((f) => f.syntaxError && !f.syntaxError.advisory || f.binary || f.truncated).map((f) => `${f.path}: ${f.binary ? "binary content" : f.truncated ? `only the first part of ${f.size} bytes analysed` : `syntax error at ${f.syntaxError.line}:${f.syntaxError.column}: ${f.syntaxError.message}`}`);
  if (notes.length || broken.length) sections.push({ title: "Notes", lines: [...broken, ...notes] });
  return sections;
}
__name(shellSections, "shellSections");

export {
  shellSections
};
