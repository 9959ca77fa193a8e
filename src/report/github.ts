import type { Finding } from '../engine/types.js';
import type { Reporter } from './model.js';

// GitHub Actions workflow commands: one `::error file=…,line=…,col=…::message` per finding,
// shown as annotations on the pull request diff.
// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Message data escaping (toCommandValue in @actions/core). */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property escaping additionally covers the separators. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(f: Finding): string {
  const props: string[] = [];
  const l = f.location;
  if (l) {
    props.push(`file=${escapeProperty(l.file)}`);
    if (l.line) props.push(`line=${l.line}`);
    if (l.column) props.push(`col=${l.column}`);
    if (l.endLine) props.push(`endLine=${l.endLine}`);
    if (l.endColumn) props.push(`endColumn=${l.endColumn}`);
  }
  props.push(`title=${escapeProperty(`${f.ruleId} ${f.ruleName}`)}`);
  return `::${LEVEL[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
}

export const githubReporter: Reporter = (model) => model.findings.map((f) => annotation(f) + '\n').join('');
