// Recorded machines: a directory tree (root/) plus machine.json with the platform, the
// environment, recorded command outputs, recorded ownership/modes that git cannot keep,
// and the Go side (installs, go env, go.mod) as the toolchains/goenv/project areas saw it.
import * as path from 'node:path';
import { z } from 'zod';
import type { Partial_ } from './collector.js';
import { LocalHost, RecordedHost, type HostStat } from './host.js';
import type { FactValue } from '../facts/schema.js';

const MachineSchema = z.object({
  /** Where the recording came from (machine, image, or the documentation a hand-written file follows). */
  note: z.string(),
  platform: z.enum(['linux', 'darwin', 'win32', 'freebsd']),
  env: z.record(z.string(), z.string()),
  commands: z.array(z.object({ argv: z.array(z.string()).min(1), stdout: z.string().optional(), stderr: z.string().optional(), code: z.number().optional(), note: z.string().optional() })).default([]),
  /** Ownership and modes as `stat` showed them on the machine. */
  stat: z.record(z.string(), z.object({ uid: z.number().optional(), gid: z.number().optional(), mode: z.number().optional() })).default({}),
  go: z.object({
    goVersion: z.string().nullable().default(null),
    installs: z.array(z.object({ path: z.string(), version: z.string(), platform: z.string() })).default([]),
    settings: z.record(z.string(), z.object({ value: z.string(), source: z.enum(['env', 'user-file', 'goroot-go.env', 'default']) })).default({}),
    gomod: z.object({ path: z.string(), go: z.string().nullable(), requires: z.array(z.string()).default([]) }).nullable().default(null),
    selection: z.object({ gotoolchain: z.string(), action: z.enum(['local', 'use-path', 'use-cache', 'download', 'fail-download', 'fail-local', 'fail-path', 'invalid', 'old-go']), target: z.string().nullable() }).nullable().default(null),
  }).optional(),
  /** What the rules should find here, as "GDnnn:messageId". */
  expect: z.array(z.string()).default([]),
});
export type Machine = z.infer<typeof MachineSchema>;

/** A RecordedHost whose stat answers carry the recorded owner and mode. */
class RecordedMachineHost extends RecordedHost {
  constructor(root: string, platform: NodeJS.Platform, env: Record<string, string>, commands: Machine['commands'], private readonly stats: Machine['stat']) {
    super(root, platform, env, commands);
  }
  private patch(p: string, st: HostStat | null): HostStat | null {
    const o = this.stats[path.posix.normalize(p)];
    if (!st || !o) return st;
    return { ...st, uid: o.uid ?? st.uid, gid: o.gid ?? st.gid, mode: o.mode === undefined ? st.mode : (st.mode & ~0o7777) | o.mode };
  }
  override async stat(p: string) {
    return this.patch(p, await super.stat(p));
  }
  override async lstat(p: string) {
    return this.patch(p, await super.lstat(p));
  }
}

/**
 * The parts of the toolchains/goenv/project areas the system collector reads. Other fields
 * of those areas are not recorded, hence the casts: this is test input for the system area only.
 */
function earlierFrom(m: Machine): Partial_ {
  const go = m.go;
  if (!go) return {};
  const toolchains = {
    pathEntries: [], offPath: [], exeName: m.platform === 'win32' ? 'go.exe' : 'go',
    installs: go.installs.map((g, i) => ({
      path: g.path, onPath: true, pathIndex: i, realPath: g.path, isSymlink: false, goroot: null, versionFile: null,
      reportedVersion: g.version, reportedPlatform: g.platform, probeError: null, installKind: 'unknown', installEvidence: 'recorded', isShim: false,
    })),
  } as unknown as FactValue<'toolchains'>;
  const empty = { path: '', exists: false, entries: [], problems: [] };
  const goenv = {
    goBinary: go.installs[0]?.path ?? 'go', goVersion: go.goVersion ?? go.installs[0]?.version ?? null,
    settings: Object.fromEntries(Object.entries(go.settings).map(([key, s]) => [key, { key, value: s.value, source: s.source, shadowed: [] }])),
    userFile: empty, gorootEnvFile: null, osEnv: {},
  } as unknown as FactValue<'goenv'>;
  const project = {
    cwd: go.gomod ? path.posix.dirname(go.gomod.path) : '/',
    gomod: go.gomod ? { path: go.gomod.path, module: 'example.com/app', go: go.gomod.go, toolchain: null, requires: go.gomod.requires.map((p, i) => ({ path: p, version: 'v1.0.0', indirect: false, line: i + 3 })), replaces: [], tools: [], errors: [] } : null,
    gowork: null, hasVendor: false,
    selection: go.selection ? { ...go.selection, gotoolchainSource: 'recorded', file: go.gomod?.path ?? null, required: go.gomod?.go ?? null, downloadModule: null, reason: 'recorded', local: go.goVersion ?? '', targetFrom: null, cachedPath: null } : null,
  } as unknown as FactValue<'project'>;
  return { toolchains: { ok: true, value: toolchains }, goenv: { ok: true, value: goenv }, project: { ok: true, value: project } };
}

/** A recorded machine's description with its command outputs; larger is not a recording. */
const MAX_MACHINE_BYTES = 64 * 1024 * 1024;

/** Load test/fixtures/machines/<name>: machine.json + root/. Throws with a clear message on a bad machine.json. */
export async function loadRecordedHost(dir: string): Promise<{ host: RecordedHost; earlier: Partial_; machine: Machine }> {
  const file = path.join(dir, 'machine.json');
  const raw = await new LocalHost().readText(file, MAX_MACHINE_BYTES);
  if (raw === null) throw new Error(`${file}: missing or unreadable`);
  const parsed = MachineSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) throw new Error(`${dir}/machine.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const m = parsed.data;
  const host = new RecordedMachineHost(path.join(dir, 'root'), m.platform, m.env, m.commands, m.stat);
  return { host, earlier: earlierFrom(m), machine: m };
}
