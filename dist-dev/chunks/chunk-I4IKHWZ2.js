import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  VERSION_MATCHING,
  VULN_SOURCES,
  earliestFix,
  fixedInAll,
  listAdvisories,
  semverToGo
} from "./chunk-3TF2Q6ZZ.js";
import {
  defineRule,
  fixTitle
} from "./chunk-NUDDGLDA.js";
import {
  shQuote
} from "./chunk-ER3ZTGQR.js";
import {
  compareDotted
} from "./chunk-W5XSRNJ5.js";
import {
  compareGoVersions,
  normalizeGoVersion
} from "./chunk-S74V6A24.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/knowledge/images.ts
var IMAGE_SOURCES = [
  "https://packages.debian.org/bookworm/libc6",
  "https://packages.ubuntu.com/noble/libc6",
  "https://pkgs.alpinelinux.org/package/v3.22/main/x86_64/musl",
  "https://github.com/GoogleContainerTools/distroless/blob/main/base/README.md",
  "https://docs.docker.com/build/building/base-images/#create-a-minimal-base-image-using-scratch"
];
var ALPINE_ARCHES = ["amd64", "arm/v6", "arm/v7", "arm64", "386", "ppc64le", "riscv64", "s390x"];
var DISTROLESS_ARCHES = ["amd64", "arm64", "arm", "s390x", "ppc64le"];
var DEBIAN_ARCHES = ["amd64", "arm/v5", "arm/v7", "arm64", "386", "mips64le", "ppc64le", "s390x", "riscv64"];
var UBUNTU_ARCHES = ["amd64", "arm/v7", "arm64", "ppc64le", "riscv64", "s390x"];
var GLIBC_SONAMES = ["libc.so.6", "libm.so.6", "libpthread.so.0", "libdl.so.2", "librt.so.1", "libresolv.so.2", "libutil.so.1", "libanl.so.1", "libnsl.so.1"];
var DEBIAN_BASE_LIBS = ["libgcc_s.so.1", "libstdc++.so.6", "libz.so.1", "libselinux.so.1", "libacl.so.1"];
var debian = /* @__PURE__ */ __name((release, codename, glibc) => ({
  name: `debian:${release}`,
  aliases: [`debian:${codename}`, `debian:${codename}-slim`, `debian:${release}-slim`],
  libc: "glibc",
  libcVersion: glibc,
  libraries: DEBIAN_BASE_LIBS,
  caCertificates: false,
  minimal: false,
  install: "apt-get install -y --no-install-recommends",
  source: `https://packages.debian.org/${codename}/libc6`,
  architectures: DEBIAN_ARCHES
}), "debian");
var ubuntu = /* @__PURE__ */ __name((release, codename, glibc) => ({
  name: `ubuntu:${release}`,
  aliases: [`ubuntu:${codename}`],
  libc: "glibc",
  libcVersion: glibc,
  libraries: DEBIAN_BASE_LIBS,
  caCertificates: false,
  minimal: false,
  install: "apt-get install -y --no-install-recommends",
  source: `https://packages.ubuntu.com/${codename}/libc6`,
  architectures: UBUNTU_ARCHES
}), "ubuntu");
var glibcImage = /* @__PURE__ */ __name((name, aliases, glibc, source) => ({
  name,
  aliases,
  libc: "glibc",
  libcVersion: glibc,
  libraries: ["libgcc_s.so.1", "libstdc++.so.6", "libz.so.1"],
  caCertificates: true,
  minimal: false,
  install: "dnf install -y",
  source,
  architectures: null
}), "glibcImage");
var IMAGES = [
  { name: "scratch", aliases: [], libc: "none", libcVersion: null, libraries: [], caCertificates: false, minimal: true, install: null, source: IMAGE_SOURCES[4], architectures: null },
  {
    name: "alpine",
    aliases: ["alpine:latest", "alpine:3", "alpine:3.22", "alpine:3.21", "alpine:3.20"],
    libc: "musl",
    libcVersion: "1.2.5",
    libraries: ["libz.so.1", "libssl.so.3", "libcrypto.so.3"],
    caCertificates: true,
    minimal: false,
    install: "apk add --no-cache",
    source: IMAGE_SOURCES[2],
    architectures: ALPINE_ARCHES
  },
  {
    name: "distroless-static",
    aliases: ["gcr.io/distroless/static", "gcr.io/distroless/static-debian12", "gcr.io/distroless/static-debian13", "distroless/static"],
    libc: "none",
    libcVersion: null,
    libraries: [],
    caCertificates: true,
    minimal: true,
    install: null,
    source: IMAGE_SOURCES[3],
    architectures: DISTROLESS_ARCHES
  },
  {
    name: "distroless-base",
    aliases: ["gcr.io/distroless/base", "gcr.io/distroless/base-debian12", "distroless/base"],
    libc: "glibc",
    libcVersion: "2.36",
    libraries: ["libssl.so.3", "libcrypto.so.3"],
    caCertificates: true,
    minimal: true,
    install: null,
    source: IMAGE_SOURCES[3],
    architectures: DISTROLESS_ARCHES
  },
  {
    name: "distroless-base-nossl",
    aliases: ["gcr.io/distroless/base-nossl", "gcr.io/distroless/base-nossl-debian12"],
    libc: "glibc",
    libcVersion: "2.36",
    libraries: [],
    caCertificates: true,
    minimal: true,
    install: null,
    source: IMAGE_SOURCES[3],
    architectures: DISTROLESS_ARCHES
  },
  {
    name: "distroless-cc",
    aliases: ["gcr.io/distroless/cc", "gcr.io/distroless/cc-debian12"],
    libc: "glibc",
    libcVersion: "2.36",
    libraries: ["libssl.so.3", "libcrypto.so.3", "libgcc_s.so.1", "libstdc++.so.6", "libgomp.so.1"],
    caCertificates: true,
    minimal: true,
    install: null,
    source: IMAGE_SOURCES[3],
    architectures: DISTROLESS_ARCHES
  },
  debian("11", "bullseye", "2.31"),
  debian("12", "bookworm", "2.36"),
  debian("13", "trixie", "2.41"),
  ubuntu("20.04", "focal", "2.31"),
  ubuntu("22.04", "jammy", "2.35"),
  ubuntu("24.04", "noble", "2.39"),
  glibcImage("ubi8", ["registry.access.redhat.com/ubi8", "ubi8/ubi", "rockylinux:8", "almalinux:8"], "2.28", "https://access.redhat.com/articles/3078"),
  glibcImage("ubi9", ["registry.access.redhat.com/ubi9", "ubi9/ubi", "rockylinux:9", "almalinux:9"], "2.34", "https://access.redhat.com/articles/3078"),
  glibcImage("amazonlinux:2", [], "2.26", "https://docs.aws.amazon.com/linux/al2023/ug/compare-with-al2.html"),
  glibcImage("amazonlinux:2023", ["amazonlinux", "amazonlinux:latest"], "2.34", "https://docs.aws.amazon.com/linux/al2023/ug/compare-with-al2.html")
];
function findImage(ref) {
  const key = ref.trim().toLowerCase().split("@")[0].replace(/^(docker\.io\/)?(library\/)?/, "").replace(/:latest$/, "");
  return IMAGES.find((i) => i.name === key || i.aliases.includes(key) || i.aliases.includes(`${key}:latest`)) ?? null;
}
__name(findImage, "findImage");
function loaderFamily(interp) {
  const base = interp.split("/").pop() ?? interp;
  if (/^ld-musl-/.test(base)) return "musl";
  if (/^ld-linux.*\.so\.\d$|^ld64\.so\.\d$|^ld\.so\.1$/.test(base) && interp.startsWith("/lib")) return "glibc";
  if (interp.startsWith("/system/bin/linker")) return "android";
  if (/^\/(usr\/)?libexec\/ld(-elf)?\.so/.test(interp)) return "bsd";
  if (interp.startsWith("/usr/lib/ld.so") || interp.startsWith("/lib/amd64/ld.so")) return "solaris";
  return "other";
}
__name(loaderFamily, "loaderFamily");
function imageHasLibrary(image, soname) {
  if (image.libraries.includes(soname)) return true;
  if (image.libc === "glibc") return GLIBC_SONAMES.includes(soname) || /^ld-linux|^ld64\.so/.test(soname);
  if (image.libc === "musl") return /^libc\.musl-|^ld-musl-/.test(soname) || soname === "libc.so";
  return false;
}
__name(imageHasLibrary, "imageHasLibrary");

// src/knowledge/platform-variants.ts
var VARIANT_SETTING = { arm: "GOARM", amd64: "GOAMD64", arm64: "GOARM64" };
var VALID = { arm: /^v[5-7]$/, amd64: /^v[1-4]$/, arm64: /^v(8|9)(\.\d)?$/ };
function normalizeVariant(arch, variant) {
  const v = variant.toLowerCase().replace(/^(?=\d)/, "v");
  return VALID[arch]?.test(v) ? v : null;
}
__name(normalizeVariant, "normalizeVariant");
function binaryVariant(b) {
  const key = b.goarch ? VARIANT_SETTING[b.goarch] : void 0;
  if (!key) return null;
  const value = b.buildInfo?.settings.find((s) => s.key === key)?.value;
  if (value) return normalizeVariant(b.goarch, value.split(",")[0]) ?? value;
  const cpu = b.goarch === "arm" ? /^v([5-7])/.exec(b.arm?.cpuArch ?? "")?.[1] : void 0;
  return cpu ? `v${cpu}` : null;
}
__name(binaryVariant, "binaryVariant");
function variantMatches(expected, actual) {
  if (actual === null) return false;
  return actual === expected || !expected.includes(".") && actual.startsWith(`${expected}.`);
}
__name(variantMatches, "variantMatches");

// src/knowledge/binary-formats.ts
var FORMAT_NAMES = { elf: "ELF", macho: "Mach-O", pe: "PE", xcoff: "XCOFF" };

// src/rules/artifact/shared.ts
function label(b) {
  return b.slice ? `The ${b.machine} slice (${b.slice.index + 1} of ${b.slice.count})` : "The binary";
}
__name(label, "label");
function loc(b) {
  return { file: b.path };
}
__name(loc, "loc");
function setting(b, key) {
  return b.buildInfo?.settings.find((s) => s.key === key)?.value;
}
__name(setting, "setting");
function platform(b) {
  return `${b.goos ?? "?"}/${b.goarch ?? "?"}`;
}
__name(platform, "platform");
function byFile(binaries) {
  const m = /* @__PURE__ */ new Map();
  for (const b of binaries) m.set(b.path, [...m.get(b.path) ?? [], b]);
  return [...m.values()];
}
__name(byFile, "byFile");
var REBUILD_FIX_TITLES = { rebuild: "Rebuild with explicit settings" };
function rebuild(env, flags = [], title = fixTitle("rebuild")) {
  const vars = Object.entries(env).map(([k, v]) => `${k}=${v}`).join(" ");
  return { kind: "command", title, command: `${vars ? `${vars} ` : ""}go build ${flags.length ? `${flags.join(" ")} ` : ""}-o <output> <package>`, shell: "sh", safety: "safe" };
}
__name(rebuild, "rebuild");
function linuxElf(b) {
  return b.format === "elf" && b.kind === "executable" && (b.goos === null || b.goos === "linux");
}
__name(linuxElf, "linuxElf");

// src/rules/artifact/gd801-wrong-target-platform.ts
var show = /* @__PURE__ */ __name((p) => `${p.os ?? "*"}/${p.arch ?? "*"}${p.variant ? `/${p.variant}` : ""}`, "show");
function matches(want, b) {
  return (!want.os || want.os === b.goos) && (!want.arch || want.arch === b.goarch) && (!want.variant || variantMatches(want.variant, binaryVariant(b)));
}
__name(matches, "matches");
function platformEnv(p) {
  const env = { GOOS: p.os ?? "<os>", GOARCH: p.arch ?? "<arch>" };
  const key = p.arch ? VARIANT_SETTING[p.arch] : void 0;
  if (key && p.variant) env[key] = p.arch === "arm" ? p.variant.slice(1) : p.variant;
  return env;
}
__name(platformEnv, "platformEnv");
var gd801 = defineRule({
  id: "GD801",
  name: "wrong-target-platform",
  category: "artifact",
  severity: "error",
  title: "Binary targets a different OS or architecture than expected",
  requires: ["artifacts"],
  messages: {
    mismatch: "{subject} is built for {actual}, expected {expected}.",
    unknown: "{subject}: the target platform cannot be determined ({machine}), expected {expected}.",
    imageOs: "{subject} is a {actual} {format} binary; {image} is a Linux image: it cannot start there.",
    imageArch: "{subject} is built for {actual}; {image} is published for {arches} only."
  },
  fixTitles: { ...REBUILD_FIX_TITLES },
  sources: [
    "src/debug/buildinfo/buildinfo.go",
    "https://go.dev/doc/install/source#environment",
    "man:elf(5)",
    "src/cmd/go/internal/cfg/cfg.go",
    "https://docs.docker.com/reference/cli/docker/buildx/build/#platform",
    "https://github.com/docker-library/docs/blob/master/alpine/README.md"
  ],
  fixable: true,
  docs: {
    what: "Compares each binary's GOOS/GOARCH (from its build info, else from the ELF/Mach-O/PE/XCOFF header) and its variant (GOARM, GOAMD64, GOARM64 from build info) with platform= (docker's os/arch[/variant] syntax, a comma-separated list: each binary must match one) or os= and arch= given to --expect. With --target-image, first checks that the binary is a Linux ELF file for an architecture the image is published for.",
    why: 'A binary for another architecture fails with "exec format error" (CrashLoopBackOff on arm64 nodes); one for another OS does not start at all. A GOARM=7 binary dies with "illegal instruction" on an ARMv6 board (Raspberry Pi Zero), a GOAMD64=v3 one on CPUs without AVX2. The usual cause is GOOS/GOARCH/GOARM left unset in a CI or Docker build.',
    fix: "Set GOOS, GOARCH and the variant (GOARM, GOAMD64) explicitly for every build, and publish one binary (or image manifest entry) per platform."
  },
  check({ artifacts }) {
    const out = [];
    const image = artifacts.targetImage ? findImage(artifacts.targetImage) : null;
    const checked = /* @__PURE__ */ new Set();
    if (image) {
      for (const slices of byFile(artifacts.binaries)) {
        const b = slices[0];
        const data = { subject: label(b), actual: slices.map(platform).join(", "), image: image.name, format: FORMAT_NAMES[b.format] };
        const linux = slices.filter((s) => s.format === "elf" && (s.goos === "linux" || s.goos === null));
        if (linux.length === 0) {
          out.push({ messageId: "imageOs", data, location: loc(b), fixes: [rebuild({ GOOS: "linux", GOARCH: b.goarch ?? "<arch>" })] });
          checked.add(b.path);
        } else if (image.architectures && !linux.some((s) => image.architectures.some((a) => a.split("/")[0] === s.goarch))) {
          out.push({ messageId: "imageArch", data: { ...data, arches: image.architectures.join(", ") }, evidence: { imageSource: image.source }, location: loc(b) });
          checked.add(b.path);
        }
      }
    }
    const wanted = artifacts.expect?.platforms ?? [];
    if (wanted.length === 0) return out;
    const expected = wanted.map(show).join(" or ");
    for (const slices of byFile(artifacts.binaries)) {
      const b = slices[0];
      if (checked.has(b.path) || slices.some((s) => wanted.some((w) => matches(w, s)))) continue;
      const known = slices.some((s) => s.goos || s.goarch);
      const withVariant = /* @__PURE__ */ __name((s) => `${platform(s)}${wanted.some((w) => w.variant) ? `/${binaryVariant(s) ?? "(variant unknown)"}` : ""}`, "withVariant");
      out.push({
        messageId: known ? "mismatch" : "unknown",
        data: { subject: label(b), actual: slices.map(withVariant).join(", "), expected, machine: b.machine },
        evidence: { format: b.format, machine: b.machine, bits: b.bits, endian: b.endian, platformSource: b.platformSource, variant: binaryVariant(b) },
        location: loc(b),
        fixes: [rebuild(platformEnv(wanted[0]))]
      });
    }
    return out;
  }
});

// src/rules/artifact/gd802-cgo-setting-mismatch.ts
var gd802 = defineRule({
  id: "GD802",
  name: "cgo-setting-mismatch",
  category: "artifact",
  severity: "error",
  title: "Binary was built with cgo on when off was expected, or the reverse",
  requires: ["artifacts"],
  messages: {
    mismatch: "{subject} was built with CGO_ENABLED={actual}, expected CGO_ENABLED={expected}."
  },
  fixTitles: { ...REBUILD_FIX_TITLES },
  sources: ["src/cmd/go/internal/load/pkg.go", "https://pkg.go.dev/cmd/cgo", "src/runtime/debug/mod.go"],
  fixable: true,
  docs: {
    what: "Compares the CGO_ENABLED build setting recorded in each Go binary's build info with cgo= given to --expect.",
    why: "cgo on links the C library dynamically (the binary then needs glibc or musl in the target image) and changes the DNS resolver and os/user; cgo off gives a static binary. CGO_ENABLED defaults to 1 natively when a C compiler is found and to 0 when cross-compiling, so the same build line gives different binaries on different machines.",
    fix: "Set CGO_ENABLED explicitly in the build (CGO_ENABLED=0 for static binaries)."
  },
  check({ artifacts }) {
    const want = artifacts.expect?.cgo;
    if (want === void 0) return [];
    const out = [];
    for (const b of artifacts.binaries) {
      const actual = setting(b, "CGO_ENABLED");
      if (actual === void 0 || actual === "1" === want) continue;
      out.push({
        messageId: "mismatch",
        data: { subject: label(b), actual, expected: want ? "1" : "0" },
        evidence: { linkage: b.linkage, interpreter: b.interpreter, libraries: b.libraries },
        location: loc(b),
        fixes: [rebuild({ CGO_ENABLED: want ? "1" : "0" })]
      });
    }
    return out;
  }
});

// src/rules/artifact/gd803-linkage-mismatch.ts
var gd803 = defineRule({
  id: "GD803",
  name: "linkage-mismatch",
  category: "artifact",
  severity: "error",
  title: "Binary is dynamically linked when a static binary was expected",
  requires: ["artifacts"],
  messages: {
    dynamic: "{subject} is dynamically linked (loader {interpreter}; needs {libraries}), expected a static binary.",
    unexpectedStatic: "{subject} is statically linked, expected a dynamically linked binary.",
    notApplicable: '{subject} is a {goos} binary: it always loads system libraries ({libraries}), so "static" does not apply.'
  },
  fixTitles: { ...REBUILD_FIX_TITLES, rebuildWithoutCgo: "Rebuild without cgo for a static binary" },
  sources: ["man:ld.so(8)", "man:elf(5)", "https://pkg.go.dev/cmd/cgo", "src/cmd/link/internal/ld/lib.go"],
  fixable: true,
  docs: {
    what: "Reads the ELF program headers (PT_INTERP, PT_DYNAMIC) and dynamic section (DT_NEEDED, DF_1_PIE) to tell static, static-pie and dynamic binaries apart, and compares with static given to --expect.",
    why: 'A dynamic binary starts only where its loader and libraries exist: copied into scratch or distroless/static it fails with "no such file or directory" although the file is there (the missing file is the loader). Go binaries become dynamic through cgo (net, os/user, C dependencies) or -buildmode=pie with internal linking.',
    fix: "Build with CGO_ENABLED=0 (or -tags netgo,osusergo with external static linking when C code is needed)."
  },
  check({ artifacts }) {
    const want = artifacts.expect?.static;
    if (want === void 0) return [];
    const out = [];
    for (const b of artifacts.binaries) {
      const libs = b.libraries.join(", ") || "no libraries";
      if (b.format !== "elf") {
        if (want && b.linkage === "dynamic") {
          out.push({ messageId: "notApplicable", severity: "info", data: { subject: label(b), goos: b.goos ?? b.format, libraries: libs }, location: loc(b) });
        }
        continue;
      }
      const isStatic = b.linkage === "static" || b.linkage === "static-pie";
      if (want && b.linkage === "dynamic") {
        out.push({
          messageId: "dynamic",
          data: { subject: label(b), interpreter: b.interpreter ?? "none", libraries: libs },
          evidence: { interpreter: b.interpreter, libraries: b.libraries, glibcRequired: b.glibcRequired, cgo: b.buildInfo?.settings.find((s) => s.key === "CGO_ENABLED")?.value ?? null },
          location: loc(b),
          fixes: [rebuild({ CGO_ENABLED: "0" }, [], fixTitle("rebuildWithoutCgo"))]
        });
      } else if (!want && isStatic) {
        out.push({ messageId: "unexpectedStatic", severity: "warning", data: { subject: label(b) }, location: loc(b) });
      }
    }
    return out;
  }
});

// src/rules/artifact/gd804-go-version-below-minimum.ts
var gd804 = defineRule({
  id: "GD804",
  name: "go-version-below-minimum",
  category: "artifact",
  severity: "error",
  title: "Binary was built with a Go older than the required minimum",
  requires: ["artifacts"],
  messages: {
    older: "{subject} was built with {actual}, older than the required {expected}.",
    unknown: "{subject}: the Go version that built it cannot be determined, required at least {expected}."
  },
  fixTitles: {
    pinTheToolchainIn: "Pin the toolchain in go.mod, then rebuild"
  },
  sources: ["src/debug/buildinfo/buildinfo.go", "https://go.dev/doc/devel/release", "https://go.dev/doc/security/policy"],
  fixable: true,
  docs: {
    what: "Compares the Go version recorded in each binary (build info, else the runtime version string) with min-go given to --expect, using Go's own version ordering.",
    why: "The standard library is compiled into every Go binary, so a fix in crypto/tls or net/http reaches users only when the binary is rebuilt with a fixed release. Scanners flag binaries by this version.",
    fix: "Rebuild with a Go at or above the minimum (pin it in go.mod with a toolchain line, or in the CI setup step)."
  },
  check({ artifacts }) {
    const min = artifacts.expect?.minGo;
    if (!min) return [];
    const expected = normalizeGoVersion(min) ?? min;
    const out = [];
    for (const b of artifacts.binaries) {
      if (!b.isGo) continue;
      if (!b.goVersion || !normalizeGoVersion(b.goVersion)) {
        out.push({ messageId: "unknown", severity: "warning", data: { subject: label(b), expected }, evidence: { goEvidence: b.goEvidence, pclntabVersions: b.pclntabVersions }, location: loc(b) });
      } else if (compareGoVersions(b.goVersion, expected) < 0) {
        out.push({
          messageId: "older",
          data: { subject: label(b), actual: b.goVersion, expected },
          evidence: { goVersionSource: b.goVersionSource },
          location: loc(b),
          fixes: [{ kind: "command", title: fixTitle("pinTheToolchainIn"), command: `go get toolchain@${expected}`, shell: "sh", safety: "review" }]
        });
      }
    }
    return out;
  }
});

// src/rules/artifact/gd805-trimpath-mismatch.ts
var gd805 = defineRule({
  id: "GD805",
  name: "trimpath-mismatch",
  category: "artifact",
  severity: "error",
  title: "Binary was built without -trimpath when it was expected (or the reverse)",
  requires: ["artifacts"],
  messages: {
    missing: "{subject} was built without -trimpath: file system paths of the build machine are embedded.",
    unexpected: "{subject} was built with -trimpath, expected without."
  },
  fixTitles: { ...REBUILD_FIX_TITLES },
  sources: ["https://pkg.go.dev/cmd/go#hdr-Compile_packages_and_dependencies", "src/cmd/go/internal/load/pkg.go"],
  fixable: true,
  docs: {
    what: "Checks the -trimpath build setting recorded in each Go binary's build info against trimpath given to --expect.",
    why: "Without -trimpath the binary embeds absolute source paths (home directories, CI workspace names) in panics and debug info, and two builds of the same commit on different machines differ, which breaks reproducible-build checks.",
    fix: "Add -trimpath to the go build flags (or GOFLAGS=-trimpath in the build environment)."
  },
  check({ artifacts }) {
    const want = artifacts.expect?.trimpath;
    if (want === void 0) return [];
    const out = [];
    for (const b of artifacts.binaries) {
      if (!b.buildInfo) continue;
      const has = setting(b, "-trimpath") === "true";
      if (want && !has) out.push({ messageId: "missing", data: { subject: label(b) }, location: loc(b), fixes: [rebuild({}, ["-trimpath"])] });
      if (!want && has) out.push({ messageId: "unexpected", data: { subject: label(b) }, location: loc(b) });
    }
    return out;
  }
});

// src/rules/artifact/gd806-vcs-stamp-mismatch.ts
var gd806 = defineRule({
  id: "GD806",
  name: "vcs-stamp-mismatch",
  category: "artifact",
  severity: "error",
  title: "Binary lacks the expected VCS stamp, or names another revision",
  requires: ["artifacts"],
  messages: {
    missing: "{subject} carries no VCS information (vcs.revision): it was built with -buildvcs=false, outside a checkout, or from a copied tree.",
    different: "{subject} was built from revision {actual}, expected {expected}.",
    unexpected: "{subject} carries VCS information (revision {actual}) although none was expected."
  },
  fixTitles: {
    buildFromACheckout: "Build from a checkout"
  },
  sources: ["https://pkg.go.dev/cmd/go#hdr-Compile_packages_and_dependencies", "src/cmd/go/internal/load/pkg.go"],
  fixable: true,
  docs: {
    what: "Checks the vcs.revision build setting against vcs given to --expect: present, absent, or starting with a given revision.",
    why: "Since Go 1.18 go build stamps the VCS revision, time and dirty flag when it builds inside a checkout; a release binary without them cannot be traced to a commit. Docker builds that copy sources without .git, and -buildvcs=false, drop the stamp.",
    fix: "Build inside the git checkout (copy .git into the Docker build context) and keep -buildvcs at its default."
  },
  check({ artifacts }) {
    const want = artifacts.expect?.vcs;
    if (want === void 0) return [];
    const out = [];
    for (const b of artifacts.binaries) {
      if (!b.buildInfo) continue;
      const rev = setting(b, "vcs.revision");
      if (want === false) {
        if (rev) out.push({ messageId: "unexpected", data: { subject: label(b), actual: rev }, location: loc(b) });
      } else if (!rev) {
        out.push({
          messageId: "missing",
          data: { subject: label(b) },
          location: loc(b),
          fixes: [{ kind: "manual", title: fixTitle("buildFromACheckout"), steps: ["Run go build inside the git working tree (in Docker, include .git in the build context).", "Drop -buildvcs=false from GOFLAGS and build flags."] }]
        });
      } else if (typeof want === "string" && !rev.startsWith(want)) {
        out.push({ messageId: "different", data: { subject: label(b), actual: rev, expected: want }, location: loc(b) });
      }
    }
    return out;
  }
});

// src/rules/artifact/gd807-vcs-modified.ts
var gd807 = defineRule({
  id: "GD807",
  name: "vcs-modified",
  category: "artifact",
  severity: "warning",
  title: "Binary was built from a working tree with uncommitted changes",
  requires: ["artifacts"],
  messages: {
    modified: "{subject} was built from revision {revision} with uncommitted changes (vcs.modified=true)."
  },
  sources: ["https://pkg.go.dev/cmd/go#hdr-Compile_packages_and_dependencies", "src/cmd/go/internal/load/pkg.go"],
  fixable: false,
  docs: {
    what: "Reports Go binaries whose build info has vcs.modified=true.",
    why: "The revision stamped into the binary does not describe its source: files were changed, added or generated after the last commit (often by a build step that rewrites tracked files). Such a binary cannot be rebuilt from the repository.",
    fix: "Commit or discard the changes (or add generated files to .gitignore) and rebuild from a clean tree; in CI, check `git status --porcelain` before building."
  },
  check({ artifacts }) {
    return artifacts.binaries.filter((b) => setting(b, "vcs.modified") === "true").map((b) => ({
      messageId: "modified",
      data: { subject: label(b), revision: setting(b, "vcs.revision") ?? "unknown" },
      evidence: { vcs: setting(b, "vcs") ?? null, time: setting(b, "vcs.time") ?? null },
      location: loc(b)
    }));
  }
});

// src/rules/artifact/gd808-go-binary-without-build-info.ts
var gd808 = defineRule({
  id: "GD808",
  name: "go-binary-without-build-info",
  category: "artifact",
  severity: "info",
  title: "Go binary carries no build info",
  requires: ["artifacts"],
  messages: {
    absent: '{subject} is a Go binary ({evidence}) without build info; Go version {version}. `go version -m` reports "not a Go executable" for it.',
    unverifiable: "{subject} has no Go build info, so {keys} cannot be verified."
  },
  sources: ["src/debug/buildinfo/buildinfo.go", "src/cmd/go/internal/version/version.go"],
  fixable: false,
  docs: {
    what: "Reports Go binaries recognised by their pclntab, Go sections or build ID whose build info blob is missing or unreadable (removed by a post-processing step, or damaged).",
    why: "Build info is where Go records the module versions, CGO_ENABLED, -trimpath and the VCS revision; vulnerability scanners (govulncheck, Trivy, Grype) read it. Without it, --expect checks of those settings cannot be made and scanners may miss the binary.",
    fix: "Ship binaries as go build writes them; if a packer or stripper removes .go.buildinfo, configure it to keep that section."
  },
  check({ artifacts }) {
    const want = artifacts.expect ?? {};
    const keys = ["cgo", "trimpath", "vcs", "race", "buildmode"].filter((k) => want[k] !== void 0);
    return artifacts.binaries.filter((b) => b.isGo && !b.buildInfo).map((b) => keys.length ? { messageId: "unverifiable", severity: "warning", data: { subject: label(b), keys: keys.join(", ") }, evidence: { buildInfoError: b.buildInfoError }, location: loc(b) } : {
      messageId: "absent",
      data: { subject: label(b), evidence: b.goEvidence.join(", "), version: b.goVersion ? `${b.goVersion} (from the ${b.goVersionSource})` : b.pclntabVersions ? `unknown (${b.pclntabVersions} by pclntab)` : "unknown" },
      evidence: { buildInfoError: b.buildInfoError },
      location: loc(b)
    });
  }
});

// src/rules/artifact/gd809-unreadable-file.ts
var gd809 = defineRule({
  id: "GD809",
  name: "unreadable-file",
  category: "artifact",
  severity: "warning",
  title: "A file could not be inspected",
  requires: ["artifacts"],
  messages: {
    problem: "Cannot inspect: {message}."
  },
  sources: ["man:elf(5)", "https://learn.microsoft.com/windows/win32/debug/pe-format", "src/debug/buildinfo/buildinfo.go"],
  fixable: false,
  docs: {
    what: "Lists files named on the command line, or met in a directory, that could not be inspected: missing, unreadable, symlink loops, FIFOs and devices (never opened), and files in no executable format. Truncated or corrupt headers are GD815.",
    why: "A truncated binary (an interrupted download or copy, a partial artifact upload) fails at start with confusing errors; a corrupt header is worth knowing before shipping.",
    fix: "Check the path and permissions; re-download or rebuild truncated binaries and compare checksums."
  },
  check({ artifacts }) {
    return artifacts.problems.filter((p) => p.kind !== "corrupt").map((p) => ({ messageId: "problem", data: { path: p.path, message: p.message }, location: { file: p.path } }));
  }
});

// src/rules/artifact/gd810-loader-missing-in-image.ts
var gd810 = defineRule({
  id: "GD810",
  name: "loader-missing-in-image",
  category: "artifact",
  severity: "error",
  title: "The binary needs a dynamic loader the target image does not have",
  requires: ["artifacts"],
  messages: {
    noLibc: '{subject} needs the loader {interpreter}, but {image} has no C library: it fails with "no such file or directory".',
    wrongLibc: '{subject} needs the {family} loader {interpreter}, but {image} provides {libc}: it fails with "no such file or directory".'
  },
  fixTitles: { ...REBUILD_FIX_TITLES, buildStaticNoLoader: "Build a static binary that needs no loader" },
  sources: ["man:ld.so(8)", "man:execve(2)", "https://wiki.musl-libc.org/functional-differences-from-glibc.html", "https://github.com/GoogleContainerTools/distroless/blob/main/base/README.md"],
  fixable: true,
  docs: {
    what: "With --target-image, compares the ELF interpreter (PT_INTERP) of each executable with the C library of the image: none (scratch, distroless/static), glibc (Debian, Ubuntu, distroless/base, UBI) or musl (Alpine).",
    why: 'execve loads the interpreter named in the binary before anything else; when it is missing the kernel reports ENOENT, shown as "no such file or directory" for a file that plainly exists. A cgo build on a glibc builder copied into Alpine or scratch fails this way.',
    fix: "Build a static binary (CGO_ENABLED=0), or build on the same C library as the runtime image (golang:*-alpine for Alpine), or switch the runtime image."
  },
  check({ artifacts }) {
    const image = artifacts.targetImage ? findImage(artifacts.targetImage) : null;
    if (!image) return [];
    const out = [];
    for (const b of artifacts.binaries.filter(linuxElf)) {
      const base = { subject: label(b), image: image.name };
      if (!b.interpreter) continue;
      const family = loaderFamily(b.interpreter);
      const fixes = [rebuild({ CGO_ENABLED: "0", GOOS: "linux", GOARCH: b.goarch ?? "<arch>" }, [], fixTitle("buildStaticNoLoader"))];
      if (image.libc === "none") {
        out.push({ messageId: "noLibc", data: { ...base, interpreter: b.interpreter }, evidence: { libraries: b.libraries }, location: loc(b), fixes });
      } else if (family !== image.libc) {
        out.push({ messageId: "wrongLibc", data: { ...base, interpreter: b.interpreter, family, libc: image.libc }, evidence: { libraries: b.libraries }, location: loc(b), fixes });
      }
    }
    return out;
  }
});

// src/rules/artifact/gd811-glibc-too-old-in-image.ts
var gd811 = defineRule({
  id: "GD811",
  name: "glibc-too-old-in-image",
  category: "artifact",
  severity: "error",
  title: "The binary requires a newer glibc than the target image provides",
  requires: ["artifacts"],
  messages: {
    tooOld: '{subject} requires GLIBC_{required}, but {image} provides glibc {provided}: it fails with "version `GLIBC_{required}\' not found".'
  },
  fixTitles: {
    buildAgainstTheRuntime: "Build against the runtime image's glibc"
  },
  sources: ["https://sourceware.org/glibc/wiki/Glibc%20Timeline", "man:ld.so(8)", "https://refspecs.linuxfoundation.org/LSB_5.0.0/LSB-Core-generic/LSB-Core-generic/symversion.html", "https://packages.debian.org/bookworm/libc6"],
  fixable: true,
  docs: {
    what: "With --target-image, compares the highest GLIBC_x.y symbol version the binary needs (from .gnu.version_r) with the glibc release of the image.",
    why: "A cgo binary built on a newer distribution than it runs on links against versioned glibc symbols (e.g. GLIBC_2.34 for the merged libpthread) that the older glibc lacks; the loader refuses to start it.",
    fix: "Build on the oldest glibc you deploy to (a golang image on the same Debian release as the runtime image), use a newer runtime image, or build statically with CGO_ENABLED=0."
  },
  check({ artifacts }) {
    const image = artifacts.targetImage ? findImage(artifacts.targetImage) : null;
    if (!image || image.libc !== "glibc" || !image.libcVersion) return [];
    const provided = image.libcVersion;
    return artifacts.binaries.filter((b) => linuxElf(b) && b.glibcRequired && compareDotted(b.glibcRequired, provided) > 0).map((b) => ({
      messageId: "tooOld",
      data: { subject: label(b), required: b.glibcRequired, image: image.name, provided },
      evidence: { versionNeeds: b.versionNeeds, imageSource: image.source },
      location: loc(b),
      fixes: [{ kind: "manual", title: fixTitle("buildAgainstTheRuntime"), steps: [`Build in an image with glibc \u2264 ${provided} (the same release as ${image.name}), or`, "build with CGO_ENABLED=0 when no C code is needed."] }]
    }));
  }
});

// src/rules/artifact/gd812-library-missing-in-image.ts
var gd812 = defineRule({
  id: "GD812",
  name: "library-missing-in-image",
  category: "artifact",
  severity: "error",
  title: "The binary needs shared libraries the target image does not contain",
  requires: ["artifacts"],
  messages: {
    missing: '{subject} needs {libraries}, not in {image}: it fails with "error while loading shared libraries".',
    installable: "{subject} needs {libraries}, not in the base {image} image; install them in the runtime stage."
  },
  fixTitles: {
    installThePackagesThat: "Install the packages that provide them"
  },
  sources: ["man:ld.so(8)", "man:elf(5)", "https://github.com/GoogleContainerTools/distroless/blob/main/base/README.md"],
  fixable: true,
  docs: {
    what: "With --target-image, checks every DT_NEEDED library of each dynamically linked executable against the libraries the image is known to contain.",
    why: 'The loader resolves each needed library at start; one missing library stops the program before main with "error while loading shared libraries: \u2026: cannot open shared object file".',
    fix: "Install the libraries in the runtime image (apt-get/apk/dnf), pick an image that has them (distroless/cc for libstdc++ and libgcc), or link statically."
  },
  check({ artifacts }) {
    const image = artifacts.targetImage ? findImage(artifacts.targetImage) : null;
    if (!image || image.libc === "none") return [];
    const out = [];
    for (const b of artifacts.binaries.filter(linuxElf)) {
      if (b.interpreter && loaderFamily(b.interpreter) !== image.libc) continue;
      const missing = b.libraries.filter((l) => !imageHasLibrary(image, l));
      if (missing.length === 0) continue;
      const data = { subject: label(b), libraries: missing.join(", "), image: image.name };
      out.push(image.minimal || !image.install ? { messageId: "missing", data, location: loc(b) } : {
        messageId: "installable",
        severity: "warning",
        data,
        location: loc(b),
        fixes: [{ kind: "manual", title: fixTitle("installThePackagesThat"), steps: [`In the runtime stage: RUN ${image.install} <packages providing ${missing.join(", ")}>`] }]
      });
    }
    return out;
  }
});

// src/rules/artifact/gd813-no-ca-certificates-in-image.ts
var gd813 = defineRule({
  id: "GD813",
  name: "no-ca-certificates-in-image",
  category: "artifact",
  severity: "info",
  title: "The target image has no CA certificates for TLS",
  requires: ["artifacts"],
  messages: {
    noCerts: '{image} has no CA bundle: if the binary makes HTTPS/TLS connections they fail with "x509: certificate signed by unknown authority".'
  },
  fixTitles: {
    copyTheCaBundle: "Copy the CA bundle from the build stage (Dockerfile)"
  },
  sources: ["src/crypto/x509/root_linux.go", "https://docs.docker.com/build/building/base-images/#create-a-minimal-base-image-using-scratch"],
  fixable: true,
  docs: {
    what: "With --target-image, reports Go binaries headed for an image without /etc/ssl/certs/ca-certificates.crt (scratch, Debian and Ubuntu base images).",
    why: "crypto/x509 loads the system roots from a fixed list of files (src/crypto/x509/root_linux.go); when none exists every TLS handshake fails to verify. This cannot be seen from the binary, so it is a hint.",
    fix: 'Copy the bundle from the build stage (COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/), install ca-certificates, use distroless/static, or embed roots with import _ "golang.org/x/crypto/x509roots/fallback".'
  },
  check({ artifacts }) {
    const image = artifacts.targetImage ? findImage(artifacts.targetImage) : null;
    if (!image || image.caCertificates) return [];
    const first = artifacts.binaries.find((b) => b.isGo && b.format === "elf");
    if (!first) return [];
    return [{
      messageId: "noCerts",
      data: { image: image.name },
      location: loc(first),
      fixes: [{ kind: "command", title: fixTitle("copyTheCaBundle"), command: "COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/", safety: "safe" }]
    }];
  }
});

// src/rules/artifact/gd814-nothing-checked.ts
var gd814 = defineRule({
  id: "GD814",
  name: "nothing-checked",
  category: "artifact",
  severity: "error",
  title: "A path given to inspect --expect or --require yielded no binary to check",
  requires: ["artifacts"],
  messages: {
    noBinary: "{path} yielded no binary to check against --expect: {why}.",
    tooFew: "{count} binaries checked, --require asks for at least {required}."
  },
  sources: ["src/cmd/go/internal/version/version.go", "https://docs.github.com/actions/using-workflows/storing-workflow-data-as-artifacts"],
  fixable: false,
  docs: {
    what: "With --expect or --require, reports each path named on the command line that yielded no binary (a file that could not be read or is in no executable format, a directory holding only archives or scripts), and a total below --require N.",
    why: 'A release gate that checks nothing must not pass: an artifact step that uploaded archives instead of binaries, a changed output path, or a permission problem in CI would otherwise be reported as "every check passed".',
    fix: "Point inspect at the built binaries (unpack archives first), fix the path or its permissions, or lower --require to the number of binaries the release really has."
  },
  check({ artifacts }) {
    const gate = artifacts.expect !== null || artifacts.require !== null;
    if (!gate) return [];
    const out = [];
    for (const input of artifacts.inputs) {
      if (input.binaries > 0) continue;
      const own = artifacts.problems.find((p) => p.path === input.path);
      const why = own ? own.message : input.files === 0 ? "it holds no files" : `${input.files} file(s), none a Go binary (-v gives the reason per file)`;
      out.push({ messageId: "noBinary", data: { path: input.path, why }, evidence: { files: input.files }, location: { file: input.path } });
    }
    const count = artifacts.binaries.length;
    if (artifacts.require !== null && count < artifacts.require) {
      out.push({ messageId: "tooFew", data: { count, required: artifacts.require }, evidence: { inputs: artifacts.inputs.map((i) => `${i.path}: ${i.binaries}`) }, location: { file: artifacts.inputs[0]?.path ?? "." } });
    }
    return out;
  }
});

// src/rules/artifact/gd815-truncated-binary.ts
var gd815 = defineRule({
  id: "GD815",
  name: "truncated-binary",
  category: "artifact",
  severity: "error",
  title: "Binary is truncated or corrupt",
  requires: ["artifacts"],
  messages: {
    extents: "{subject} is truncated or corrupt: {first}{more}. The file has {size} bytes; what was read of it may be incomplete.",
    headers: "{path} is truncated or corrupt: {message}."
  },
  sources: ["man:elf(5)", "https://learn.microsoft.com/windows/win32/debug/pe-format", "src/debug/elf/file.go", "src/debug/pe/file.go", "src/debug/macho/file.go"],
  fixable: false,
  docs: {
    what: "Reports binaries whose program headers (segments), section headers or data directories (PE import and certificate tables, COFF symbols, Mach-O segments) place data past the end of the file, and files whose headers themselves are cut off or unreadable.",
    why: 'An interrupted download, a partial artifact upload or a full disk leaves a file whose headers are intact but whose body is gone. Such a file may still look like a valid, even "static", binary to a quick look, then fails at start (SIGBUS, "exec format error", "Bad EXE format") or misses its build info.',
    fix: "Re-download or rebuild the file and compare its size and checksum with the original; check the artifact upload and download steps and the free disk space where it was written."
  },
  check({ artifacts }) {
    const out = [];
    for (const b of artifacts.binaries) {
      if (b.truncated.length === 0) continue;
      const more = b.truncated.length > 1 ? ` (and ${b.truncated.length - 1} more)` : "";
      out.push({ messageId: "extents", data: { subject: label(b), first: b.truncated[0], more, size: b.size }, evidence: { pastEnd: b.truncated }, location: loc(b) });
    }
    for (const p of artifacts.problems) {
      if (p.kind === "corrupt") out.push({ messageId: "headers", data: { path: p.path, message: p.message.replace(/^corrupt or truncated: /, "") }, location: { file: p.path } });
    }
    return out;
  }
});

// src/rules/artifact/gd816-build-mode-mismatch.ts
var gd816 = defineRule({
  id: "GD816",
  name: "build-mode-mismatch",
  category: "artifact",
  severity: "error",
  title: "Binary was built with -race or a -buildmode other than expected",
  requires: ["artifacts"],
  messages: {
    race: "{subject} was built {actual}, expected {expected}.",
    buildmode: "{subject} was built with -buildmode={actual}, expected -buildmode={expected}."
  },
  fixTitles: {
    ...REBUILD_FIX_TITLES,
    rebuildWithRace: "Rebuild with the race detector",
    rebuildWithoutRace: "Rebuild without -race (check GOFLAGS too)"
  },
  sources: ["src/cmd/go/internal/load/pkg.go", "https://go.dev/doc/articles/race_detector", "https://pkg.go.dev/cmd/go#hdr-Build_modes"],
  fixable: true,
  docs: {
    what: "Compares the -race and -buildmode settings that go build records in build info with race= and buildmode= given to --expect.",
    why: "A race-enabled binary is 2 to 20 times slower, uses 5 to 10 times the memory, needs cgo and exits on the first race: a CI job that reuses a test build ships it. The build mode decides whether the result is an executable, a position-independent executable (pie, needed by some hardened platforms) or a library.",
    fix: "Build release binaries without -race, with the -buildmode the platform needs, and check GOFLAGS for inherited flags (go env GOFLAGS)."
  },
  check({ artifacts }) {
    const want = artifacts.expect;
    if (!want || want.race === void 0 && want.buildmode === void 0) return [];
    const out = [];
    for (const b of artifacts.binaries) {
      if (!b.buildInfo) continue;
      const race = setting(b, "-race") === "true";
      if (want.race !== void 0 && race !== want.race) {
        const says = /* @__PURE__ */ __name((on) => on ? "with -race" : "without -race", "says");
        out.push({ messageId: "race", data: { subject: label(b), actual: says(race), expected: says(want.race) }, location: loc(b), fixes: [rebuild({}, want.race ? ["-race"] : [], fixTitle(want.race ? "rebuildWithRace" : "rebuildWithoutRace"))] });
      }
      const mode = setting(b, "-buildmode") ?? "exe";
      const expected = want.buildmode === "default" ? "exe" : want.buildmode;
      if (expected !== void 0 && mode !== expected) {
        out.push({ messageId: "buildmode", data: { subject: label(b), actual: mode, expected }, location: loc(b), fixes: [rebuild({}, [`-buildmode=${expected}`])] });
      }
    }
    return out;
  }
});

// src/rules/artifact/gd817-file-capability-missing.ts
var gd817 = defineRule({
  id: "GD817",
  name: "file-capability-missing",
  category: "artifact",
  severity: "error",
  title: "Binary lacks a file capability it is expected to carry",
  requires: ["artifacts"],
  messages: {
    missing: 'The binary carries no {caps} file capability{have}: it runs without it (binding a port below 1024 as a non-root user fails with "bind: permission denied").',
    notEffective: "The binary has {caps} in its permitted set but not the effective bit ({have}): a Go program does not raise its own capabilities, so it runs without them.",
    unknown: "File capabilities could not be read, so --expect cap={caps} cannot be checked: {problem}."
  },
  fixTitles: {
    giveTheBinaryThe: "Give the binary the capability (after every build and copy)"
  },
  sources: ["man:capabilities(7)", "man:setcap(8)", "man:getcap(8)", "https://github.com/torvalds/linux/blob/master/include/uapi/linux/capability.h", "src/syscall/exec_linux.go"],
  fixable: true,
  docs: {
    what: "Reads the security.capability extended attribute of each Linux binary (with getcap, or getfattr) and compares it with cap= given to --expect: every capability named must be in the permitted set with the effective bit set.",
    why: 'setcap stores capabilities in an extended attribute of the file, not in the program: a rebuild writes a new file and `cp`, `go build -o`, `install` or an image layer without xattrs leave it without them, so a server that bound :443 as a non-root user yesterday fails with "listen tcp :443: bind: permission denied". A capability in the permitted set only is not enough for a Go binary: the runtime never calls capset to raise it, so the effective bit must be set (=ep).',
    fix: "Set the capability after every build and copy (`setcap cap_net_bind_service=+ep BINARY`), copy with attributes (`cp --preserve=xattr`, Docker `COPY` keeps none from the context: run setcap in the image), or grant it from the service manager instead (systemd AmbientCapabilities=CAP_NET_BIND_SERVICE)."
  },
  check({ artifacts }) {
    const want = artifacts.expect?.caps;
    if (!want?.length) return [];
    const caps = artifacts.capabilities;
    const linux = byFile(artifacts.binaries).map((slices) => slices[0]).filter((b) => b.format === "elf");
    if (linux.length === 0) return [];
    if (!caps || caps.reader === null) {
      return [{ messageId: "unknown", data: { caps: want.join("+"), problem: caps?.problem ?? "no capability reader ran" } }];
    }
    const out = [];
    for (const b of linux) {
      const has = caps.files.find((f) => f.path === b.path);
      const missing = want.filter((c) => !has?.permitted.includes(c));
      const fixes = [{ kind: "command", title: fixTitle("giveTheBinaryThe"), command: `sudo setcap ${want.join(",")}=+ep ${shQuote(b.path)}`, shell: "sh", os: "linux", safety: "review" }];
      const have = has ? `${has.permitted.join(",") || "none permitted"}${has.effective ? ", effective" : ", not effective"}` : "";
      if (missing.length) out.push({ messageId: "missing", data: { caps: missing.join(", "), have: has ? ` (it has ${have})` : "" }, evidence: { reader: caps.reader, fileCaps: has ?? null }, location: loc(b), fixes });
      else if (!has.effective) out.push({ messageId: "notEffective", data: { caps: want.join(", "), have }, evidence: { reader: caps.reader, fileCaps: has }, location: loc(b), fixes });
    }
    return out;
  }
});

// src/rules/artifact/gd850-modules-only-in-function-table.ts
var gd850 = defineRule({
  id: "GD850",
  name: "modules-only-in-function-table",
  category: "artifact",
  severity: "info",
  title: "Module versions survive only in the function table",
  requires: ["artifacts"],
  messages: {
    hidden: "{subject} has no build info, but the source paths of its function table name {count} module version(s): {modules}. Tools that read build info (go version -m, govulncheck, SBOM generators) see none of them."
  },
  sources: ["src/runtime/symtab.go", "src/debug/gosym/pclntab.go", "src/cmd/go/internal/modfetch/cache.go", "src/debug/buildinfo/buildinfo.go"],
  fixable: false,
  docs: {
    what: "For Go binaries without build info, lists the module@version pairs found in the file table of the function table (pclntab): paths in the module cache layout (GOMODCACHE/path@version/) or, with -trimpath, path@version/.",
    why: "Build info is the only place tools look for module versions: a binary whose build info was removed still contains the code of these versions, and a vulnerability in them goes unreported.",
    fix: "Ship binaries with their build info (do not remove .go.buildinfo). Until then, run govulncheck on the source at the same revision: `govulncheck -mode=binary` reads build info too."
  },
  check({ artifacts }) {
    return artifacts.binaries.filter((b) => !b.buildInfo && (b.recovered?.modules.length ?? 0) > 0).map((b) => {
      const mods = b.recovered.modules;
      return {
        messageId: "hidden",
        data: { subject: label(b), count: String(mods.length), modules: mods.map((m) => `${m.path}@${m.version}`).join(", ") },
        evidence: { modules: mods.map((m) => ({ module: `${m.path}@${m.version}`, file: m.file })), pclntab: b.recovered.pclntab },
        location: loc(b)
      };
    });
  }
});

// src/rules/artifact/gd851-version-stamp-not-in-build-info.ts
var gd851 = defineRule({
  id: "GD851",
  name: "version-stamp-not-in-build-info",
  category: "artifact",
  severity: "info",
  title: "Version set with -X while build info says (devel)",
  requires: ["artifacts"],
  messages: {
    devel: '{subject} was stamped {name}={value} (-ldflags=-X), but its build info gives the main module version "{version}": go version -m, govulncheck and SBOM generators report that instead.'
  },
  sources: ["src/cmd/go/internal/load/pkg.go", "src/cmd/link/internal/ld/data.go", "https://go.dev/doc/go1.24#go-command"],
  fixable: false,
  docs: {
    what: "Reports binaries whose main.version, main.Version or .../version.Version variable holds a value (read through the symbol table) while build info records the main module version as (devel).",
    why: "Release tooling stamps the version with -X, but tools that inventory binaries read the module version from build info. Since Go 1.24 go build records the version of a tagged VCS checkout there (setBuildInfo in cmd/go/internal/load/pkg.go); older Go, -buildvcs=false or an untagged checkout leave (devel).",
    fix: "Build with Go 1.24 or later from a clean checkout of the release tag with VCS stamping on (the default; not -buildvcs=false), or install with `go install module@version`, which records the version."
  },
  check({ artifacts }) {
    return artifacts.binaries.filter((b) => b.buildInfo?.main?.version === "(devel)" && b.versionVariables.length > 0).map((b) => {
      const v = b.versionVariables[0];
      return {
        messageId: "devel",
        data: { subject: label(b), name: v.name, value: v.value, version: b.buildInfo.main.version },
        evidence: { versionVariables: b.versionVariables },
        location: loc(b)
      };
    });
  }
});

// src/rules/artifact/gd840-binary-stdlib-advisories.ts
var gd840 = defineRule({
  id: "GD840",
  name: "binary-stdlib-advisories",
  category: "artifact",
  severity: "warning",
  title: "A binary was built by a Go release with known standard-library vulnerabilities",
  requires: ["vulns"],
  messages: {
    stdlib: "{path} was built by {goVersion}: {count} standard-library advisories, fixed from {firstFix} on (all of them by {fixedIn}): {ids}. {matching}; govulncheck -mode=binary checks the symbols the binary contains."
  },
  sources: [...VULN_SOURCES, "src/runtime/debug/mod.go"],
  fixable: true,
  docs: {
    what: "With `inspect --vuln` (or --vulndb DIR), matches the Go version recorded in each binary (build info, or the runtime version string) against the standard-library entries of the Go vulnerability database, offline.",
    why: "The standard library is compiled into the binary: a fixed Go release on the build machine does not fix a binary built before it. Only rebuilding does.",
    fix: "Rebuild the binary with a fixed Go release and redeploy it."
  },
  check({ vulns }) {
    return vulns.binaries.filter((b) => b.stdlib.length > 0).map((b) => {
      const fixedIn = fixedInAll(b.stdlib);
      const firstFix = earliestFix(b.stdlib);
      return {
        messageId: "stdlib",
        data: { path: b.path, goVersion: b.goVersion ?? "unknown", count: b.stdlib.length, firstFix: firstFix ? semverToGo(firstFix) : "no release yet", fixedIn: fixedIn ? semverToGo(fixedIn) : "no release yet", ids: listAdvisories(b.stdlib), matching: VERSION_MATCHING },
        location: { file: b.path },
        evidence: { advisories: b.stdlib.map((a) => ({ id: a.id, fixed: a.fixed, aliases: a.aliases })) }
      };
    });
  }
});

// src/rules/artifact/gd841-binary-module-advisories.ts
var gd841 = defineRule({
  id: "GD841",
  name: "binary-module-advisories",
  category: "artifact",
  severity: "warning",
  title: "A binary contains module versions with known vulnerabilities",
  requires: ["vulns"],
  messages: {
    module: "{path} contains {module} {version}: {count} known advisories: {ids}; {fixedIn}. {matching}; govulncheck -mode=binary checks the symbols the binary contains."
  },
  sources: [...VULN_SOURCES, "src/runtime/debug/mod.go"],
  fixable: true,
  docs: {
    what: "With `inspect --vuln` (or --vulndb DIR), matches every module of each binary's build info (the replacement when one was built) against the Go vulnerability database, offline, by version.",
    why: "A shipped binary keeps the module versions it was built with; an upgrade in go.mod fixes nothing until the binary is rebuilt and replaced.",
    fix: "Upgrade the module in the program's go.mod, rebuild and redeploy; govulncheck -mode=binary tells which advisories the binary's code reaches."
  },
  check({ vulns }) {
    return vulns.binaries.flatMap((b) => b.modules.map((m) => {
      const fixed = fixedInAll(m.advisories);
      return {
        messageId: "module",
        data: { path: b.path, module: m.path, version: m.version, count: m.advisories.length, ids: listAdvisories(m.advisories), fixedIn: fixed ? `all with a fix are fixed in ${fixed}` : "no fixed version yet", matching: VERSION_MATCHING },
        location: { file: b.path },
        evidence: { advisories: m.advisories.map((a) => ({ id: a.id, fixed: a.fixed, aliases: a.aliases })) }
      };
    }));
  }
});

// src/rules/artifact/index.ts
var ARTIFACT_RULES = [gd801, gd802, gd803, gd804, gd805, gd806, gd807, gd808, gd809, gd810, gd811, gd812, gd813, gd814, gd815, gd816, gd817, gd850, gd851];
var ARTIFACT_VULN_RULES = [gd840, gd841];

export {
  VARIANT_SETTING,
  normalizeVariant,
  binaryVariant,
  FORMAT_NAMES,
  IMAGES,
  findImage,
  ARTIFACT_RULES,
  ARTIFACT_VULN_RULES
};
