import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  compareGoVersions,
  goLang
} from "./chunk-S74V6A24.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/knowledge/platform-minimums.ts
var LINUX_KERNEL_MINIMUMS = [
  { since: "go1.24", version: "3.2", label: "Linux 3.2", source: "https://go.dev/doc/go1.24#linux" },
  { since: "go1.0", version: "2.6.32", label: "Linux 2.6.32", source: "https://go.dev/wiki/MinimumRequirements" }
];
var LINUX_ARCH_KERNEL_MINIMUMS = {
  loong64: { since: "go1.19", version: "5.19", label: "Linux 5.19 (loong64)", source: "https://go.dev/doc/go1.19#loong64" },
  mips64le: { since: "go1.0", version: "4.8", label: "Linux 4.8 (mips64le)", source: "https://go.dev/wiki/MinimumRequirements" },
  // Big-endian ppc64 switched to the ELFv2 ABI; RHEL 7 backported ELFv2 to its 3.10 kernel.
  ppc64: { since: "go1.27", version: "3.13", label: "Linux 3.13 (ppc64 ELFv2)", source: "https://go.dev/doc/go1.27#ppc64" }
};
function kernelBackportCovers(goarch, release) {
  return goarch === "ppc64" && /\.el7(\.|_|$)/.test(release);
}
__name(kernelBackportCovers, "kernelBackportCovers");
var MACOS_MINIMUMS = [
  { since: "go1.27", version: "13", label: "macOS 13 Ventura", source: "https://go.dev/doc/go1.27#darwin" },
  { since: "go1.25", version: "12", label: "macOS 12 Monterey", source: "https://go.dev/doc/go1.25#darwin" },
  { since: "go1.23", version: "11", label: "macOS 11 Big Sur", source: "https://go.dev/doc/go1.23#darwin" },
  { since: "go1.21", version: "10.15", label: "macOS 10.15 Catalina", source: "https://go.dev/doc/go1.21#darwin" },
  { since: "go1.17", version: "10.13", label: "macOS 10.13 High Sierra", source: "https://go.dev/doc/go1.17#darwin" }
];
var WINDOWS_MINIMUMS = [
  { since: "go1.21", version: "10.0", label: "Windows 10 / Server 2016", source: "https://go.dev/doc/go1.21#windows" },
  { since: "go1.11", version: "6.1", label: "Windows 7 / Server 2008 R2", source: "https://go.dev/wiki/MinimumRequirements" }
];
var FREEBSD_MINIMUMS = [
  { since: "go1.19", version: "12.2", label: "FreeBSD 12.2", source: "https://go.dev/doc/go1.18#freebsd" },
  { since: "go1.13", version: "11.2", label: "FreeBSD 11.2", source: "https://go.dev/doc/go1.12#freebsd" }
];
var RACE_GLIBC_MINIMUM = { version: "2.17", source: "https://go.dev/doc/articles/race_detector#Requirements" };
function compareDotted(a, b) {
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
__name(compareDotted, "compareDotted");
function fieldEnd(s, from) {
  const dot = s.indexOf(".", from);
  return dot < 0 ? Math.max(from, s.length) : dot;
}
__name(fieldEnd, "fieldEnd");
function fieldValue(s, from, end) {
  let n = 0, k = from;
  for (; k < end; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) break;
    n = n * 10 + c;
  }
  return k === from ? 0 : n;
}
__name(fieldValue, "fieldValue");
function pick(table, goVersion) {
  const lang = goLang(goVersion);
  return table.find((m) => compareGoVersions(lang, m.since) >= 0) ?? null;
}
__name(pick, "pick");
function platformMinimum(goos, goVersion, goarch) {
  switch (goos) {
    case "linux": {
      const general = pick(LINUX_KERNEL_MINIMUMS, goVersion);
      const special = goarch ? LINUX_ARCH_KERNEL_MINIMUMS[goarch] : void 0;
      if (special && compareGoVersions(goLang(goVersion), special.since) >= 0 && (!general || compareDotted(special.version, general.version) > 0)) return special;
      return general;
    }
    case "darwin":
      return pick(MACOS_MINIMUMS, goVersion);
    case "windows":
      return pick(WINDOWS_MINIMUMS, goVersion);
    case "freebsd":
      return pick(FREEBSD_MINIMUMS, goVersion);
    default:
      return null;
  }
}
__name(platformMinimum, "platformMinimum");
function numericVersion(release) {
  const m = /^(\d+(?:\.\d+){0,3})/.exec(release.trim());
  return m ? m[1] : null;
}
__name(numericVersion, "numericVersion");
var UNAME_TO_GOARCH = {
  x86_64: { goarch: "amd64" },
  amd64: { goarch: "amd64" },
  i386: { goarch: "386" },
  i486: { goarch: "386" },
  i586: { goarch: "386" },
  i686: { goarch: "386" },
  aarch64: { goarch: "arm64" },
  arm64: { goarch: "arm64" },
  armv5tel: { goarch: "arm", goarm: "5" },
  armv6l: { goarch: "arm", goarm: "6" },
  armv7l: { goarch: "arm", goarm: "7" },
  armv8l: { goarch: "arm", goarm: "7" },
  ppc64le: { goarch: "ppc64le" },
  ppc64: { goarch: "ppc64" },
  s390x: { goarch: "s390x" },
  riscv64: { goarch: "riscv64" },
  loongarch64: { goarch: "loong64" },
  mips: { goarch: "mips" },
  mips64: { goarch: "mips64" }
};
var DPKG_TO_GOARCH = {
  amd64: { goarch: "amd64" },
  i386: { goarch: "386" },
  arm64: { goarch: "arm64" },
  armhf: { goarch: "arm", goarm: "7" },
  armel: { goarch: "arm", goarm: "5" },
  ppc64el: { goarch: "ppc64le" },
  ppc64: { goarch: "ppc64" },
  s390x: { goarch: "s390x" },
  riscv64: { goarch: "riscv64" },
  mips64el: { goarch: "mips64le" },
  mipsel: { goarch: "mipsle" },
  loong64: { goarch: "loong64" }
};
var RPM_TO_GOARCH = {
  x86_64: { goarch: "amd64" },
  i686: { goarch: "386" },
  aarch64: { goarch: "arm64" },
  armv7hl: { goarch: "arm", goarm: "7" },
  ppc64le: { goarch: "ppc64le" },
  s390x: { goarch: "s390x" },
  riscv64: { goarch: "riscv64" }
};
var APK_TO_GOARCH = {
  x86_64: { goarch: "amd64" },
  x86: { goarch: "386" },
  aarch64: { goarch: "arm64" },
  armv7: { goarch: "arm", goarm: "7" },
  armhf: { goarch: "arm", goarm: "6" },
  ppc64le: { goarch: "ppc64le" },
  s390x: { goarch: "s390x" },
  riscv64: { goarch: "riscv64" },
  loongarch64: { goarch: "loong64" }
};
var GOAMD64_LEVEL_FLAGS = {
  v2: ["cx16", "lahf_lm", "popcnt", "pni", "sse4_1", "sse4_2", "ssse3"],
  v3: ["avx", "avx2", "bmi1", "bmi2", "f16c", "fma", "abm", "movbe", "xsave"],
  v4: ["avx512f", "avx512bw", "avx512cd", "avx512dq", "avx512vl"]
};
var GOAMD64_SOURCES = ["https://go.dev/wiki/MinimumRequirements#amd64", "src/internal/buildcfg/cfg.go", "src/runtime/asm_amd64.s"];
var RELEVANT_CPU_FLAGS = new Set(Object.values(GOAMD64_LEVEL_FLAGS).flat());
var UNRELIABLE_CPUINFO_FLAGS = /* @__PURE__ */ new Set(["abm"]);
function amd64Level(flags) {
  let level = "v1";
  for (const l of ["v2", "v3", "v4"]) {
    if (GOAMD64_LEVEL_FLAGS[l].every((f) => flags.has(f) || UNRELIABLE_CPUINFO_FLAGS.has(f))) level = l;
    else break;
  }
  return level;
}
__name(amd64Level, "amd64Level");
function missingFlagsFor(level, flags) {
  const levels = ["v2", "v3", "v4"].slice(0, ["v2", "v3", "v4"].indexOf(level) + 1);
  return levels.flatMap((l) => GOAMD64_LEVEL_FLAGS[l].filter((f) => !flags.has(f) && !UNRELIABLE_CPUINFO_FLAGS.has(f)));
}
__name(missingFlagsFor, "missingFlagsFor");
var GOMAXPROCS_SOURCES = ["https://go.dev/doc/go1.25#container-aware-gomaxprocs", "src/runtime/cgroup_linux.go", "src/internal/godebugs/table.go"];
function defaultGomaxprocs(opts) {
  const { goVersion, mainModuleGo, godebug, affinityCpus, cpuLimit } = opts;
  if (compareGoVersions(goLang(goVersion), "go1.25") < 0) return { procs: affinityCpus, cgroupAware: false, why: `${goVersion} predates container-aware GOMAXPROCS (Go 1.25)` };
  const setting = /(?:^|,)\s*containermaxprocs=([01])/.exec(godebug ?? "")?.[1];
  if (setting === "0") return { procs: affinityCpus, cgroupAware: false, why: "GODEBUG=containermaxprocs=0" };
  const moduleGo = mainModuleGo ? mainModuleGo.startsWith("go") ? mainModuleGo : `go${mainModuleGo}` : null;
  if (setting !== "1" && moduleGo && compareGoVersions(goLang(moduleGo), "go1.25") < 0) {
    return { procs: affinityCpus, cgroupAware: false, why: `the main module says go ${moduleGo.slice(2)} (< 1.25), which keeps containermaxprocs=0` };
  }
  if (cpuLimit === null) return { procs: affinityCpus, cgroupAware: true, why: "no CPU quota" };
  const limit = Math.max(2, Math.ceil(cpuLimit));
  return { procs: Math.min(affinityCpus, limit), cgroupAware: true, why: `min(${affinityCpus} CPUs, max(2, ceil(${cpuLimit})))` };
}
__name(defaultGomaxprocs, "defaultGomaxprocs");

export {
  kernelBackportCovers,
  RACE_GLIBC_MINIMUM,
  compareDotted,
  platformMinimum,
  numericVersion,
  UNAME_TO_GOARCH,
  DPKG_TO_GOARCH,
  RPM_TO_GOARCH,
  APK_TO_GOARCH,
  GOAMD64_SOURCES,
  RELEVANT_CPU_FLAGS,
  amd64Level,
  missingFlagsFor,
  GOMAXPROCS_SOURCES,
  defaultGomaxprocs
};
