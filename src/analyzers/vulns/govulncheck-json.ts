// govulncheck -format json: a stream of JSON objects (golang.org/x/vuln/internal/govulncheck:
// config, progress, osv, finding). A finding's first trace frame is the deepest place reached:
// a function (the vulnerable symbol is called), else a package (imported), else the module
// (required only).
export type ReachLevel = 'symbol' | 'package' | 'module';

export interface GovulncheckFinding { osv: string; module: string; version: string; level: ReachLevel }

interface Frame { module?: string; version?: string; package?: string; function?: string }

/** One entry per advisory and module, at the deepest level any of its findings reached. */
export function parseGovulncheckJson(out: string): GovulncheckFinding[] {
  const best = new Map<string, GovulncheckFinding>();
  const rank = { module: 0, package: 1, symbol: 2 } as const;
  for (const chunk of out.split(/\n(?=\{)/)) {
    if (!chunk.trim()) continue;
    const o = JSON.parse(chunk) as { finding?: { osv?: string; trace?: Frame[] } };
    const f = o.finding?.trace?.[0];
    if (!o.finding?.osv || !f?.module) continue;
    const level: ReachLevel = f.function ? 'symbol' : f.package ? 'package' : 'module';
    const key = `${f.module}\0${o.finding.osv}`;
    const had = best.get(key);
    if (!had || rank[level] > rank[had.level]) best.set(key, { osv: o.finding.osv, module: f.module, version: f.version ?? '', level });
  }
  return [...best.values()];
}
