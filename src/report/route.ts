// `godiag route`'s output: the routes of module requests, as text or JSON.
import type { ModulesFacts, ModuleRouteFacts } from '../facts/schema/modules.js';
import { SCHEMA_VERSION } from '../facts/schema-version.js';
import { makeStyle, type Style } from './style.js';

export interface RouteFinding { ruleId: string; severity: string; message: string }

export interface RouteReport {
  modules: ModulesFacts;
  routes: ModuleRouteFacts[];
  /** The routes are the project's requirements (no module named on the command line). */
  fromProject: boolean;
  /** Doctor's module findings for the routes shown. */
  findings: RouteFinding[];
}

/** route's formats, chosen like REPORTERS; the report comes redacted. */
export const ROUTE_REPORTERS: Record<string, (r: RouteReport, opts: { color: boolean }) => string> = {
  text: (r, { color }) => {
    const style = makeStyle(color);
    return renderRoutes(r.modules, r.routes, style, r.fromProject) + renderFindings(r.findings, style);
  },
  json: (r) => JSON.stringify({ schemaVersion: SCHEMA_VERSION, command: 'route', settings: r.modules.env, sources: r.modules.sources, git: r.modules.git.path, hg: r.modules.hgPath, routes: r.routes, findings: r.findings }, null, 2) + '\n',
};

/** Doctor's module findings for the routes shown, so route never shows a leak without saying so. */
function renderFindings(findings: RouteFinding[], st: Style): string {
  if (findings.length === 0) return '';
  const mark = (sev: string) => (sev === 'error' ? st.red('✗') : sev === 'warning' ? st.yellow('!') : 'i');
  return ['', st.bold('What doctor reports about these routes'), ...findings.map((f) => `  ${mark(f.severity)} ${f.ruleId} ${f.message}`), ''].join('\n');
}

function stepLine(s: ModuleRouteFacts['steps'][number], r: ModuleRouteFacts, m: ModulesFacts): string {
  const next = s.fallThrough === 'any-error' ? 'next on any error (|)' : s.fallThrough === 'not-found' ? 'next only on 404/410 (,)' : 'last';
  if (s.kind === 'off') return `off: fails with "module lookup disabled by GOPROXY=off"`;
  if (s.kind === 'direct') {
    const vcs = r.vcs ?? 'git (or as the ?go-get=1 page says)';
    const tool = (r.vcs ?? 'git') === 'git' ? m.git.path : r.vcs === 'hg' ? m.hgPath : null;
    const why = r.noProxyPattern !== null ? `GONOPROXY/GOPRIVATE pattern ${r.noProxyPattern}` : 'GOPROXY';
    return `direct from the origin via ${vcs} [${why}]; ${tool ? `found ${tool}` : 'NOT on PATH'}`;
  }
  return `${s.url}  → ${next}`;
}

export function renderRoutes(m: ModulesFacts, routes: ModuleRouteFacts[], st: Style, fromProject: boolean): string {
  const out: string[] = [];
  const setting = (k: keyof ModulesFacts['env']) => `${k}=${m.env[k] === '' ? '""' : m.env[k]} ${st.dim(`(${m.sources[k] ?? 'default'})`)}`;
  out.push(st.bold('Settings'), ...(['GOPROXY', 'GOSUMDB', 'GOPRIVATE', 'GONOPROXY', 'GONOSUMDB', 'GOINSECURE', 'GOAUTH', 'GOVCS'] as const).map((k) => `  ${setting(k)}`), '');
  if (routes.length === 0) {
    out.push(fromProject ? 'No requirements: no go.mod/go.work with require lines here (pass module paths to route them).' : 'No modules given.');
    return out.join('\n') + '\n';
  }
  for (const r of routes) {
    out.push(st.bold(r.module));
    if (r.error) { out.push(`  ${st.red('every fetch fails')}: ${r.error}`, ''); continue; }
    if (r.vendorOnly) out.push(`  ${st.yellow('GOFLAGS has -mod=vendor: builds never look this module up')}`);
    r.steps.forEach((s, i) => out.push(`  ${i + 1}. ${stepLine(s, r, m)}`));
    const sum = r.sumdb;
    if (sum.consulted) out.push(`  checksum DB: ${sum.name ?? 'invalid GOSUMDB'}${sum.via.length ? ` via ${sum.via.join(' then ')}` : ''} ${st.dim('(for versions missing from go.sum)')}`);
    else out.push(`  checksum DB: ${st.yellow('not consulted')} (${sum.reason === 'gosumdb-off' ? 'GOSUMDB=off' : `GONOSUMDB pattern ${sum.pattern}`})`);
    if (r.govcs) out.push(`  ${st.red('GOVCS refuses the direct fetch')}: ${r.govcs}`);
    if (r.insecurePattern !== null) out.push(`  ${st.yellow('insecure')}: GOINSECURE pattern ${r.insecurePattern} allows plain HTTP and unverified TLS for direct fetches`);
    out.push('');
  }
  return out.join('\n');
}
