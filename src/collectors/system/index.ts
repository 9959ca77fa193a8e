// The doctor 'system' area: OS, arch, kernel, libc, cgo toolchain, SELinux, cgroups,
// temp/cache directories and CA certificates. All I/O goes through the Host, so recorded
// machine trees (test/fixtures/machines) run this same code.
import * as path from 'node:path';
import { defineCollector, earlierValue, type CollectOptions } from '../collector.js';
import type { Host } from '../host.js';
import type { SystemFacts } from '../../facts/schema/system.js';
import { collectCa } from './ca.js';
import { collectCgo } from './cgo.js';
import { collectCgroup } from './cgroup.js';
import { readSmall, runOut, skip, type SysCtx } from './context.js';
import { collectDirs, identityFromStatus, type Identity } from './dirs.js';
import { goContext, goSettings } from './go-context.js';
import { collectLibc } from './libc.js';
import { parseMountinfo, type MountinfoEntry } from './mountinfo.js';
import { collectOs } from './os.js';
import { collectArch, collectContainer, collectEmulation, collectWsl } from './platform.js';
import { collectSelinux } from './selinux.js';
import { collectPrivilegedPorts, SYSTEM_UNIT_DIRS } from './privileged-ports.js';

async function readMounts(ctx: SysCtx): Promise<MountinfoEntry[] | null> {
  if (ctx.host.platform !== 'linux') return null;
  const text = await readSmall(ctx, '/proc/self/mountinfo', 'mounts', 8 * 1024 * 1024);
  if (text === null) return null;
  const { mounts, problems } = parseMountinfo(text);
  for (const p of problems) skip(ctx, 'mounts', p);
  return mounts;
}

async function readIdentity(ctx: SysCtx): Promise<Identity> {
  if (ctx.host.platform === 'linux') {
    const status = await readSmall(ctx, '/proc/self/status', 'user');
    if (status) return identityFromStatus(status);
  } else if (ctx.host.platform !== 'win32') {
    const uid = (await runOut(ctx, 'id', ['-u']))?.trim();
    if (uid && /^\d+$/.test(uid)) return { uid: Number(uid), gids: [] };
  }
  return { uid: null, gids: [] };
}

/** What the system area learns from the host alone: started at once, before Go's settings are known. */
async function hostProbes(host: Host, opts: CollectOptions) {
  const ctx: SysCtx = { host, timeoutMs: opts.timeoutMs ?? 10_000, skipped: [], hung: [] };
  const os = await collectOs(ctx);
  const [arch, container, wsl, emulation, libc, mounts, id, ca] = await Promise.all([
    collectArch(ctx), collectContainer(ctx), collectWsl(ctx, os.kernelRelease), collectEmulation(ctx),
    collectLibc(ctx), readMounts(ctx), readIdentity(ctx), collectCa(ctx),
  ]);
  return { ctx, os, arch, container, wsl, emulation, libc, mounts, id, ca };
}

export const systemCollector = defineCollector({
  area: 'system',
  after: ['toolchains', 'goenv', 'project'],
  early: hostProbes,
  async collect(host, opts, earlier, started): Promise<SystemFacts> {
    const { ctx, os, arch, container, wsl, emulation, libc, mounts, id, ca } = await ((started as ReturnType<typeof hostProbes> | undefined) ?? hostProbes(host, opts));
    const get = goSettings(host, earlier);
    const project = earlierValue(earlier, 'project');
    const projectRoot = project?.gomod ? path.posix.dirname(project.gomod.path) : null;
    const [cgo, cgroup, dirs, privilegedPorts] = await Promise.all([
      collectCgo(ctx, get, arch.goarch, projectRoot),
      collectCgroup(ctx, mounts),
      collectDirs(ctx, get, mounts, id),
      collectPrivilegedPorts(ctx, SYSTEM_UNIT_DIRS, projectRoot ?? project?.cwd ?? null),
    ]);
    const selinux = await collectSelinux(ctx, dirs);
    return {
      os, arch, container, wsl, emulation, libc, cgo, selinux, cgroup, dirs, ca,
      ...(privilegedPorts ? { privilegedPorts } : {}),
      user: { uid: id.uid, name: host.env.USER ?? host.env.USERNAME ?? null },
      go: await goContext(host, earlier, get),
      skipped: ctx.skipped,
      ...(ctx.hung.length ? { hung: ctx.hung } : {}),
    };
  },
});
