import type { Finding } from '../engine/types.js';
import type { Reporter } from './model.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0: one run, driver.rules from the rules that ran, results with locations. */
export const sarifReporter: Reporter = (model, opts) => {
  const ruleIndex = new Map(model.rules.map((r, i) => [r.id, i]));
  const result = (f: Finding) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
    level: LEVEL[f.severity],
    message: { text: f.message },
    ...(f.location
      ? {
          locations: [{
            physicalLocation: {
              artifactLocation: { uri: toUri(f.location.file) },
              ...(f.location.line
                ? { region: { startLine: f.location.line, ...(f.location.column ? { startColumn: f.location.column } : {}), ...(f.location.endLine ? { endLine: f.location.endLine } : {}), ...(f.location.endColumn ? { endColumn: f.location.endColumn } : {}) } }
                : {}),
            },
          }],
        }
      : {}),
    properties: { ruleName: f.ruleName, category: f.category, evidence: f.evidence },
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'godiag',
          version: model.tool.version,
          informationUri: 'https://www.npmjs.com/package/godiag',
          rules: model.rules.map((r) => ({
            id: r.id,
            name: r.name,
            shortDescription: { text: r.title },
            fullDescription: { text: r.why || r.title },
            helpUri: r.helpUri.startsWith('http') ? r.helpUri : undefined,
            help: { text: `${r.title}. Sources: ${r.sources.join(', ')}` },
            defaultConfiguration: { level: LEVEL[r.severity] },
            properties: { category: r.category, sources: r.sources },
          })),
        },
      },
      results: model.findings.map(result),
    }],
  };
  return JSON.stringify(sarif, null, opts.pretty ? 2 : undefined) + '\n';
};

function toUri(file: string): string {
  const norm = file.replace(/\\/g, '/');
  return norm.split('/').map((seg) => encodeURIComponent(seg)).join('/');
}
