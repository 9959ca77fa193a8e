import type { EditFix, Finding, Location } from '../facts/findings.js';
import { fingerprints, FINGERPRINT_KEY } from './fingerprint.js';
import { DOCS_URL, type Reporter } from './model.js';
import { dirUri, sitePath, siteText, siteUri, type ReportSite } from './site.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
/** The uriBaseId of paths under the repository root, as GitHub code scanning and CodeQL name it. */
export const SRCROOT = '%SRCROOT%';
const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/**
 * SARIF 2.1.0 as GitHub code scanning ingests it: every result has a physical location (callers
 * fill machine-level ones, see cause-location.ts) relative to %SRCROOT% inside the repository and
 * a file:// URI outside it, a region, a partial fingerprint, and file-edit fixes.
 */
export const sarifReporter: Reporter = (model, opts) => {
  const site: ReportSite = model.site ?? { base: process.cwd(), repoRoot: process.cwd() };
  const ruleIndex = new Map(model.rules.map((r, i) => [r.id, i]));
  const artifact = (file: string) => {
    const p = sitePath(file, site);
    return p.inRepo ? { uri: siteUri(p), uriBaseId: SRCROOT } : { uri: siteUri(p) };
  };
  const prints = model.fingerprints ?? fingerprints(model.findings, (f) => (f.location ? siteText(sitePath(f.location.file, site)) : ''));
  const result = (f: Finding, i: number) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
    level: LEVEL[f.severity],
    message: { text: f.message },
    ...(f.location ? { locations: [{ physicalLocation: { artifactLocation: artifact(f.location.file), region: region(f.location) } }] } : {}),
    ...(f.related?.length ? { relatedLocations: f.related.map((r, id) => ({ id, physicalLocation: { artifactLocation: artifact(r.file), region: region(r) }, message: { text: r.message } })) } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: prints[i]! },
    ...(editFixes(f).length ? { fixes: editFixes(f).map((x) => sarifFix(x, artifact)) } : {}),
    properties: { ruleName: f.ruleName, category: f.category, messageId: f.messageId, evidence: f.evidence },
  });
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'godiag',
          version: model.tool.version,
          semanticVersion: model.tool.version,
          informationUri: 'https://www.npmjs.com/package/godiag',
          rules: model.rules.map((r) => ({
            id: r.id,
            name: r.name,
            shortDescription: { text: r.title },
            fullDescription: { text: r.why || r.title },
            helpUri: `${DOCS_URL}/${r.id}.md`,
            help: { text: `${r.title}. Sources: ${r.sources.join(', ')}`, markdown: r.help },
            defaultConfiguration: { level: LEVEL[r.severity] },
            properties: { tags: ['go', r.category], category: r.category, sources: r.sources },
          })),
        },
      },
      // GitHub resolves %SRCROOT% to the checkout; the absolute root lets other consumers (and
      // GitHub, for file:// URIs outside it) place the paths too.
      originalUriBaseIds: { [SRCROOT]: { uri: dirUri(site.repoRoot) } },
      invocations: [{ executionSuccessful: true, workingDirectory: { uri: dirUri(site.repoRoot) } }],
      automationDetails: { id: `godiag/${model.command.replace(/\s+/g, '-')}/` },
      results: model.findings.map(result),
    }],
  };
  return JSON.stringify(sarif, null, opts.pretty ? 2 : undefined) + '\n';
};

/** Lines and columns as the finding has them; a whole-file finding starts at line 1. */
function region(l: Location) {
  if (!l.line) return { startLine: 1 };
  return {
    startLine: l.line,
    ...(l.column ? { startColumn: l.column } : {}),
    ...(l.endLine ? { endLine: l.endLine } : {}),
    ...(l.endColumn ? { endColumn: l.endColumn } : {}),
  };
}

/** Edits that replace known lines; appends have no region a SARIF consumer could place without the file. */
function editFixes(f: Finding): Array<EditFix & { range: NonNullable<EditFix['range']> }> {
  return f.fixes.filter((x): x is EditFix & { range: NonNullable<EditFix['range']> } => x.kind === 'edit' && !!x.range);
}

function sarifFix(x: EditFix & { range: NonNullable<EditFix['range']> }, artifact: (file: string) => object) {
  return {
    description: { text: x.title },
    artifactChanges: [{
      artifactLocation: artifact(x.file),
      // Without columns a region spans whole lines up to (not including) the last line's end of line.
      replacements: [{ deletedRegion: { startLine: x.range.startLine, endLine: x.range.endLine }, insertedContent: { text: x.replacement.replace(/\n$/, '') } }],
    }],
  };
}
