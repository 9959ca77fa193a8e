import type { Finding } from '../facts/findings.js';
import type { Reporter } from './model.js';
import { sitePath, siteText, type ReportSite } from './site.js';

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

function annotation(f: Finding, site: ReportSite | undefined): string {
  const props: string[] = [];
  const l = f.location;
  if (l) {
    // GitHub places annotations by path relative to the workspace (the repository root).
    props.push(`file=${escapeProperty(site ? siteText(sitePath(l.file, site)) : l.file)}`);
    if (l.line) props.push(`line=${l.line}`);
    if (l.column) props.push(`col=${l.column}`);
    if (l.endLine) props.push(`endLine=${l.endLine}`);
    if (l.endColumn) props.push(`endColumn=${l.endColumn}`);
  }
  props.push(`title=${escapeProperty(`${f.ruleId} ${f.ruleName}`)}`);
  return `::${LEVEL[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
}

export const githubReporter: Reporter = (model) => model.findings.map((f) => annotation(f, model.site) + '\n').join('');
