// `godiag route [MODULE...]`: where each module request goes, statically (no network).
import * as path from 'node:path';
import { LocalHost } from '../../collectors/host.js';
import { defineCollector, earlierValue, runCollectors } from '../../collectors/collector.js';
import { collectGoEnv } from '../../collectors/goenv.js';
import { projectCollector } from '../../collectors/project.js';
import { lookPath, modulesCollector } from '../../collectors/modules.js';
import type { ModulesFacts, ModuleRouteFacts } from '../../facts/schema/modules.js';
import { redactUserinfo, routeEnvFrom, routeModule } from '../../knowledge/goproxy.js';
import { checkPathProblem } from '../../knowledge/goprivate.js';
import { redactDeep } from '../../engine/redact.js';
import { decideColor, makeStyle, type Style } from '../../report/style.js';
import { SCHEMA_VERSION } from '../../facts/schema-version.js';
import { COMMON_FLAGS, parseFlags, projectDir } from '../output.js';
import { UsageError, type CliIO } from '../io.js';
import { loadUserConfig } from '../pipeline.js';
import { runRules } from '../../engine/run.js';
import { MODULES_RULES } from '../../rules/modules/index.js';

const HELP = `usage: godiag route [flags] [MODULE...]

Show where the go command sends requests for each module: the proxies it asks in order and
when each one falls through, whether the checksum database is consulted, whether the VCS is
used directly (and whether git/hg is installed), and whether the fetch may be insecure.
Without MODULE: every requirement of the go.mod/go.work in --cwd. Makes no network request.

flags:
  -f, --format text|json   output format (default text)
      --cwd DIR            project directory (default: current)
      --config FILE        .godiag.yaml/.json (privateHosts)
      --no-color           plain text
`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    format: COMMON_FLAGS.format, cwd: COMMON_FLAGS.cwd, config: COMMON_FLAGS.config,
    'no-color': COMMON_FLAGS['no-color'], help: COMMON_FLAGS.help,
  });
  if (values.help) { io.stdout(HELP); return 0; }
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json (got ${JSON.stringify(format)})`);
  // `path@version` is accepted: the route does not depend on the version.
  const modules = positionals.map((m) => m.replace(/@[^/@]*$/, ''));
  for (const m of modules) {
    const problem = checkPathProblem(m);
    if (problem) throw new UsageError(`${JSON.stringify(m)} is not a module path: ${problem}`);
  }
  const cwd = projectDir(io, values.cwd);
  const config = await loadUserConfig(values.config, cwd);
  const host = new LocalHost(io.env);
  const { facts } = await runCollectors([pathGoEnvCollector, projectCollector, modulesCollector], host, { cwd, privateHosts: config.privateHosts });
  const area = earlierValue(facts, 'modules');
  if (!area) {
    const c = facts.modules;
    throw new Error(`could not read the module settings: ${c && !c.ok ? c.error : 'not collected'}`);
  }
  let routes = area.routes;
  let judged = area;
  if (modules.length > 0) {
    const goenv = earlierValue(facts, 'goenv');
    const env = routeEnvFrom((k) => (goenv ? goenv.settings[k]?.value : io.env[k] || undefined));
    routes = modules.map((m) => scrub(routeModule(env, m)));
    // The named modules are judged as if the project required them: doctor's verdict for them.
    judged = { ...area, routes, requirements: modules.map((m) => ({ path: m, version: '', indirect: false, file: '(command line)', line: 1 })) };
  }
  const findings = runRules(MODULES_RULES, {
    schemaVersion: SCHEMA_VERSION, collectedAt: new Date().toISOString(),
    host: { kind: host.kind, platform: host.platform, arch: process.arch, cwd },
    ...facts, modules: { ok: true, value: judged, ms: 0 },
  }, config.rules).findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message }));
  if (format === 'json') {
    io.stdout(JSON.stringify(redactDeep({ schemaVersion: SCHEMA_VERSION, command: 'route', settings: area.env, sources: area.sources, git: area.git.path, hg: area.hgPath, routes, findings }), null, 2) + '\n');
    return 0;
  }
  const style = makeStyle(decideColor(io.env, io.isTTY, !!values['no-color']));
  io.stdout(redactDeep(renderRoutes(area, routes, style, modules.length === 0) + renderFindings(findings, style)));
  return 0;
}

/** Doctor's module findings for the routes shown, so route never shows a leak without saying so. */
function renderFindings(findings: Array<{ ruleId: string; severity: string; message: string }>, st: Style): string {
  if (findings.length === 0) return '';
  const mark = (sev: string) => (sev === 'error' ? st.red('✗') : sev === 'warning' ? st.yellow('!') : 'i');
  return ['', st.bold('What doctor reports about these routes'), ...findings.map((f) => `  ${mark(f.severity)} ${f.ruleId} ${f.message}`), ''].join('\n');
}

/** Settings of the first go on PATH, without probing every installed toolchain as doctor does. */
const pathGoEnvCollector = defineCollector({
  area: 'goenv',
  after: [],
  async collect(host, opts) {
    const go = await lookPath(host, 'go');
    if (!go) throw new Error('no go on PATH to ask for its settings');
    return collectGoEnv(host, go, null, opts.timeoutMs);
  },
});

function scrub(r: ModuleRouteFacts): ModuleRouteFacts {
  return { ...r, steps: r.steps.map((s) => ({ ...s, url: redactUserinfo(s.url) })), sumdb: { ...r.sumdb, via: r.sumdb.via.map(redactUserinfo) } };
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
