// `godiag fix`'s output: the changes it would make (or made), as text or JSON. The diffs come
// computed; this layer only lays them out.
import { SCHEMA_VERSION } from '../facts/schema-version.js';

export interface FixNote { ruleId: string; title: string; detail: string }
export interface FixReport {
  applying: boolean;
  /** One per file: the fixes that change it and the unified diff of the change. */
  changes: Array<{ path: string; fixes: Array<{ ruleId: string; title: string }>; diff: string }>;
  /** Fixes already in place. */
  unchanged: FixNote[];
  /** Fixes that cannot be applied, and why. */
  failed: FixNote[];
  /** Findings with only a fix to make by hand: "GD205 Set GOPATH ...". */
  manual: string[];
  /** After --apply or --undo: what happened to each file, and the record of the apply. */
  outcomes?: Array<{ path: string; outcome: string; detail: string }>;
  journal?: string | null;
  /** --undo: it had nothing to undo. */
  undo?: boolean;
}

function planText(r: FixReport): string[] {
  const out: string[] = [];
  if (r.changes.length === 0) out.push('Nothing to change: godiag has no fix of its own to apply here.');
  else out.push(r.applying ? 'Applying these changes:\n' : 'Changes godiag would make (run again with --apply to make exactly these):\n');
  for (const c of r.changes) {
    for (const f of c.fixes) out.push(`${f.ruleId}: ${f.title}`);
    out.push(c.diff);
  }
  if (r.unchanged.length) out.push(['Already in place:', ...r.unchanged.map((u) => `  ${u.ruleId} ${u.title}: ${u.detail}`)].join('\n'));
  if (r.failed.length) out.push(['Cannot apply:', ...r.failed.map((u) => `  ${u.ruleId} ${u.title}: ${u.detail}`)].join('\n'));
  if (r.manual.length) out.push(['To fix by hand (godiag doctor shows how):', ...r.manual.map((m) => `  ${m}`)].join('\n'));
  return out;
}

const outcomeLines = (r: FixReport) => (r.outcomes ?? []).map((o) => `${o.outcome.padEnd(9)} ${o.path}${o.detail ? `: ${o.detail}` : ''}`);

/** fix's formats, chosen like REPORTERS. */
export const FIX_REPORTERS: Record<string, (r: FixReport) => string> = {
  text: (r) => {
    if (r.undo) {
      const lines = r.journal ? [`Undoing ${r.journal}:`, ...outcomeLines(r)] : ['Nothing to undo: no godiag fix --apply on record.'];
      return lines.join('\n') + '\n';
    }
    const lines = planText(r);
    if (r.outcomes) lines.push(...outcomeLines(r), `\nBackups and the record of this apply: ${r.journal}\nUndo it with: godiag fix --undo`);
    return lines.join('\n') + '\n';
  },
  json: (r) => JSON.stringify({ schemaVersion: SCHEMA_VERSION, command: r.undo ? 'fix --undo' : 'fix', ...r }, null, 2) + '\n',
};
