// Fixes spoken in the user's own package manager (falls back to every variant when unknown).
import type { CommandFix, Fix } from '../../facts/findings.js';
import type { Drafted, FixTitle } from '../../engine/define-rule.js';
import type { SystemFacts } from '../../facts/schema/system.js';

export type PackageManager = NonNullable<SystemFacts['os']['packageManager']>;
type Packages = Partial<Record<PackageManager, string>>;

const INSTALL: Record<PackageManager, (pkgs: string) => string> = {
  apt: (p) => `sudo apt-get install -y ${p}`,
  dnf: (p) => `sudo dnf install -y ${p}`,
  yum: (p) => `sudo yum install -y ${p}`,
  zypper: (p) => `sudo zypper install -y ${p}`,
  apk: (p) => `apk add --no-cache ${p}`,
  pacman: (p) => `sudo pacman -S --needed ${p}`,
  brew: (p) => `brew install ${p}`,
  winget: (p) => `winget install ${p}`,
  pkg: (p) => `sudo pkg install -y ${p}`,
};

const OS_OF: Record<PackageManager, string> = {
  apt: 'debian', dnf: 'rhel', yum: 'rhel', zypper: 'suse', apk: 'alpine', pacman: 'arch', brew: 'darwin', winget: 'windows', pkg: 'freebsd',
};

/** Install packages with the detected package manager; every known variant when it is unknown. */
export function installFix(system: SystemFacts, title: FixTitle, pkgs: Packages, then: Partial<Record<PackageManager, string>> = {}): Drafted<CommandFix>[] {
  const pm = system.os.packageManager;
  const known = pm && (pkgs[pm] ?? (pm === 'yum' ? pkgs.dnf : undefined));
  // A known package manager without these packages (brew, winget ...) gets none; an unknown one gets all.
  if (pm && !known) return [];
  const managers = (pm ? [pm] : Object.keys(pkgs)) as PackageManager[];
  return managers.map((m) => {
    const list = pkgs[m] ?? (m === 'yum' ? pkgs.dnf : undefined)!;
    const after = then[m] ?? (m === 'yum' ? then.dnf : undefined);
    return { kind: 'command', title, command: INSTALL[m](list) + (after ? ` && ${after}` : ''), os: OS_OF[m], shell: 'sh', safety: 'review' };
  });
}

/** Install (or upgrade) the distribution's CA bundle and regenerate the files Go reads. */
export function caBundleFix(system: SystemFacts, title: FixTitle): Drafted<CommandFix>[] {
  return installFix(system, title, { apt: 'ca-certificates', dnf: 'ca-certificates', apk: 'ca-certificates', zypper: 'ca-certificates', pacman: 'ca-certificates' },
    { apt: 'sudo update-ca-certificates', dnf: 'sudo update-ca-trust', apk: 'update-ca-certificates', zypper: 'sudo update-ca-certificates' });
}

export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return `${v >= 10 || i === 0 ? Math.round(v) : v.toFixed(1)} ${units[i]}`;
}

export type { Fix };

/**
 * Where a Go directory setting should move to: the same source that set it (env beats go env -w).
 * `exported` is the title for a setting exported in the environment.
 */
export function moveDirFix(role: string, source: string, target: string, title: FixTitle, exported: FixTitle): Drafted<CommandFix> {
  return source === 'env'
    ? { kind: 'command', title: exported, command: `export ${role}=${target}`, shell: 'sh', safety: 'review' }
    : { kind: 'command', title, command: `go env -w ${role}=${target}`, shell: 'sh', safety: 'review' };
}

/** A per-user default location for each Go directory role. */
export function homeDefault(role: string): string {
  switch (role) {
    case 'GOCACHE': return '$HOME/.cache/go-build';
    case 'GOMODCACHE': return '$HOME/go/pkg/mod';
    case 'GOPATH': return '$HOME/go';
    case 'TMPDIR': return '$HOME/tmp';
    default: return '$HOME/.cache/go-tmp';
  }
}
