import { DISTRO_FAMILIES, PACKAGE_MANAGERS } from '../../facts/schema/system.js';
import type { SystemFacts } from '../../facts/schema/system.js';
import { numericVersion } from '../../knowledge/platform-minimums.js';
import { readSmall, runOut, skip, type SysCtx } from './context.js';

type Family = (typeof DISTRO_FAMILIES)[number];
type PackageManager = (typeof PACKAGE_MANAGERS)[number];

/** os-release(5): KEY=value lines, values optionally quoted. Unknown lines are ignored. */
export function parseOsRelease(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (!m) continue;
    let v = m[2]!.trim();
    if (/^(["']).*\1$/.test(v)) v = v.slice(1, -1).replace(/\\(["\\$`])/g, '$1');
    out[m[1]!] = v;
  }
  return out;
}

const FAMILY_BY_ID: Record<string, Family> = {
  debian: 'debian', ubuntu: 'debian', raspbian: 'debian', linuxmint: 'debian', pop: 'debian', kali: 'debian',
  rhel: 'rhel', fedora: 'rhel', centos: 'rhel', rocky: 'rhel', almalinux: 'rhel', ol: 'rhel', amzn: 'rhel',
  sles: 'suse', opensuse: 'suse', 'opensuse-leap': 'suse', 'opensuse-tumbleweed': 'suse', suse: 'suse',
  alpine: 'alpine', arch: 'arch', manjaro: 'arch', endeavouros: 'arch',
};

/** The family decides which package manager a fix names. */
export function familyOf(id: string, idLike: readonly string[]): Family {
  for (const candidate of [id, ...idLike]) {
    const f = FAMILY_BY_ID[candidate];
    if (f) return f;
  }
  return 'unknown';
}

export function packageManagerFor(family: Family, id: string, versionId: string | null): PackageManager | null {
  switch (family) {
    case 'debian': return 'apt';
    case 'rhel': {
      // CentOS/RHEL 7 and Amazon Linux 2 still use yum; later releases use dnf.
      const major = parseInt(versionId ?? '', 10);
      return (['rhel', 'centos', 'ol'].includes(id) && major > 0 && major < 8) || (id === 'amzn' && major === 2) ? 'yum' : 'dnf';
    }
    case 'suse': return 'zypper';
    case 'alpine': return 'apk';
    case 'arch': return 'pacman';
    case 'darwin': return 'brew';
    case 'windows': return 'winget';
    case 'freebsd': return 'pkg';
    default: return null;
  }
}

export async function collectOs(ctx: SysCtx): Promise<SystemFacts['os']> {
  const { host } = ctx;
  const platform = host.platform === 'win32' ? 'windows' : host.platform;
  if (platform === 'darwin') {
    const ver = (await runOut(ctx, 'sw_vers', ['-productVersion']))?.trim() || null;
    if (!ver) skip(ctx, 'os.version', 'sw_vers -productVersion did not answer');
    const kernel = (await runOut(ctx, 'uname', ['-r']))?.trim() || null;
    return { platform, kernelRelease: kernel, kernelVersion: kernel && numericVersion(kernel), osVersion: ver, distro: null, family: 'darwin', packageManager: 'brew' };
  }
  if (platform === 'windows') {
    // `cmd /c ver` prints "Microsoft Windows [Version 10.0.19045.4291]".
    const ver = /Version\s+([\d.]+)/.exec((await runOut(ctx, 'cmd', ['/c', 'ver'])) ?? '')?.[1] ?? null;
    if (!ver) skip(ctx, 'os.version', 'cmd /c ver did not print a version');
    return { platform, kernelRelease: null, kernelVersion: null, osVersion: ver, distro: null, family: 'windows', packageManager: 'winget' };
  }
  if (platform === 'freebsd') {
    const kernel = (await runOut(ctx, 'uname', ['-r']))?.trim() || null;
    const user = (await runOut(ctx, 'freebsd-version', []))?.trim() || kernel;
    return { platform, kernelRelease: kernel, kernelVersion: kernel && numericVersion(kernel), osVersion: user && numericVersion(user), distro: null, family: 'freebsd', packageManager: 'pkg' };
  }
  // Linux: files first; uname only when /proc is not there.
  let kernel = (await readSmall(ctx, '/proc/sys/kernel/osrelease'))?.trim() || null;
  if (!kernel) {
    kernel = (await runOut(ctx, 'uname', ['-r']))?.trim() || null;
    if (!kernel) skip(ctx, 'os.kernel', '/proc/sys/kernel/osrelease is missing and uname -r failed');
  }
  const osRelease = (await readSmall(ctx, '/etc/os-release')) ?? (await readSmall(ctx, '/usr/lib/os-release'));
  let distro: SystemFacts['os']['distro'] = null;
  if (osRelease === null) skip(ctx, 'os.distro', '/etc/os-release and /usr/lib/os-release are missing');
  else {
    const kv = parseOsRelease(osRelease);
    if (!kv.ID) skip(ctx, 'os.distro', 'os-release has no ID= line');
    else distro = { id: kv.ID, idLike: (kv.ID_LIKE ?? '').split(/\s+/).filter(Boolean), versionId: kv.VERSION_ID ?? null, prettyName: kv.PRETTY_NAME ?? null };
  }
  const family = distro ? familyOf(distro.id, distro.idLike) : 'unknown';
  if (distro && family === 'unknown') skip(ctx, 'os.family', `unknown distribution "${distro.id}": fixes are given without a package manager`);
  return {
    platform, kernelRelease: kernel, kernelVersion: kernel && numericVersion(kernel), osVersion: distro?.versionId ?? null,
    distro, family, packageManager: distro ? packageManagerFor(family, distro.id, distro.versionId) : null,
  };
}
