// Inline directives for file findings: `# godiag ignore=GD601 -- reason` (next code line, or
// its own line when trailing), `# godiag ignore-file=GD601 -- reason`, and per-file severity
// `# godiag severity GD601=info`. Config-file overrides ({rules: {GD601: off}}) are applied by
// runRules before this; file directives are more specific and win.
import type { Finding } from '../facts/findings.js';
import type { Directive } from '../facts/schema/files.js';

export interface DirectiveResult {
  findings: Finding[];
  /** Findings an ignore directive removed, with the directive's reason. */
  suppressed: Array<{ finding: Finding; reason: string; directive: { file: string; line: number } }>;
  /** Directives that were not applied (no reason, bad syntax), for the report. */
  problems: Directive[];
}

const matches = (d: Directive, f: Finding) => d.rules.some((r) => r === f.ruleId || r === f.ruleName);

export function applyDirectives(findings: readonly Finding[], directives: readonly Directive[]): DirectiveResult {
  const problems = directives.filter((d) => d.problem !== null);
  const valid = directives.filter((d) => d.problem === null);
  const byFile = new Map<string, Directive[]>();
  for (const d of valid) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const out: Finding[] = [];
  const suppressed: DirectiveResult['suppressed'] = [];
  for (const f of findings) {
    const file = f.location?.file;
    const ds = file ? byFile.get(file) ?? [] : [];
    const ignore = ds.find((d) => matches(d, f) && (d.kind === 'ignore-file' || (d.kind === 'ignore' && d.target === f.location?.line)));
    if (ignore) {
      suppressed.push({ finding: f, reason: ignore.reason ?? '', directive: { file: ignore.file, line: ignore.line } });
      continue;
    }
    const sev = ds.filter((d) => d.kind === 'severity' && matches(d, f)).at(-1);
    if (sev?.severity === 'off') {
      suppressed.push({ finding: f, reason: `severity ${f.ruleId}=off`, directive: { file: sev.file, line: sev.line } });
      continue;
    }
    out.push(sev?.severity ? { ...f, severity: sev.severity } : f);
  }
  return { findings: out, suppressed, problems };
}
