// Architecture, containers, WSL and emulation: where this Go actually runs.
import type { SystemFacts } from '../../facts/schema/system.js';
import { amd64Level, APK_TO_GOARCH, DPKG_TO_GOARCH, RELEVANT_CPU_FLAGS, RPM_TO_GOARCH, UNAME_TO_GOARCH } from '../../knowledge/platform-minimums.js';
import { readSmall, runOut, skip, type SysCtx } from './context.js';
import { DPKG_STATUS, readPackageDb, stanzasWithLine } from './package-db.js';

const WINDOWS_ARCH: Record<string, string> = { AMD64: 'amd64', ARM64: 'arm64', x86: '386' };

/** The `flags` line of /proc/cpuinfo, keeping only the GOAMD64-relevant ones. */
export function cpuFlagsFrom(cpuinfo: string): string[] | null {
  const line = /^flags\s*:(.*)$/m.exec(cpuinfo);
  if (!line) return null;
  return [...new Set(line[1]!.trim().split(/\s+/).filter((f) => RELEVANT_CPU_FLAGS.has(f)))].sort();
}

/** The Architecture of the installed `dpkg` package in a dpkg status file. */
export function dpkgNativeArch(status: string): string | null {
  for (const stanza of stanzasWithLine(status, 'Package: dpkg')) {
    if (/^Status: .*installed$/m.test(stanza)) return /^Architecture: (\S+)/m.exec(stanza)?.[1] ?? null;
  }
  return null;
}

export async function collectArch(ctx: SysCtx): Promise<SystemFacts['arch']> {
  const { host } = ctx;
  let machine: string | null = null;
  if (host.platform === 'win32') machine = host.env.PROCESSOR_ARCHITECTURE ?? null;
  else {
    machine = (await readSmall(ctx, '/proc/sys/kernel/arch'))?.trim() || (await runOut(ctx, 'uname', ['-m']))?.trim() || null;
    // Under Rosetta 2 uname -m says x86_64; the hardware answers hw.optional.arm64.
    if (host.platform === 'darwin' && (await runOut(ctx, 'sysctl', ['-n', 'hw.optional.arm64']))?.trim() === '1') machine = 'arm64';
  }
  if (!machine) skip(ctx, 'arch.machine', 'neither /proc/sys/kernel/arch nor uname -m answered');
  const goarch = machine ? (host.platform === 'win32' ? WINDOWS_ARCH[machine] : UNAME_TO_GOARCH[machine]?.goarch) ?? null : null;
  if (machine && !goarch) skip(ctx, 'arch.goarch', `unknown machine name "${machine}"`);

  let userland: SystemFacts['arch']['userland'] = null;
  if (host.platform === 'linux') {
    const apk = (await readSmall(ctx, '/etc/apk/arch'))?.trim();
    if (apk) userland = { tool: 'apk', name: apk, goarch: APK_TO_GOARCH[apk]?.goarch ?? null };
    else if (await host.stat(DPKG_STATUS)) {
      // dpkg is always of the native architecture: its own stanza answers without a subprocess.
      const status = await readPackageDb(ctx, DPKG_STATUS);
      const d = (status && dpkgNativeArch(status)) || (await runOut(ctx, 'dpkg', ['--print-architecture']))?.trim();
      if (d) userland = { tool: 'dpkg', name: d, goarch: DPKG_TO_GOARCH[d]?.goarch ?? null };
    } else if ((await host.stat('/var/lib/rpm')) || (await host.stat('/usr/lib/sysimage/rpm'))) {
      const r = (await runOut(ctx, 'rpm', ['--eval', '%{_arch}']))?.trim();
      if (r) userland = { tool: 'rpm', name: r, goarch: RPM_TO_GOARCH[r]?.goarch ?? null };
    }
  }

  let cpuFlags: string[] = [];
  let level: SystemFacts['arch']['amd64Level'] = null;
  if (goarch === 'amd64' && host.platform === 'linux') {
    const info = await readSmall(ctx, '/proc/cpuinfo', 'arch.cpuFlags', 4 * 1024 * 1024);
    const flags = info === null ? null : cpuFlagsFrom(info);
    if (info !== null && flags === null) skip(ctx, 'arch.cpuFlags', '/proc/cpuinfo has no flags line');
    if (flags) {
      cpuFlags = flags;
      level = amd64Level(new Set(flags));
    }
  }
  return { machine, goarch, userland, cpuFlags, amd64Level: level };
}

const CGROUP_RUNTIME_MARKERS: [RegExp, string][] = [
  [/kubepods/, 'kubernetes'], [/docker/, 'docker'], [/libpod|podman/, 'podman'],
  [/containerd|cri-containerd/, 'containerd'], [/\/lxc\//, 'lxc'],
];

export async function collectContainer(ctx: SysCtx): Promise<SystemFacts['container']> {
  const { host } = ctx;
  if (host.platform !== 'linux') return { inContainer: false, runtime: null, evidence: [] };
  const evidence: string[] = [];
  let runtime: string | null = null;
  const note = (rt: string, why: string) => { evidence.push(why); runtime ??= rt; };
  if (await host.stat('/.dockerenv')) note('docker', '/.dockerenv exists');
  if (await host.stat('/run/.containerenv')) note('podman', '/run/.containerenv exists');
  if (host.env.container) note(host.env.container, `container=${host.env.container} in the environment`);
  if (host.env.KUBERNETES_SERVICE_HOST) note('kubernetes', 'KUBERNETES_SERVICE_HOST is set');
  const pid1 = await readSmall(ctx, '/proc/1/cgroup');
  for (const [re, rt] of CGROUP_RUNTIME_MARKERS) {
    if (pid1 && re.test(pid1)) { note(rt, `/proc/1/cgroup mentions ${rt}`); break; }
  }
  return { inContainer: evidence.length > 0, runtime, evidence };
}

export async function collectWsl(ctx: SysCtx, kernelRelease: string | null): Promise<SystemFacts['wsl']> {
  const { host } = ctx;
  if (host.platform !== 'linux') return { isWsl: false, version: null, evidence: null };
  const rel = kernelRelease ?? '';
  if (/microsoft-standard|WSL2/i.test(rel)) return { isWsl: true, version: 2, evidence: `kernel ${rel}` };
  if (/Microsoft/.test(rel)) return { isWsl: true, version: 1, evidence: `kernel ${rel}` };
  if (await host.stat('/proc/sys/fs/binfmt_misc/WSLInterop')) return { isWsl: true, version: null, evidence: '/proc/sys/fs/binfmt_misc/WSLInterop exists' };
  if (host.env.WSL_DISTRO_NAME) return { isWsl: true, version: null, evidence: `WSL_DISTRO_NAME=${host.env.WSL_DISTRO_NAME}` };
  return { isWsl: false, version: null, evidence: null };
}

/** binfmt_misc entry file: "enabled|disabled", "interpreter <path>", "flags: <f>", ... */
export function parseBinfmtEntry(name: string, text: string) {
  const lines = text.split('\n').map((l) => l.trim());
  return {
    name,
    enabled: lines[0] === 'enabled',
    interpreter: lines.find((l) => l.startsWith('interpreter '))?.slice('interpreter '.length) ?? null,
    flags: lines.find((l) => l.startsWith('flags:'))?.slice('flags:'.length).trim() ?? null,
  };
}

export async function collectEmulation(ctx: SysCtx): Promise<SystemFacts['emulation']> {
  const { host } = ctx;
  if (host.platform === 'darwin') {
    const t = (await runOut(ctx, 'sysctl', ['-n', 'sysctl.proc_translated']))?.trim();
    return { binfmt: [], rosetta: t === undefined ? null : t === '1' };
  }
  if (host.platform !== 'linux') return { binfmt: [], rosetta: null };
  const dir = '/proc/sys/fs/binfmt_misc';
  const names = await host.readdir(dir);
  if (names === null) {
    skip(ctx, 'emulation.binfmt', `${dir} is not mounted or not readable`);
    return { binfmt: [], rosetta: null };
  }
  const binfmt = [];
  for (const name of names) {
    if (name === 'register' || name === 'status') continue;
    const text = await readSmall(ctx, `${dir}/${name}`);
    if (text !== null) binfmt.push(parseBinfmtEntry(name, text));
  }
  return { binfmt, rosetta: binfmt.some((b) => b.enabled && /rosetta/i.test(b.name + (b.interpreter ?? ''))) };
}
