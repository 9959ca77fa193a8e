// The modules area: where every requirement of the current go.mod/go.work would be fetched,
// and what credentials the go command and git would find. Static: no network request.
import * as path from 'node:path';
import { defineCollector, earlierValue, type Partial_ } from './collector.js';
import type { Host } from './host.js';
import type { ModulesFacts, Requirement } from '../facts/schema/modules.js';
import type { ModFileSummary } from '../facts/schema/project.js';
import { readModSummary } from './project.js';
import { parseModFile } from '../analyzers/gomod/parse.js';
import { splitPath } from './toolchains.js';
import { withNeutralDir } from './neutral-dir.js';
import { parseGoproxy, redactUserinfo, routeEnvFrom, routeModule, type RouteEnv } from '../knowledge/goproxy.js';
import { parseGosumdb } from '../knowledge/gosumdb.js';
import { DEFAULT_GOAUTH, netrcCandidates, netrcMachines, parseGoauth } from '../knowledge/goauth.js';

const KEYS = ['GOPROXY', 'GOSUMDB', 'GOPRIVATE', 'GONOPROXY', 'GONOSUMDB', 'GOINSECURE', 'GOFLAGS', 'GOAUTH', 'GOVCS'] as const;

// One PATH lookup for every collector: relative entries never find a program (Go's exec.ErrDot).
export { lookPath } from './system/context.js';
import { lookPath } from './system/context.js';

/** The go.mod files a workspace uses (go.work `use` lines), read from the host. */
async function workspaceModFiles(host: Host, workPath: string): Promise<ModFileSummary[]> {
  const text = await host.readText(workPath, 4 * 1024 * 1024);
  if (text === null) return [];
  const p = host.platform === 'win32' ? path.win32 : path.posix;
  const out: ModFileSummary[] = [];
  for (const use of parseModFile(text, 'go.work').uses.slice(0, 500)) {
    const file = p.join(p.resolve(p.dirname(workPath), use.value), 'go.mod');
    if ((await host.stat(file))?.isFile) out.push(await readModSummary(host, file, 'go.mod'));
  }
  return out;
}

/**
 * Every requirement the go command may fetch: go.mod's, or with a go.work every used module's
 * (minus the workspace modules themselves and local replacements, which are never fetched).
 */
async function requirementsOf(host: Host, earlier: Partial_): Promise<Requirement[]> {
  const project = earlierValue(earlier, 'project');
  const files = project?.gowork ? await workspaceModFiles(host, project.gowork.path) : [];
  if (files.length === 0 && project?.gomod) files.push(project.gomod);
  const local = new Set(files.map((f) => f.module).filter((m): m is string => !!m));
  for (const f of [...files, project?.gowork]) {
    for (const r of f?.replaces ?? []) if (!r.toVersion && /^(\.|\/|[A-Za-z]:)/.test(r.to)) local.add(r.from);
  }
  const out: Requirement[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    for (const r of file.requires) {
      if (seen.has(r.path) || local.has(r.path)) continue;
      seen.add(r.path);
      out.push({ path: r.path, version: r.version, indirect: r.indirect, file: file.path, line: r.line });
    }
  }
  return out;
}

function scrubbedEnv(env: RouteEnv & { GOAUTH: string }): ModulesFacts['env'] {
  const out = {} as ModulesFacts['env'];
  for (const k of KEYS) out[k] = k === 'GOPROXY' || k === 'GOSUMDB' ? env[k].split(/([,|\s])/).map(redactUserinfo).join('') : env[k] ?? '';
  // A GOAUTH command line may carry a token: keep each command's first word only.
  out.GOAUTH = env.GOAUTH.split(';').map((c) => { const w = c.trim().split(/\s+/); return w[0] === 'git' || w.length < 2 ? c.trim() : `${w[0]} ***`; }).join(';');
  return out;
}

async function gitFacts(host: Host, git: string | null, timeoutMs = 5_000): Promise<ModulesFacts['git']> {
  if (!git) return { path: null, insteadOf: [], credentialHelpers: [] };
  return withNeutralDir(host, async (cwd) => {
    const env = { ...host.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
    // One git for both questions: url.<base>.insteadOf rewrites and credential helpers.
    const r = await host.run(git, ['config', '--get-regexp', '^(url\\..*\\.insteadof|credential\\.helper)$'], { cwd, env, timeoutMs, maxBytes: 256 * 1024 });
    const insteadOf: ModulesFacts['git']['insteadOf'] = [];
    const helpers: string[] = [];
    for (const line of r.stdout.split('\n').map((l) => l.trim())) {
      const url = /^url\.(.+)\.insteadof\s+(.*)$/i.exec(line);
      if (url) insteadOf.push({ base: redactUserinfo(url[1]!), insteadOf: redactUserinfo(url[2]!) });
      const helper = /^credential\.helper\s+(.+)$/i.exec(line);
      if (helper) helpers.push(helper[1]!.trim());
    }
    return { path: git, insteadOf, credentialHelpers: helpers, ...(r.timedOut ? { hung: { command: `${git} config --get-regexp ...`, program: git, timeoutMs } } : {}) };
  });
}

/** What the modules area holds besides the settings: credentials and tools found on the host. */
export interface ModuleHostFacts {
  netrc: ModulesFacts['netrc'];
  git: ModulesFacts['git'];
  hgPath: string | null;
  gitTerminalPrompt: string | null;
}

/** Pure: routes and parsed settings from effective values (get) and their sources. */
export function buildModulesFacts(
  get: (key: string) => string | undefined,
  sourceOf: (key: string) => string,
  requirements: Requirement[],
  privateHosts: readonly string[],
  hostFacts: ModuleHostFacts,
): ModulesFacts {
  const routeEnv = { ...routeEnvFrom(get), GOAUTH: get('GOAUTH') ?? DEFAULT_GOAUTH };
  const sources: Record<string, string> = {};
  for (const k of KEYS) sources[k] = sourceOf(k);
  const routes = requirements.map((r) => {
    const route = routeModule(routeEnv, r.path);
    return { ...route, steps: route.steps.map((s) => ({ ...s, url: redactUserinfo(s.url) })), sumdb: { ...route.sumdb, via: route.sumdb.via.map(redactUserinfo) } };
  });
  const proxy = parseGoproxy(routeEnv.GOPROXY);
  const db = parseGosumdb(routeEnv.GOSUMDB);
  const auth = parseGoauth(routeEnv.GOAUTH);
  return {
    env: scrubbedEnv(routeEnv),
    sources,
    proxy: { entries: proxy.entries.map((e) => ({ kind: e.kind, url: redactUserinfo(e.url), fallBackOnError: e.fallBackOnError, hasUserinfo: e.hasUserinfo })), ignored: proxy.ignored.map(redactUserinfo), error: proxy.error },
    sumdb: db.kind === 'db' ? { kind: 'db', name: db.name, url: db.url, error: null } : db.kind === 'off' ? { kind: 'off', name: null, url: null, error: null } : { kind: 'invalid', name: null, url: null, error: db.error },
    goauth: { commands: auth.commands.map((c) => (c.kind === 'git' ? `git ${c.dir}` : c.kind === 'command' ? c.program : c.kind)), errors: auth.errors },
    requirements,
    routes,
    privateHosts: [...privateHosts],
    ...hostFacts,
  };
}

/** Credentials and VCS tools: the host alone answers, so this starts before Go's settings are known. */
export async function moduleHostFacts(host: Host, timeoutMs?: number): Promise<ModuleHostFacts> {
  const home = host.env.HOME ?? host.env.USERPROFILE ?? null;
  const netrcPaths = netrcCandidates(host.env, host.platform, home);
  let netrc: ModulesFacts['netrc'] = { path: netrcPaths.at(-1) ?? null, exists: false, machines: [], hasDefault: false };
  for (const p of netrcPaths) {
    const text = await host.readText(p, 256 * 1024);
    if (text !== null) { netrc = { path: p, exists: true, ...netrcMachines(text) }; break; }
  }
  const [git, hg] = await Promise.all([lookPath(host, 'git'), lookPath(host, 'hg')]);
  return {
    netrc,
    git: await gitFacts(host, git, Math.min(timeoutMs ?? 5_000, 5_000)),
    hgPath: hg,
    gitTerminalPrompt: host.env.GIT_TERMINAL_PROMPT ?? null,
  };
}

export async function collectModules(host: Host, earlier: Partial_, privateHosts: readonly string[] = [], timeoutMs?: number, hostFacts?: Promise<ModuleHostFacts>): Promise<ModulesFacts> {
  const goenv = earlierValue(earlier, 'goenv');
  // Without go env, the process environment and Go's built-in defaults are the best guess.
  const get = (k: string): string | undefined => (goenv ? goenv.settings[k]?.value : host.env[k] || undefined);
  const sourceOf = (k: string) => goenv?.settings[k]?.source ?? (host.env[k] ? 'env' : 'default');
  return buildModulesFacts(get, sourceOf, await requirementsOf(host, earlier), privateHosts, await (hostFacts ?? moduleHostFacts(host, timeoutMs)));
}

export const modulesCollector = defineCollector({
  area: 'modules',
  after: ['goenv', 'project', 'toolchains'],
  early: (host, opts) => moduleHostFacts(host, opts.timeoutMs),
  collect: (host, opts, earlier, started) => collectModules(host, earlier, opts.privateHosts, opts.timeoutMs, started as Promise<ModuleHostFacts> | undefined),
});
