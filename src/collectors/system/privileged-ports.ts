// systemd services whose Go program is told to listen on a port below
// net.ipv4.ip_unprivileged_port_start while running as an unprivileged user: what grants it
// the right (AmbientCapabilities=, the binary's file capabilities) is collected for GD430.
import * as path from 'node:path';
import type { PrivilegedPortService, SystemFacts } from '../../facts/schema/system.js';
import { parseServiceUnit, runsUnprivileged } from '../../analyzers/systemd/unit.js';
import { portsFromArgs, portsFromEnv } from '../../knowledge/listen-ports.js';
import { readFileCaps } from '../file-caps.js';
import { headLooksGo } from '../../analyzers/binary/go-markers.js';
import { readSmall, type SysCtx } from './context.js';
import { readFiles } from '../host.js';

/** systemd's system unit search path, highest precedence first (systemd.unit(5)). */
export const SYSTEM_UNIT_DIRS = ['/etc/systemd/system', '/run/systemd/system', '/usr/local/lib/systemd/system', '/usr/lib/systemd/system', '/lib/systemd/system'];

const HEAD_BYTES = 64 * 1024;
const UNIT_BYTES = 64 * 1024;
const DEFAULT_PORT_START = 1024;
/** User= or DynamicUser= (systemd.exec(5)); keys start a line, spaces around '=' are allowed. */
const NAMES_USER = /^[ \t]*(?:Dynamic)?User[ \t]*=/m;

async function dropIns(ctx: SysCtx, dirs: readonly string[], unit: string, withDropIns: ReadonlySet<string>): Promise<string[]> {
  // Same file name in several directories: the higher-precedence one wins; then by name.
  const byName = new Map<string, string>();
  for (const dir of dirs) {
    const d = path.posix.join(dir, `${unit}.d`);
    if (!withDropIns.has(d)) continue;
    for (const e of (await ctx.host.readdirTyped(d)) ?? []) {
      if (!e.name.endsWith('.conf') || byName.has(e.name)) continue;
      byName.set(e.name, path.posix.join(d, e.name));
    }
  }
  const texts: string[] = [];
  for (const name of [...byName.keys()].sort()) texts.push((await ctx.host.readText(byName.get(name)!, UNIT_BYTES)) ?? '');
  return texts;
}

async function isGoBinary(ctx: SysCtx, file: string): Promise<boolean> {
  const head = await ctx.host.readBytes(file, HEAD_BYTES);
  return !!head && headLooksGo(head);
}

const DOCKERFILE_NAMES = ['Dockerfile', 'Containerfile'];

/** The project's Dockerfile whose final stage runs a Go build's server as a non-root user on a port below 1024. */
async function dockerfilesOf(ctx: SysCtx, projectDir: string | null): Promise<NonNullable<SystemFacts['privilegedPorts']>['dockerfiles']> {
  if (!projectDir) return [];
  const out: NonNullable<SystemFacts['privilegedPorts']>['dockerfiles'] = [];
  for (const name of DOCKERFILE_NAMES) {
    const file = path.posix.join(projectDir, name);
    const text = await ctx.host.readText(file, 1024 * 1024);
    if (text === null) continue;
    // Loaded only for a project with a Dockerfile: the parser library is most of doctor's start-up otherwise.
    const [{ parseDockerfile }, { dockerListen }] = await Promise.all([import('../../analyzers/dockerfile/parse.js'), import('../../analyzers/dockerfile/listen-user.js')]);
    let listen;
    try {
      listen = dockerListen(parseDockerfile(file, text));
    } catch {
      continue; // lint reports a Dockerfile that does not parse
    }
    const low = listen?.ports.filter((p) => p.port > 0 && p.port < DEFAULT_PORT_START) ?? [];
    if (!listen || !listen.user || !listen.buildsGo || listen.setcap || low.length === 0) continue;
    out.push({ path: file, user: listen.user, userLine: listen.userLine, ports: low });
  }
  return out;
}

export async function collectPrivilegedPorts(ctx: SysCtx, dirs: readonly string[] = SYSTEM_UNIT_DIRS, projectDir: string | null = null): Promise<SystemFacts['privilegedPorts']> {
  if (ctx.host.platform === 'win32') return undefined;
  // Units and file capabilities are Linux's; a project's Dockerfile describes a Linux image anywhere.
  if (ctx.host.platform !== 'linux') return { unprivilegedPortStart: null, unitDirs: [], unitsRead: 0, services: [], capsReader: null, capsProblem: null, dockerfiles: await dockerfilesOf(ctx, projectDir) };
  const startText = (await readSmall(ctx, '/proc/sys/net/ipv4/ip_unprivileged_port_start'))?.trim();
  const unprivilegedPortStart = startText && /^\d+$/.test(startText) ? Number(startText) : null;
  const limit = unprivilegedPortStart ?? DEFAULT_PORT_START;
  const seen = new Set<string>();
  const services: PrivilegedPortService[] = [];
  let unitsRead = 0;
  const listings = await Promise.all(dirs.map(async (dir) => ({ dir, entries: (await ctx.host.readdirTyped(dir)) ?? [] })));
  // The <unit>.d directories that exist, from the listings: most units have none, and looking
  // for each in every directory cost five failed reads per unit.
  const withDropIns = new Set(listings.flatMap(({ dir, entries }) => entries.filter((e) => e.name.endsWith('.service.d') && (e.isDir || e.isSymlink)).map((e) => path.posix.join(dir, e.name))));
  // Same unit name in several directories: the one in the higher-precedence directory is used.
  const units: { name: string; file: string }[] = [];
  for (const { dir, entries } of listings) {
    for (const e of entries) {
      if (!e.name.endsWith('.service') || seen.has(e.name) || !(e.isFile || e.isSymlink)) continue;
      seen.add(e.name);
      units.push({ name: e.name, file: path.posix.join(dir, e.name) });
    }
  }
  const texts = await readFiles(ctx.host, units.map((u) => u.file), UNIT_BYTES);
  for (const [i, { name, file }] of units.entries()) {
    const text = texts[i]?.toString('utf8');
    if (text === undefined) continue; // a mask (link to /dev/null) or unreadable
    unitsRead++;
    // A unit that names no user, in itself or a drop-in, runs as root: most units, not parsed.
    if (!NAMES_USER.test(text) && !dirs.some((d) => withDropIns.has(path.posix.join(d, `${name}.d`)))) continue;
    const unit = parseServiceUnit([text, ...(await dropIns(ctx, dirs, name, withDropIns))]);
    if (!unit.execStart?.[0] || !runsUnprivileged(unit)) continue;
    const ports = [...portsFromArgs(unit.execStart.slice(1)), ...portsFromEnv(unit.environment)].filter((p) => p.port < limit);
    const binary = unit.execStart[0];
    if (ports.length === 0 || !binary.startsWith('/') || !(await isGoBinary(ctx, binary))) continue;
    services.push({
      unit: file, binary, user: unit.dynamicUser ? '(DynamicUser)' : unit.user, ports,
      ambientCapabilities: unit.ambientCapabilities, noNewPrivileges: unit.noNewPrivileges, fileCaps: null,
    });
  }
  let capsReader: string | null = null;
  let capsProblem: string | null = null;
  if (services.length) {
    const read = await readFileCaps(ctx.host, [...new Set(services.map((s) => s.binary))]);
    capsReader = read.reader;
    capsProblem = read.problem;
    for (const s of services) {
      const c = read.caps.get(s.binary);
      s.fileCaps = read.reader === null ? null : { permitted: c?.permitted ?? [], effective: c?.effective ?? false };
    }
  }
  return { unprivilegedPortStart, unitDirs: [...dirs], unitsRead, services, capsReader, capsProblem, dockerfiles: await dockerfilesOf(ctx, projectDir) };
}
