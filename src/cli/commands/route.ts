// `godiag route [MODULE...]`: where each module request goes, statically (no network).
import * as path from 'node:path';
import { LocalHost } from '../../collectors/host.js';
import { defineCollector, earlierValue, runCollectors } from '../../collectors/collector.js';
import { collectGoEnv } from '../../collectors/goenv.js';
import { projectCollector } from '../../collectors/project.js';
import { lookPath, modulesCollector } from '../../collectors/modules.js';
import type { ModuleRouteFacts } from '../../facts/schema/modules.js';
import { redactUserinfo, routeEnvFrom, routeModule } from '../../knowledge/goproxy.js';
import { checkPathProblem } from '../../knowledge/goprivate.js';
import { redactDeep } from '../../engine/redact.js';
import { decideColor } from '../../report/style.js';
import { ROUTE_REPORTERS } from '../../report/route.js';
import { COMMON_FLAGS, parseFlags, projectDir } from '../output.js';
import { UsageError, type CliIO } from '../io.js';
import { factsOf, loadUserConfig } from '../pipeline.js';
import { runRules } from '../../engine/run.js';
import { MODULES_RULES } from '../../rules/modules/index.js';
import { gd525 } from '../../rules/modules/gd525-module-advisories.js';
import { matchModFiles } from '../../collectors/vulns.js';
import { loadVulnDb, VULN_FLAGS } from '../vuln-db.js';

const HELP = `usage: godiag route [flags] [MODULE...]

Show where the go command sends requests for each module: the proxies it asks in order and
when each one falls through, whether the checksum database is consulted, whether the VCS is
used directly (and whether git/hg is installed), and whether the fetch may be insecure.
Without MODULE: every requirement of the go.mod/go.work in --cwd. Makes no network request.

flags:
  -f, --format text|json   output format (default text)
      --cwd DIR            project directory (default: current)
      --config FILE        .godiag.yaml/.json (privateHosts)
      --vuln               also match the requirements (or MODULE@VERSION arguments) against the Go
                           vulnerability database in the module cache (version matching, offline)
      --vulndb DIR         OSV entries to match against (implies --vuln)
      --no-color           plain text
`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    format: COMMON_FLAGS.format, cwd: COMMON_FLAGS.cwd, config: COMMON_FLAGS.config,
    'no-color': COMMON_FLAGS['no-color'], help: COMMON_FLAGS.help, ...VULN_FLAGS,
  });
  if (values.help) { io.stdout(HELP); return 0; }
  const format = values.format ?? 'text';
  if (!Object.hasOwn(ROUTE_REPORTERS, format)) throw new UsageError(`--format must be text or json (got ${JSON.stringify(format)})`);
  // `path@version` is accepted: the route does not depend on the version (--vuln matches it).
  const modules = positionals.map((m) => m.replace(/@[^/@]*$/, ''));
  const versioned = positionals.flatMap((m, i) => (/@[^/@]+$/.test(m) ? [{ path: modules[i]!, version: m.slice(modules[i]!.length + 1), line: 1 }] : []));
  for (const m of modules) {
    const problem = checkPathProblem(m);
    if (problem) throw new UsageError(`${JSON.stringify(m)} is not a module path: ${problem}`);
  }
  const cwd = projectDir(io, values.cwd);
  const config = await loadUserConfig(values.config, cwd);
  const vulnDb = await loadVulnDb(io, cwd, values);
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
  const judgedFacts = factsOf(host, cwd, { ...facts, modules: { ok: true, value: judged, ms: 0 } });
  if (vulnDb) {
    // The project's requirements, or the MODULE@VERSION arguments: module-level advisories (GD525).
    const project = earlierValue(facts, 'project')?.gomod;
    const mods = modules.length ? [{ path: '(command line)', kind: 'go.mod', requires: versioned, replaces: [] }] : project ? [{ ...project, kind: 'go.mod' }] : [];
    judgedFacts.vulns = { ok: true, value: matchModFiles(vulnDb, mods) };
  }
  const rules = vulnDb ? [...MODULES_RULES.filter((r) => !r.requires.includes('vulns')), gd525] : MODULES_RULES.filter((r) => !r.requires.includes('vulns'));
  const findings = runRules(rules, judgedFacts, config.rules).findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message }));
  const color = decideColor(io.env, io.isTTY, !!values['no-color']);
  io.stdout(ROUTE_REPORTERS[format]!(redactDeep({ modules: area, routes, fromProject: modules.length === 0, findings }), { color }));
  return 0;
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

