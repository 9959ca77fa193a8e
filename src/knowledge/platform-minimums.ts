// Platform requirements per Go release, as cited data (FACTS.md §7). Each entry names the
// primary source. Nothing here is inferred from blog posts: kernel floors come only from the
// release notes and the Go wiki (Go needs neither membarrier nor io_uring).
import { compareGoVersions, goLang } from './goversion.js';

export interface Minimum {
  /** First Go release (language version, e.g. go1.24) the minimum applies to. */
  since: string;
  /** Minimum OS version, dotted numbers. */
  version: string;
  /** Human name of that version. */
  label: string;
  source: string;
}

/** Linux kernel minimums, newest first. Older Go releases fall to the last entry. */
export const LINUX_KERNEL_MINIMUMS: readonly Minimum[] = [
  { since: 'go1.24', version: '3.2', label: 'Linux 3.2', source: 'https://go.dev/doc/go1.24#linux' },
  { since: 'go1.0', version: '2.6.32', label: 'Linux 2.6.32', source: 'https://go.dev/wiki/MinimumRequirements' },
];

/** Per-GOARCH kernel floors that are higher than the general one. */
export const LINUX_ARCH_KERNEL_MINIMUMS: Readonly<Record<string, Minimum>> = {
  loong64: { since: 'go1.19', version: '5.19', label: 'Linux 5.19 (loong64)', source: 'https://go.dev/doc/go1.19#loong64' },
  mips64le: { since: 'go1.0', version: '4.8', label: 'Linux 4.8 (mips64le)', source: 'https://go.dev/wiki/MinimumRequirements' },
  // Big-endian ppc64 switched to the ELFv2 ABI; RHEL 7 backported ELFv2 to its 3.10 kernel.
  ppc64: { since: 'go1.27', version: '3.13', label: 'Linux 3.13 (ppc64 ELFv2)', source: 'https://go.dev/doc/go1.27#ppc64' },
};

/** Kernels older than a per-arch floor that still have what it needs (vendor backports). */
export function kernelBackportCovers(goarch: string | null, release: string): boolean {
  return goarch === 'ppc64' && /\.el7(\.|_|$)/.test(release);
}

export const MACOS_MINIMUMS: readonly Minimum[] = [
  { since: 'go1.27', version: '13', label: 'macOS 13 Ventura', source: 'https://go.dev/doc/go1.27#darwin' },
  { since: 'go1.25', version: '12', label: 'macOS 12 Monterey', source: 'https://go.dev/doc/go1.25#darwin' },
  { since: 'go1.23', version: '11', label: 'macOS 11 Big Sur', source: 'https://go.dev/doc/go1.23#darwin' },
  { since: 'go1.21', version: '10.15', label: 'macOS 10.15 Catalina', source: 'https://go.dev/doc/go1.21#darwin' },
  { since: 'go1.17', version: '10.13', label: 'macOS 10.13 High Sierra', source: 'https://go.dev/doc/go1.17#darwin' },
];

/** Windows NT versions: 10.0 = Windows 10 / Server 2016, 6.1 = Windows 7 / Server 2008 R2. */
export const WINDOWS_MINIMUMS: readonly Minimum[] = [
  { since: 'go1.21', version: '10.0', label: 'Windows 10 / Server 2016', source: 'https://go.dev/doc/go1.21#windows' },
  { since: 'go1.11', version: '6.1', label: 'Windows 7 / Server 2008 R2', source: 'https://go.dev/wiki/MinimumRequirements' },
];

export const FREEBSD_MINIMUMS: readonly Minimum[] = [
  { since: 'go1.19', version: '12.2', label: 'FreeBSD 12.2', source: 'https://go.dev/doc/go1.18#freebsd' },
  { since: 'go1.13', version: '11.2', label: 'FreeBSD 11.2', source: 'https://go.dev/doc/go1.12#freebsd' },
];

/** The oldest glibc the race detector runs on (go test -race on linux). */
export const RACE_GLIBC_MINIMUM = { version: '2.17', source: 'https://go.dev/doc/articles/race_detector#Requirements' } as const;

/** Compare dotted numeric versions (3.2 < 3.10 < 4.8). */
export function compareDotted(a: string, b: string): number {
  // Field by field without splitting: the ELF reader compares every glibc version a binary needs.
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    const ea = fieldEnd(a, i), eb = fieldEnd(b, j);
    const d = fieldValue(a, i, ea) - fieldValue(b, j, eb);
    if (d !== 0) return d < 0 ? -1 : 1;
    i = ea + 1;
    j = eb + 1;
  }
  return 0;
}

function fieldEnd(s: string, from: number): number {
  const dot = s.indexOf('.', from);
  return dot < 0 ? Math.max(from, s.length) : dot;
}

/** parseInt of the field (leading digits; none is 0), as the split-based comparison did. */
function fieldValue(s: string, from: number, end: number): number {
  let n = 0, k = from;
  for (; k < end; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) break;
    n = n * 10 + c;
  }
  return k === from ? 0 : n;
}

function pick(table: readonly Minimum[], goVersion: string): Minimum | null {
  const lang = goLang(goVersion);
  return table.find((m) => compareGoVersions(lang, m.since) >= 0) ?? null;
}

/** The OS minimum a Go release needs on a platform; null when we hold no cited data. */
export function platformMinimum(goos: string, goVersion: string, goarch?: string | null): Minimum | null {
  switch (goos) {
    case 'linux': {
      const general = pick(LINUX_KERNEL_MINIMUMS, goVersion);
      const special = goarch ? LINUX_ARCH_KERNEL_MINIMUMS[goarch] : undefined;
      if (special && compareGoVersions(goLang(goVersion), special.since) >= 0 &&
        (!general || compareDotted(special.version, general.version) > 0)) return special;
      return general;
    }
    case 'darwin': return pick(MACOS_MINIMUMS, goVersion);
    case 'windows': return pick(WINDOWS_MINIMUMS, goVersion);
    case 'freebsd': return pick(FREEBSD_MINIMUMS, goVersion);
    default: return null;
  }
}

/** The first numeric dotted run of a kernel release: 5.14.0-427.el9 → 5.14.0. */
export function numericVersion(release: string): string | null {
  const m = /^(\d+(?:\.\d+){0,3})/.exec(release.trim());
  return m ? m[1]! : null;
}

// ---- Architecture names: uname, dpkg, rpm and apk each spell them differently. ----

export interface ArchName { goarch: string; goarm?: string }

/** `uname -m` → GOARCH (never pass uname -m to GOARCH directly). */
export const UNAME_TO_GOARCH: Readonly<Record<string, ArchName>> = {
  x86_64: { goarch: 'amd64' }, amd64: { goarch: 'amd64' },
  i386: { goarch: '386' }, i486: { goarch: '386' }, i586: { goarch: '386' }, i686: { goarch: '386' },
  aarch64: { goarch: 'arm64' }, arm64: { goarch: 'arm64' },
  armv5tel: { goarch: 'arm', goarm: '5' }, armv6l: { goarch: 'arm', goarm: '6' },
  armv7l: { goarch: 'arm', goarm: '7' }, armv8l: { goarch: 'arm', goarm: '7' },
  ppc64le: { goarch: 'ppc64le' }, ppc64: { goarch: 'ppc64' }, s390x: { goarch: 's390x' },
  riscv64: { goarch: 'riscv64' }, loongarch64: { goarch: 'loong64' },
  mips: { goarch: 'mips' }, mips64: { goarch: 'mips64' },
};

/** dpkg --print-architecture → GOARCH (Debian ports names). */
export const DPKG_TO_GOARCH: Readonly<Record<string, ArchName>> = {
  amd64: { goarch: 'amd64' }, i386: { goarch: '386' }, arm64: { goarch: 'arm64' },
  armhf: { goarch: 'arm', goarm: '7' }, armel: { goarch: 'arm', goarm: '5' },
  ppc64el: { goarch: 'ppc64le' }, ppc64: { goarch: 'ppc64' }, s390x: { goarch: 's390x' },
  riscv64: { goarch: 'riscv64' }, mips64el: { goarch: 'mips64le' }, mipsel: { goarch: 'mipsle' },
  loong64: { goarch: 'loong64' },
};

/** rpm %{_arch} → GOARCH. */
export const RPM_TO_GOARCH: Readonly<Record<string, ArchName>> = {
  x86_64: { goarch: 'amd64' }, i686: { goarch: '386' }, aarch64: { goarch: 'arm64' },
  armv7hl: { goarch: 'arm', goarm: '7' }, ppc64le: { goarch: 'ppc64le' }, s390x: { goarch: 's390x' },
  riscv64: { goarch: 'riscv64' },
};

/** /etc/apk/arch → GOARCH (Alpine's armhf is ARMv6 hard-float). */
export const APK_TO_GOARCH: Readonly<Record<string, ArchName>> = {
  x86_64: { goarch: 'amd64' }, x86: { goarch: '386' }, aarch64: { goarch: 'arm64' },
  armv7: { goarch: 'arm', goarm: '7' }, armhf: { goarch: 'arm', goarm: '6' },
  ppc64le: { goarch: 'ppc64le' }, s390x: { goarch: 's390x' }, riscv64: { goarch: 'riscv64' },
  loongarch64: { goarch: 'loong64' },
};

// ---- GOAMD64 microarchitecture levels (x86-64 psABI levels) ----

/**
 * Linux /proc/cpuinfo flag names each level adds (pni = SSE3, abm = LZCNT). OSXSAVE, also
 * required for v3, is not listed by Linux; xsave stands in for it.
 * Source: https://go.dev/wiki/MinimumRequirements#amd64 and src/internal/buildcfg/cfg.go.
 */
export const GOAMD64_LEVEL_FLAGS: Readonly<Record<'v2' | 'v3' | 'v4', readonly string[]>> = {
  v2: ['cx16', 'lahf_lm', 'popcnt', 'pni', 'sse4_1', 'sse4_2', 'ssse3'],
  v3: ['avx', 'avx2', 'bmi1', 'bmi2', 'f16c', 'fma', 'abm', 'movbe', 'xsave'],
  v4: ['avx512f', 'avx512bw', 'avx512cd', 'avx512dq', 'avx512vl'],
};

export const GOAMD64_SOURCES = ['https://go.dev/wiki/MinimumRequirements#amd64', 'src/internal/buildcfg/cfg.go', 'src/runtime/asm_amd64.s'] as const;

/** The flags from the GOAMD64 tables, so collectors keep only what matters. */
export const RELEVANT_CPU_FLAGS: ReadonlySet<string> = new Set(Object.values(GOAMD64_LEVEL_FLAGS).flat());

/**
 * Flags Linux may leave out of /proc/cpuinfo although CPUID has them: on a Firecracker VM with
 * an Intel CPU `abm` is absent, yet a GOAMD64=v3 binary (whose startup check includes ABM) runs.
 * They never lower the detected level on their own.
 */
export const UNRELIABLE_CPUINFO_FLAGS: ReadonlySet<string> = new Set(['abm']);

/** The highest level whose flags (and every lower level's) are all present. */
export function amd64Level(flags: ReadonlySet<string>): 'v1' | 'v2' | 'v3' | 'v4' {
  let level: 'v1' | 'v2' | 'v3' | 'v4' = 'v1';
  for (const l of ['v2', 'v3', 'v4'] as const) {
    if (GOAMD64_LEVEL_FLAGS[l].every((f) => flags.has(f) || UNRELIABLE_CPUINFO_FLAGS.has(f))) level = l;
    else break;
  }
  return level;
}

export function missingFlagsFor(level: 'v2' | 'v3' | 'v4', flags: ReadonlySet<string>): string[] {
  const levels = (['v2', 'v3', 'v4'] as const).slice(0, ['v2', 'v3', 'v4'].indexOf(level) + 1);
  return levels.flatMap((l) => GOAMD64_LEVEL_FLAGS[l].filter((f) => !flags.has(f) && !UNRELIABLE_CPUINFO_FLAGS.has(f)));
}

// ---- GOMAXPROCS (FACTS.md §8) ----

export const GOMAXPROCS_SOURCES = ['https://go.dev/doc/go1.25#container-aware-gomaxprocs', 'src/runtime/cgroup_linux.go', 'src/internal/godebugs/table.go'] as const;

/**
 * The default GOMAXPROCS a Go program would pick (src/runtime/cgroup_linux.go defaultGOMAXPROCS):
 * Go 1.25+ with containermaxprocs on (main module go ≥ 1.25, no GODEBUG=containermaxprocs=0) takes
 * min(affinity CPUs, max(2, ceil(quota/period))); older behaviour is the affinity CPU count.
 */
export function defaultGomaxprocs(opts: { goVersion: string; mainModuleGo: string | null; godebug: string | null; affinityCpus: number; cpuLimit: number | null }): { procs: number; cgroupAware: boolean; why: string } {
  const { goVersion, mainModuleGo, godebug, affinityCpus, cpuLimit } = opts;
  if (compareGoVersions(goLang(goVersion), 'go1.25') < 0) return { procs: affinityCpus, cgroupAware: false, why: `${goVersion} predates container-aware GOMAXPROCS (Go 1.25)` };
  const setting = /(?:^|,)\s*containermaxprocs=([01])/.exec(godebug ?? '')?.[1];
  if (setting === '0') return { procs: affinityCpus, cgroupAware: false, why: 'GODEBUG=containermaxprocs=0' };
  // A GODEBUG default follows the main module's go line (callers pass 1.16 for a go.mod
  // without one); with no main module at all the toolchain's own defaults apply.
  const moduleGo = mainModuleGo ? (mainModuleGo.startsWith('go') ? mainModuleGo : `go${mainModuleGo}`) : null;
  if (setting !== '1' && moduleGo && compareGoVersions(goLang(moduleGo), 'go1.25') < 0) {
    return { procs: affinityCpus, cgroupAware: false, why: `the main module says go ${moduleGo.slice(2)} (< 1.25), which keeps containermaxprocs=0` };
  }
  if (cpuLimit === null) return { procs: affinityCpus, cgroupAware: true, why: 'no CPU quota' };
  const limit = Math.max(2, Math.ceil(cpuLimit));
  return { procs: Math.min(affinityCpus, limit), cgroupAware: true, why: `min(${affinityCpus} CPUs, max(2, ceil(${cpuLimit})))` };
}
