import type { Finding, Location } from '../facts/findings.js';
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

function annotation(f: Finding, site: ReportSite | undefined, l: Location | undefined = f.location, message = f.message): string {
  const props: string[] = [];
  if (l) {
    // GitHub places annotations by path relative to the workspace (the repository root).
    props.push(`file=${escapeProperty(site ? siteText(sitePath(l.file, site)) : l.file)}`);
    if (l.line) props.push(`line=${l.line}`);
    if (l.column) props.push(`col=${l.column}`);
    if (l.endLine) props.push(`endLine=${l.endLine}`);
    if (l.endColumn) props.push(`endColumn=${l.endColumn}`);
  }
  props.push(`title=${escapeProperty(`${f.ruleId} ${f.ruleName}`)}`);
  return `::${LEVEL[f.severity]} ${props.join(',')}::${escapeData(message)}`;
}

/** The finding's annotation, then one at each related place (a notice: the finding is counted once). */
function annotations(f: Finding, site: ReportSite | undefined): string {
  const related = (f.related ?? []).map((r) => annotation({ ...f, severity: 'info' }, site, r, `${r.message} (${f.ruleId}: ${f.message})`));
  return [annotation(f, site), ...related].map((a) => `${a}\n`).join('');
}

export const githubReporter: Reporter = (model) => model.findings.map((f) => annotations(f, model.site)).join('');
