import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  buildTags,
  cgoBreaks,
  goError,
  golangciFor,
  packageDirIn,
  resolvePatterns
} from "./chunk-TEAIDRKW.js";
import {
  GOFLAGS_QUOTES_SINCE,
  TYPE_CHECKING_SOURCES,
  TYPE_CHECKING_TOOLS,
  checkGoflags,
  repairGoflags,
  typeCheckingTool
} from "./chunk-KB37XK2A.js";
import {
  toolchainForGoLine,
  versionFromToolchain
} from "./chunk-HCNRKEPA.js";
import {
  setupBlock,
  setupFileFor,
  syntaxOf
} from "./chunk-NKKUPBPJ.js";
import {
  likelyTypoOf
} from "./chunk-YKY675GG.js";
import {
  UNSET_FIX_TITLES,
  defineRule,
  fixTitle,
  originLocation,
  originText,
  unsetFixes
} from "./chunk-NUDDGLDA.js";
import {
  fishQuote,
  shQuote
} from "./chunk-ER3ZTGQR.js";
import {
  GOAMD64_SOURCES,
  GOMAXPROCS_SOURCES,
  RACE_GLIBC_MINIMUM,
  compareDotted,
  defaultGomaxprocs,
  kernelBackportCovers,
  missingFlagsFor,
  platformMinimum
} from "./chunk-W5XSRNJ5.js";
import {
  compareGoVersions,
  findGoVersion,
  goLang,
  isValidGoVersion
} from "./chunk-S74V6A24.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/rules/toolchain/gd101-no-go-on-path.ts
var gd101 = defineRule({
  id: "GD101",
  name: "no-go-on-path",
  category: "toolchain",
  severity: "error",
  title: "No go command on PATH",
  requires: ["toolchains"],
  messages: {
    none: "No `go` found in any of the {count} PATH entries.",
    offPath: "No `go` on PATH, but a Go install exists at {path} ({version}); its bin directory is not on PATH."
  },
  fixTitles: {
    addItToPath: "Add it to PATH for login shells",
    addItToPath2: "Add it to PATH in fish",
    installGoFromThe: "Install Go from the official archive",
    orTheDistributionPackage: "Or the distribution package",
    orHomebrew: "Or Homebrew"
  },
  sources: ["https://go.dev/doc/install", "https://go.dev/wiki/Ubuntu"],
  fixable: true,
  docs: {
    what: "Reports when no executable named go (go.exe on Windows) is found in any PATH directory.",
    why: "Every Go command, IDE and build script runs the first go on PATH; without one nothing builds. An install whose bin directory is missing from PATH is the usual cause after a tarball install.",
    fix: "Install Go (https://go.dev/doc/install) or add the bin directory of an existing install to PATH in the startup file of the shell and context that needs it."
  },
  check({ toolchains }) {
    if (toolchains.installs.length > 0) return [];
    const existing = toolchains.offPath.find((g) => g.reportedVersion || g.versionFile);
    if (existing) {
      const bin = existing.path.replace(/[/\\]go(\.exe)?$/, "");
      const fixes = [
        { kind: "command", title: fixTitle("addItToPath"), shell: "sh", command: `echo 'export PATH="$PATH:${bin}"' >> ~/.profile`, safety: "review" },
        { kind: "command", title: fixTitle("addItToPath2"), shell: "fish", command: `fish_add_path ${bin}`, safety: "review" }
      ];
      return [{
        messageId: "offPath",
        data: { path: existing.path, version: existing.reportedVersion ?? existing.versionFile ?? "unknown version" },
        evidence: { pathEntries: toolchains.pathEntries.map((e) => e.dir) },
        fixes
      }];
    }
    return [{
      messageId: "none",
      data: { count: toolchains.pathEntries.length },
      evidence: { pathEntries: toolchains.pathEntries.map((e) => e.dir) },
      fixes: [
        { kind: "manual", title: fixTitle("installGoFromThe"), steps: ["Download the archive for your platform from https://go.dev/dl/", "rm -rf /usr/local/go && tar -C /usr/local -xzf go*.linux-*.tar.gz", "Add /usr/local/go/bin to PATH in ~/.profile"], url: "https://go.dev/doc/install" },
        { kind: "command", title: fixTitle("orTheDistributionPackage"), os: "debian", command: "sudo apt-get install golang-go", safety: "review" },
        { kind: "command", title: fixTitle("orHomebrew"), os: "darwin", command: "brew install go", safety: "review" }
      ]
    }];
  }
});

// src/rules/toolchain/gd102-first-go-not-newest.ts
var binDir = /* @__PURE__ */ __name((g) => g.path.replace(/[/\\]go(\.exe)?$/, ""), "binDir");
var gd102 = defineRule({
  id: "GD102",
  name: "first-go-not-newest",
  category: "toolchain",
  severity: "warning",
  title: "The go that runs first on PATH is not the newest one installed",
  requires: ["toolchains"],
  messages: {
    shadowedNewer: "{first} ({firstVersion}) runs first on PATH, but a newer {newer} ({newerVersion}) comes later at PATH position {newerIndex}.",
    newerOffPath: "{first} ({firstVersion}) runs, while a newer Go {newerVersion} is installed at {newer} but not on PATH."
  },
  fixTitles: {
    putTheNewerGo: "Put the newer Go first on PATH (in ~/.profile for login shells)",
    inFish: "In fish"
  },
  sources: ["https://go.dev/doc/manage-install", "https://go.dev/doc/install"],
  fixable: true,
  docs: {
    what: "Compares the version of every go on PATH (and in the usual install locations) with the one PATH picks first.",
    why: "The first go on PATH is the one every shell, script and IDE runs. When an older distribution package or version-manager shim sits ahead of a newly installed release, builds use the old toolchain and fail on newer go.mod requirements.",
    fix: "Put the bin directory of the intended install first on PATH, or uninstall the older one. Scripts should call the intended go by absolute path."
  },
  check({ toolchains }) {
    const [first, ...rest] = toolchains.installs;
    if (!first?.reportedVersion) return [];
    const sameAsFirst = /* @__PURE__ */ __name((g) => (g.realPath ?? g.path) === (first.realPath ?? first.path), "sameAsFirst");
    const newer = rest.filter((g) => !sameAsFirst(g) && g.reportedVersion && compareGoVersions(g.reportedVersion, first.reportedVersion) > 0).sort((a, b) => compareGoVersions(b.reportedVersion, a.reportedVersion))[0];
    const fix = /* @__PURE__ */ __name((g) => [
      { kind: "command", title: fixTitle("putTheNewerGo"), shell: "sh", command: `export PATH="${binDir(g)}:$PATH"`, safety: "review" },
      { kind: "command", title: fixTitle("inFish"), shell: "fish", command: `fish_add_path --move ${binDir(g)}`, safety: "review" }
    ], "fix");
    if (newer) {
      return [{
        messageId: "shadowedNewer",
        data: { first: first.path, firstVersion: first.reportedVersion, newer: newer.path, newerVersion: newer.reportedVersion, newerIndex: newer.pathIndex ?? -1 },
        evidence: { installs: toolchains.installs.map((g) => `${g.path} ${g.reportedVersion ?? "?"} (${g.installKind})`) },
        fixes: fix(newer)
      }];
    }
    const off = toolchains.offPath.filter((g) => g.reportedVersion && compareGoVersions(g.reportedVersion, first.reportedVersion) > 0).sort((a, b) => compareGoVersions(b.reportedVersion, a.reportedVersion))[0];
    if (off) {
      return [{
        messageId: "newerOffPath",
        severity: "info",
        data: { first: first.path, firstVersion: first.reportedVersion, newer: off.path, newerVersion: off.reportedVersion },
        evidence: { offPath: toolchains.offPath.map((g) => `${g.path} ${g.reportedVersion ?? "?"}`) },
        fixes: fix(off)
      }];
    }
    return [];
  }
});

// src/rules/toolchain/gd103-version-file-mismatch.ts
var gd103 = defineRule({
  id: "GD103",
  name: "version-file-mismatch",
  category: "toolchain",
  severity: "error",
  title: "$GOROOT/VERSION differs from the version the go binary reports",
  requires: ["toolchains"],
  messages: {
    mismatch: "{path} reports {reported}, but {goroot}/VERSION says {file}: the tree mixes two Go releases."
  },
  fixTitles: {
    reinstallIntoAnEmpty: "Reinstall into an empty directory"
  },
  sources: ["https://go.dev/doc/install", "src/cmd/dist/build.go"],
  fixable: true,
  docs: {
    what: "Reads the first line of VERSION in the GOROOT each go binary belongs to and compares it with what `go version` prints.",
    why: 'The official instructions say to delete /usr/local/go before extracting a new archive. Extracting over an old tree leaves files of both releases; the compiler and standard library then disagree and builds fail with errors such as `compile: version "go1.X" does not match go tool version "go1.Y"`.',
    fix: "Remove the tree and extract the archive again into an empty directory."
  },
  check({ toolchains }) {
    return [...toolchains.installs, ...toolchains.offPath].flatMap((g, i) => {
      if (!g.versionFile || !g.reportedVersion || !g.goroot) return [];
      if (!isValidGoVersion(g.versionFile) || !isValidGoVersion(g.reportedVersion)) return [];
      if (compareGoVersions(g.versionFile, g.reportedVersion) === 0) return [];
      return [{
        messageId: "mismatch",
        severity: i === 0 && g.onPath ? "error" : "warning",
        data: { path: g.path, reported: g.reportedVersion, goroot: g.goroot, file: g.versionFile },
        evidence: { installKind: g.installKind, realPath: g.realPath },
        fixes: [{ kind: "manual", title: fixTitle("reinstallIntoAnEmpty"), steps: [`sudo rm -rf ${g.goroot}`, `sudo tar -C ${g.goroot.replace(/\/go$/, "") || "/usr/local"} -xzf go${g.reportedVersion.replace(/^go/, "")}.<os>-<arch>.tar.gz (or the release you want)`], url: "https://go.dev/doc/install" }]
      }];
    });
  }
});

// src/rules/toolchain/gd104-go-probe-failed.ts
var gd104 = defineRule({
  id: "GD104",
  name: "go-probe-failed",
  category: "toolchain",
  severity: "error",
  title: "A go command on PATH does not run properly",
  requires: ["toolchains"],
  messages: {
    failed: "{path} failed to report its version: {error}."
  },
  fixTitles: {
    checkItByHand: "Check it by hand"
  },
  sources: ["https://pkg.go.dev/cmd/go#hdr-Print_Go_version", "src/cmd/go/internal/version/version.go", "src/debug/buildinfo/buildinfo.go"],
  fixable: false,
  docs: {
    what: "Asks every go found for its version and reports the ones that hang, exit with an error or print something that is not a version line. A cmd/go binary for this machine is read, not run: its build info holds exactly what `go version` prints under GOTOOLCHAIN=local (runtime.Version() and its GOOS/GOARCH). Anything else (scripts, shims, wrappers, binaries for another architecture, files that do not parse) is run as `go version` with GOTOOLCHAIN=local, from an empty directory, with a timeout. The go that wins on PATH also runs `go env -json` (GD215).",
    why: "A broken go binary or wrapper (a version-manager shim without a selected version, a truncated download, a binary for another architecture, a hung network filesystem) fails every build, often with confusing errors from the tools that call it.",
    fix: "Run the reported command by hand to see its error; reinstall the toolchain or remove the broken entry from PATH."
  },
  check({ toolchains }) {
    return [...toolchains.installs, ...toolchains.offPath].filter((g) => g.probeError).map((g, i) => ({
      messageId: "failed",
      severity: i === 0 && g.onPath ? "error" : "warning",
      data: { path: g.path, error: g.probeError },
      evidence: { realPath: g.realPath, installKind: g.installKind, onPath: g.onPath },
      fixes: [{ kind: "manual", title: fixTitle("checkItByHand"), steps: [`GOTOOLCHAIN=local ${g.path} version`, "Reinstall that toolchain, or remove its directory from PATH"] }]
    }));
  }
});

// src/rules/toolchain/gd105-broken-go-on-path.ts
var gd105 = defineRule({
  id: "GD105",
  name: "broken-go-on-path",
  category: "toolchain",
  severity: "warning",
  title: "A go entry on PATH is broken",
  requires: ["toolchains"],
  messages: {
    broken: "{path} is on PATH but cannot run: {problem}."
  },
  fixTitles: {
    removeTheBrokenEntry: "Remove the broken entry (check what it pointed to first)"
  },
  sources: ["man:execvp(3)", "man:path_resolution(7)"],
  fixable: true,
  docs: {
    what: "Finds files named go in PATH directories that are dangling or looping symlinks, directories, or lack the execute bit.",
    why: 'Shells skip such entries silently (or report "permission denied"), so a different go runs than the one the user thinks they installed; a dangling /usr/local/bin/go usually remains after an uninstall.',
    fix: "Remove the broken entry or point the symlink at a real toolchain."
  },
  check({ toolchains }) {
    return toolchains.brokenOnPath.map((b) => ({
      messageId: "broken",
      data: { path: b.path, problem: b.problem },
      fixes: [{ kind: "command", title: fixTitle("removeTheBrokenEntry"), shell: "sh", command: `ls -l ${b.path} && sudo rm ${b.path}`, safety: "destructive" }]
    }));
  }
});

// src/rules/toolchain/gd106-snap-go-auto-refresh.ts
var gd106 = defineRule({
  id: "GD106",
  name: "snap-go-auto-refresh",
  category: "toolchain",
  severity: "info",
  title: "The go that runs comes from a snap that refreshes automatically",
  requires: ["toolchains"],
  messages: {
    snap: "{path} is the Go snap ({version}); snapd refreshes it along its tracked channel, and its GOROOT path changes with each revision."
  },
  fixTitles: {
    stayOnOneGo: "Stay on one Go release"
  },
  sources: ["https://snapcraft.io/docs/managing-updates", "https://snapcraft.io/go"],
  fixable: true,
  docs: {
    what: "Reports when the winning go lives under /snap.",
    why: "snapd refreshes snaps in the background, so the Go version can change without anyone running an install, and tools that stored /snap/go/<revision> as GOROOT break after a refresh.",
    fix: "Track a versioned channel (for example 1.22/stable) so refreshes stay within one Go release, or install from the official archive or the distribution package."
  },
  check({ toolchains }) {
    const first = toolchains.installs[0];
    if (!first || first.installKind !== "snap") return [];
    const minor = /^go(\d+\.\d+)/.exec(first.reportedVersion ?? "")?.[1];
    return [{
      messageId: "snap",
      data: { path: first.path, version: first.reportedVersion ?? "unknown version" },
      evidence: { realPath: first.realPath, goroot: first.goroot },
      fixes: [{ kind: "command", title: fixTitle("stayOnOneGo"), os: "linux", command: `sudo snap refresh go --channel=${minor ?? "1.N"}/stable`, safety: "review" }]
    }];
  }
});

// src/rules/toolchain/gd107-relative-path-entry.ts
var gd107 = defineRule({
  id: "GD107",
  name: "relative-path-entry",
  category: "toolchain",
  severity: "warning",
  title: "PATH has an empty or relative entry",
  requires: ["toolchains"],
  messages: {
    empty: "PATH entry {position} is empty: shells search the current directory there, so a go, gcc or git in any directory you cd into runs in place of the installed one.",
    relative: "PATH entry {position} ({dir}) is relative: it is resolved against the current directory, so programs run from whatever directory you are in."
  },
  fixTitles: {
    dropTheEntryFrom: "Drop the entry from PATH"
  },
  sources: [
    "https://go.dev/doc/go1.19#os-exec-path",
    "src/os/exec/exec.go",
    "src/os/exec/lp_unix.go",
    "https://pubs.opengroup.org/onlinepubs/9799919799/basedefs/V1_chap08.html#tag_08_03"
  ],
  fixable: false,
  docs: {
    what: "Finds PATH entries that are empty (a leading, trailing or doubled colon) or relative (such as `.` or `bin`).",
    why: "POSIX defines an empty PATH entry as the current directory, and a relative one is resolved against it: a command name then finds programs in whatever directory the shell is in, including a freshly cloned repository that ships its own `go` or `gcc`. Go 1.19 made os/exec refuse such results (exec.ErrDot), so Go tools and the shell disagree about which program a name means. godiag never searches these entries.",
    fix: "Remove the entry from the line that builds PATH in your startup file (look for `::`, a leading or trailing `:`, or `.`), or replace it with an absolute directory."
  },
  check({ toolchains }) {
    return toolchains.pathEntries.filter((e) => e.relative).map((e) => ({
      messageId: e.dir === "" ? "empty" : "relative",
      data: { position: e.index + 1, dir: e.dir },
      evidence: { pathEntries: toolchains.pathEntries.map((x) => x.dir) },
      fixes: [{ kind: "manual", title: fixTitle("dropTheEntryFrom"), steps: ["Find the line that sets PATH in your shell startup files (`godiag shell` shows it with file:line).", `Remove the ${e.dir === "" ? "empty entry (a doubled, leading or trailing colon)" : `entry ${JSON.stringify(e.dir)}`}, or write an absolute directory instead.`] }]
    }));
  }
});

// src/rules/settings/gotoolchain-fixes.ts
var GOTOOLCHAIN_FIX_TITLES = {
  changeGotoolchainExport: "GOTOOLCHAIN comes from the process environment, where `go env -w` cannot override it: change the export ({why})",
  forOneCommand: "For one command only",
  setGotoolchainInGoEnvFile: "Set GOTOOLCHAIN={value} in the go env file ({why})"
};
function gotoolchainFixes(source, value, why) {
  if (source === "env" || source === "recorded") {
    return [
      {
        kind: "manual",
        title: fixTitle("changeGotoolchainExport", { why }),
        steps: [
          "Find it: `godiag shell` lists the startup files that set it; also check CI variables, Dockerfile ENV lines and systemd units",
          `Replace it with GOTOOLCHAIN=${value}, or remove it so the go env file and $GOROOT/go.env decide`
        ],
        url: "https://go.dev/doc/toolchain#select"
      },
      { kind: "command", title: fixTitle("forOneCommand"), shell: "sh", command: `GOTOOLCHAIN=${value} go build ./...`, safety: "review" }
    ];
  }
  return [{ kind: "command", title: fixTitle("setGotoolchainInGoEnvFile", { value, why }), command: `go env -w GOTOOLCHAIN=${value}`, safety: "review" }];
}
__name(gotoolchainFixes, "gotoolchainFixes");

// src/rules/toolchain/gd109-effective-toolchain-differs.ts
var gd109 = defineRule({
  id: "GD109",
  name: "effective-toolchain-differs",
  category: "toolchain",
  severity: "warning",
  title: "Every go command here runs another toolchain than the go on PATH",
  requires: ["project"],
  messages: {
    usePath: "Every go command in {dir} runs {target}, not the {local} on PATH: {why}. Exec finds {target} on PATH and runs it.",
    useCache: "Every go command in {dir} runs {target}, not the {local} on PATH: {why}. It runs from the module cache ({cachedPath}).",
    download: "Every go command in {dir} runs {target}, not the {local} on PATH: {why}. {target} is not downloaded yet: the first go command fetches {module} through GOPROXY, which fails offline.",
    failDownload: 'Every go command in {dir} needs {target}, not the {local} on PATH: {why}. {target} is not downloaded and GOPROXY=off forbids it, so every go command fails with "download {target} for {platform}: toolchain not available".',
    failPath: 'Every go command in {dir} needs {target}, not the {local} on PATH: {why}, and only looks on PATH, where there is no {target}: "cannot find \\"{target}\\" in PATH".'
  },
  fixTitles: {
    ...GOTOOLCHAIN_FIX_TITLES,
    dropTheToolchainLine: "Drop the toolchain line if the switch is not wanted (run in {value})",
    orDownloadNowWhile: "Or download {target} now, while online"
  },
  sources: ["src/cmd/go/internal/toolchain/select.go (Select, Exec)", "src/cmd/go/internal/modfetch/fetch.go (Download)", "https://go.dev/doc/toolchain#select"],
  fixable: true,
  docs: {
    what: "Predicts the toolchain every go command runs in the project directory, as toolchain/select.go does: GOTOOLCHAIN=goV (or goV+auto / goV+path) sets a minimum, and under auto or path a go.mod or go.work toolchain line above it wins. Exec then looks for goV on PATH, then in the module cache (GOMODCACHE/golang.org/toolchain@v0.0.1-goV.GOOS-GOARCH), then downloads it unless the mode is +path. Reports where it comes from and whether it is already downloaded.",
    why: 'The go command re-executes the selected toolchain before doing anything, `go version` and `go env` included, so the go on PATH (and its version) is not what builds. A toolchain that is not downloaded yet fails on offline machines and with GOPROXY=off ("toolchain not available").',
    fix: "If the switch is unintended, change GOTOOLCHAIN where it comes from (an exported variable beats `go env -w`) or drop the toolchain line (`go mod edit -toolchain=none`); if intended, download the toolchain once while online."
  },
  check({ project }) {
    const s = project.selection;
    if (!s || !s.target || s.targetFrom !== "GOTOOLCHAIN" && s.targetFrom !== "toolchain-line") return [];
    const why = s.targetFrom === "GOTOOLCHAIN" ? `GOTOOLCHAIN=${s.gotoolchain} (from ${s.gotoolchainSource}) selects it` : `the toolchain line of ${s.file} asks for it and GOTOOLCHAIN=${s.gotoolchain} (from ${s.gotoolchainSource}) allows the switch`;
    const data = { dir: project.cwd, target: s.target, local: s.local, why, cachedPath: s.cachedPath ?? "", module: s.downloadModule ?? "", platform: (s.downloadModule ?? "").replace(/^.*\.([a-z0-9]+)-([a-z0-9]+)$/, "$1/$2") };
    const undo = s.targetFrom === "GOTOOLCHAIN" ? gotoolchainFixes(s.gotoolchainSource, "auto", `to run the go on PATH unless a go.mod needs newer`) : [{ kind: "command", title: fixTitle("dropTheToolchainLine", { value: s.file ? s.file.replace(/\/[^/]+$/, "") : "the module" }), command: "go mod edit -toolchain=none", safety: "review" }];
    const fetch = { kind: "command", title: fixTitle("orDownloadNowWhile", { target: s.target }), shell: "sh", command: `GOPROXY=https://proxy.golang.org,direct GOTOOLCHAIN=${s.target} go version`, safety: "review" };
    const one = /* @__PURE__ */ __name((messageId, fixes, severity) => [{ messageId, data, evidence: { selection: s }, fixes, ...severity ? { severity } : {} }], "one");
    switch (s.action) {
      case "use-path":
        return one("usePath", undo, "info");
      case "use-cache":
        return one("useCache", undo);
      case "download":
        return one("download", [...undo, fetch]);
      case "fail-download":
        return one("failDownload", [...undo, fetch], "error");
      case "fail-path":
        return one("failPath", undo, "error");
      default:
        return [];
    }
  }
});

// src/knowledge/go-releases.ts
var GO_RELEASES = {
  16: "2021-02-16",
  17: "2021-08-16",
  18: "2022-03-15",
  19: "2022-08-02",
  20: "2023-02-01",
  21: "2023-08-08",
  22: "2024-02-06",
  23: "2024-08-13",
  24: "2025-02-11",
  25: "2025-08-12",
  26: "2026-02-10",
  27: null
};
var minorOf = /* @__PURE__ */ __name((v) => Number(/^(?:go)?1\.(\d+)/.exec(v)?.[1] ?? NaN), "minorOf");
function endOfSupport(version, seen = []) {
  const minor = minorOf(version);
  if (!Number.isFinite(minor) || /(rc|beta)\d+$/.test(version)) return null;
  const known = new Set([...Object.keys(GO_RELEASES).map(Number), ...seen.filter((v) => !/(rc|beta)\d+$/.test(v) && compareGoVersions(v, "1.0") > 0).map(minorOf)].filter(Number.isFinite));
  const newest = Math.max(...known);
  if (newest < minor + 2) return null;
  return { newer: minor + 2, released: GO_RELEASES[minor + 2] ?? null, newest };
}
__name(endOfSupport, "endOfSupport");

// src/rules/toolchain/gd110-go-release-unsupported.ts
var gd110 = defineRule({
  id: "GD110",
  name: "go-release-unsupported",
  category: "toolchain",
  severity: "warning",
  title: "The go that runs is past end of support",
  requires: ["toolchains"],
  messages: {
    unsupported: "{path} is {version}, past end of support: each major release is supported until two newer ones exist, and Go 1.{newer} came out{released}, so 1.{minor} gets no security fixes (newest major known here: 1.{newest})."
  },
  fixTitles: {
    installASupportedRelease: "Install a supported release"
  },
  sources: ["https://go.dev/doc/devel/release#policy", "https://go.dev/doc/devel/release", "https://pkg.go.dev/std?tab=versions"],
  fixable: true,
  docs: {
    what: "Compares the version of the go that PATH runs with a table of Go major releases (dates of each go1.N.0) and with the newest release seen on this machine; only the two newest majors are supported.",
    why: "The Go team issues minor releases, security fixes included, for the two newest major releases only. Distribution packages (Debian 12 ships go1.19.8) keep an older major long after that; vulnerabilities fixed in the standard library since then stay in every binary it builds.",
    fix: "Install a supported release (https://go.dev/dl/) and put it first on PATH; let go.mod and CI name a supported go line."
  },
  check({ toolchains }) {
    const first = toolchains.installs[0];
    const version = first?.reportedVersion;
    if (!first || !version) return [];
    const seen = [...toolchains.installs, ...toolchains.offPath].map((g) => g.reportedVersion).filter((v) => !!v);
    const eos = endOfSupport(version, seen);
    if (!eos) return [];
    return [{
      messageId: "unsupported",
      data: { path: first.path, version, minor: Number(/^go1\.(\d+)/.exec(version)?.[1]), newer: eos.newer, released: eos.released ? ` on ${eos.released}` : "", newest: eos.newest },
      evidence: { seen },
      fixes: [{ kind: "manual", title: fixTitle("installASupportedRelease"), steps: [`Download Go 1.${eos.newest} (or 1.${eos.newest - 1}) from https://go.dev/dl/`, "Put its bin directory first on PATH in your login shell file"], url: "https://go.dev/doc/install" }]
    }];
  }
});

// src/rules/toolchain/tool-go.ts
function sourceGo(project, runningGo) {
  const s = project?.selection;
  const runs = s?.target && ["use-path", "use-cache", "download"].includes(s.action) ? s.target : s?.local || runningGo;
  const file = project?.gowork ?? project?.gomod ?? null;
  const line = file?.go ? goLang(file.go) : "";
  const running = runs ? goLang(runs) : "";
  if (!line && !running) return null;
  const local = s?.local || runningGo;
  if (line && (!running || compareGoVersions(line, running) >= 0)) return { lang: line, because: `the go line of ${file.path}`, runs, local };
  return { lang: running, because: `${runs}, the go that runs here`, runs, local };
}
__name(sourceGo, "sourceGo");
function pinnedTool(project, mainPackage) {
  const gomod = project?.gomod;
  if (!gomod) return null;
  const toolsGo = (project.toolsGo ?? []).find((t) => t.imports.includes(mainPackage));
  const via = gomod.tools.includes(mainPackage) ? `\`tool ${mainPackage}\`` : toolsGo ? `the import in ${toolsGo.path}` : null;
  if (!via) return null;
  if (gomod.module && (mainPackage === gomod.module || mainPackage.startsWith(`${gomod.module}/`))) return null;
  const provider = gomod.requires.filter((r) => mainPackage === r.path || mainPackage.startsWith(`${r.path}/`)).sort((a, b) => b.path.length - a.path.length)[0];
  if (!provider || gomod.replaces.some((r) => r.from === provider.path)) return null;
  return { gomod: gomod.path, module: provider.path, version: provider.version, via };
}
__name(pinnedTool, "pinnedTool");
function installPinnedCommand(gomod, mainPackage, toolchain = "") {
  return `cd ${shQuote(gomod.replace(/[\\/]go\.mod$/, "") || "/")} && ${toolchain}go install ${shQuote(mainPackage)}`;
}
__name(installPinnedCommand, "installPinnedCommand");

// src/rules/toolchain/gd111-tool-built-with-older-go.ts
var gd111 = defineRule({
  id: "GD111",
  name: "tool-built-with-older-go",
  category: "toolchain",
  severity: "warning",
  title: "A Go tool was built with a Go older than the code it reads here",
  requires: ["tools"],
  messages: {
    tooOld: "{command} ({path}) was built with {toolGo}, older than go{need} ({because}): it type-checks with the go/types of {toolGo}, so it {failure}."
  },
  fixTitles: {
    rebuildItWith: "Install a release built with go{need} or newer",
    installThePinnedVersion: "Install the version go.mod pins ({version}), built with go{need} or newer",
    installGolangciLint: "Install golangci-lint {since} or later, a released binary",
    replaceThePackagedCopy: "Replace the copy on PATH with one built by a newer Go"
  },
  sources: [...TYPE_CHECKING_SOURCES, ...TYPE_CHECKING_TOOLS.map((t) => t.source)],
  fixable: true,
  docs: {
    what: `Reads the build info of the programs in GOBIN (or each GOPATH/bin) and of the first ${TYPE_CHECKING_TOOLS.map((t) => t.command).join(", ")} on PATH, without running them, and compares the Go that built each listed tool with the newer of the module's (or workspace's) go line and the go that runs here.`,
    why: 'These tools parse and type-check source with the go/parser, go/types and export-data readers compiled into them. Since Go 1.21 go/types refuses packages whose go line is newer ("package requires newer Go version go1.27 (application built with go1.26)"); older builds fail on the newer standard library that `go list` hands them ("undeclared name: max", "internal error in importing"). A tool that ignores type errors (stringer) is not judged.',
    fix: "Rebuild the same version of the tool with a Go at least as new: `go install PATH@VERSION` (with GOTOOLCHAIN naming a newer Go when the one that runs is older); a copy installed by a package manager is replaced or put behind GOBIN on PATH."
  },
  check({ tools, all }) {
    const project = all.project?.ok ? all.project.value : null;
    const running = all.toolchains?.ok ? all.toolchains.value.installs[0]?.reportedVersion ?? null : null;
    const need = sourceGo(project, running);
    if (!need) return [];
    return tools.tools.flatMap((t) => {
      const known = typeCheckingTool(t.mainPackage);
      if (!known || !goLang(t.goVersion) || compareGoVersions(goLang(t.goVersion), need.lang) >= 0) return [];
      const needNumber = need.lang.replace(/^go/, "");
      return [{
        messageId: "tooOld",
        data: { command: t.command, path: t.path, toolGo: t.goVersion, need: needNumber, because: need.because, failure: known.failure },
        evidence: { tool: t, sourceGo: need.lang },
        fixes: rebuild(t, known, needNumber, need, project)
      }];
    });
  }
});
function rebuild(t, known, need, source, project) {
  const pin = pinnedTool(project, t.mainPackage);
  const builder = pin ? source.runs : source.local;
  const newEnough = builder && compareGoVersions(goLang(builder), `go${need}`) >= 0;
  const minimum = source.runs && compareGoVersions(goLang(source.runs), `go${need}`) >= 0 ? source.runs : toolchainForGoLine(need);
  const toolchain = newEnough ? "" : `GOTOOLCHAIN=${minimum}+auto `;
  let install;
  if (pin) install = installPinnedCommand(pin.gomod, t.mainPackage, toolchain);
  else if (known.command === "golangci-lint") {
    const since = golangciFor(need)?.since ?? "the latest release";
    return [{ kind: "manual", title: fixTitle("installGolangciLint", { since }), steps: [`Install golangci-lint ${since} or later from its releases (binary install script, package manager or golangci-lint-action)`, `Make it the first golangci-lint on PATH (today: ${t.path})`], url: "https://golangci-lint.run/welcome/install/" }];
  } else install = `${toolchain}go install ${shQuote(`${t.mainPackage}@latest`)}`;
  const title = pin ? fixTitle("installThePinnedVersion", { need, version: pin.version }) : fixTitle("rebuildItWith", { need });
  if (t.from !== "PATH") return [{ kind: "command", title, shell: "sh", command: install, safety: "review" }];
  return [{
    kind: "manual",
    title: fixTitle("replaceThePackagedCopy"),
    steps: [`Run: ${install}`, `Remove or upgrade ${t.path} (its package manager's copy), or put GOBIN before its directory on PATH`]
  }];
}
__name(rebuild, "rebuild");

// src/rules/toolchain/gd112-installed-tool-not-pinned-version.ts
var gd112 = defineRule({
  id: "GD112",
  name: "installed-tool-not-pinned-version",
  category: "toolchain",
  severity: "warning",
  title: "An installed tool is not the version go.mod pins",
  requires: ["tools", "project"],
  messages: {
    differs: "{command} ({path}) is {installedModule} {installed}, but {gomod} pins {module} {pinned} for it ({via}): the module's builds and `go tool`/`go run` use {pinned}, while the {command} that shells, editors and scripts find is {installed}."
  },
  fixTitles: {
    installThePinnedVersion: "Install the pinned version ({pinned}) into GOBIN"
  },
  sources: ["https://go.dev/doc/go1.24#tools", "https://go.dev/wiki/Modules#how-can-i-track-tool-dependencies-for-a-module", "https://go.dev/doc/modules/managing-dependencies#tools", "src/cmd/go/internal/modload/init.go (tool directive)"],
  fixable: true,
  docs: {
    what: "For each program in GOBIN (or GOPATH/bin) and each type-checking tool first on PATH whose main package go.mod names in a tool directive (or a tools.go file with the `tools` build constraint imports, in the module directory, tools/ or internal/tools/), compares the module version in its build info with the version go.mod requires for that package's module (replaced requirements are skipped).",
    why: "A tool directive (Go 1.24+) or a tools.go import pins a tool to the module's requirement, and `go tool NAME` or `go run PKG` build exactly that version; a copy installed earlier with `go install NAME@other` is what shells, Makefiles and editors run, so local results differ from CI and from `go tool`.",
    fix: "Run `go install PACKAGE` (no @version) in the module's directory: in module mode it builds the version go.mod requires into GOBIN; `go install tool` does it for every tool directive."
  },
  check({ tools, project }) {
    return tools.tools.flatMap((t) => {
      const pin = pinnedTool(project, t.mainPackage);
      if (!pin || t.module === pin.module && t.version === pin.version) return [];
      return [{
        messageId: "differs",
        data: { command: t.command, path: t.path, installedModule: t.module || t.mainPackage, installed: t.version || "(unknown version)", gomod: pin.gomod, module: pin.module, pinned: pin.version, via: pin.via },
        evidence: { tool: t, pin },
        fixes: [{ kind: "command", title: fixTitle("installThePinnedVersion", { pinned: pin.version }), shell: "sh", command: installPinnedCommand(pin.gomod, t.mainPackage), safety: "review" }]
      }];
    });
  }
});

// src/rules/toolchain/index.ts
var TOOLCHAIN_RULES = [gd101, gd102, gd103, gd104, gd105, gd106, gd107, gd109, gd110, gd111, gd112];

// src/rules/settings/gd202-goroot-invalid.ts
function gorootTreeProblem(tree, goVersion) {
  if (!tree) return null;
  if (!tree.exists) return "missing";
  if (!tree.hasSrcRuntime || !tree.hasPkgTool) return "notGoTree";
  if (goVersion && tree.versionFile && isValidGoVersion(tree.versionFile) && compareGoVersions(tree.versionFile, goVersion) !== 0) return "otherVersion";
  return null;
}
__name(gorootTreeProblem, "gorootTreeProblem");
var gd202 = defineRule({
  id: "GD202",
  name: "goroot-invalid",
  category: "settings",
  severity: "error",
  title: "GOROOT points to a missing directory, a non-Go directory, or another Go version",
  requires: ["goenv", "toolchains"],
  messages: {
    missing: 'GOROOT={dir} (from {origin}) does not exist: every go command fails with "go: cannot find GOROOT directory: {dir}".',
    notGoTree: 'GOROOT={dir} (from {origin}) is not a Go tree (no src/runtime or pkg/tool): builds fail with "package fmt is not in std".',
    otherVersion: 'GOROOT={dir} (from {origin}) holds {treeVersion}, but the go that runs is {goVersion} ({goPath}): builds fail with `compile: version "{treeVersion}" does not match go tool version "{goVersion}"`.'
  },
  fixTitles: { ...UNSET_FIX_TITLES },
  sources: ["src/cmd/go/internal/cfg/cfg.go", "src/cmd/go/main.go", "https://go.dev/doc/install"],
  fixable: true,
  docs: {
    what: "Checks an explicitly set GOROOT: the directory exists, contains src/runtime and pkg/tool, and its VERSION matches the go binary that PATH runs.",
    why: "cmd/go trusts an explicit GOROOT without checking that it belongs to the running binary. A missing directory fails every command; a tree of another release mixes compilers and standard libraries, which fails at compile time with a version mismatch.",
    fix: "Unset GOROOT (go finds its own), or point it at the tree of the go that runs."
  },
  check({ goenv, toolchains }) {
    const s = goenv.settings.GOROOT;
    const tree = goenv.gorootTree;
    if (!s || s.source !== "env" && s.source !== "user-file" || !tree) return [];
    const origin = originText(goenv, s);
    const evidence = { source: s.source, tree };
    const winner = toolchains.installs[0];
    const goVersion = winner?.reportedVersion;
    const problem = gorootTreeProblem(tree, goVersion);
    if (problem === "missing" || problem === "notGoTree") return [{ messageId: problem, data: { dir: tree.dir, origin }, evidence, fixes: unsetFixes(s) }];
    if (problem === "otherVersion" && winner && goVersion) {
      return [{
        messageId: "otherVersion",
        data: { dir: tree.dir, origin, treeVersion: tree.versionFile ?? "", goVersion, goPath: winner.path },
        evidence: { ...evidence, winnerGoroot: winner.goroot },
        fixes: [...unsetFixes(s), ...winner.goroot ? unsetFixes(s, winner.goroot) : []]
      }];
    }
    return [];
  }
});

// src/rules/settings/gd201-goroot-set-explicitly.ts
var gd201 = defineRule({
  id: "GD201",
  name: "goroot-set-explicitly",
  category: "settings",
  severity: "info",
  title: "GOROOT is set explicitly",
  requires: ["goenv"],
  messages: {
    explicit: "GOROOT={value} is set by {origin}; the go command finds its own GOROOT, so this setting only matters once it goes stale."
  },
  fixTitles: { ...UNSET_FIX_TITLES },
  sources: ["src/cmd/go/internal/cfg/cfg.go", "https://go.dev/doc/install"],
  fixable: true,
  docs: {
    what: "Reports GOROOT set in the environment or by `go env -w` while it still names a working tree of the running release (a broken one is GD202).",
    why: 'Since long before modules the go command locates GOROOT from its own executable (exe/../.., then after resolving symlinks). An explicit GOROOT overrides that, and after an upgrade or a switch of install it points at another release: builds then fail with "compile: version ... does not match go tool version ...", or "package fmt is not in GOROOT".',
    fix: "Remove the GOROOT export from shell startup files, CI configuration and Dockerfiles (or run `go env -u GOROOT`) and let go find its own."
  },
  check({ goenv }) {
    const s = goenv.settings.GOROOT;
    if (!s || s.source !== "env" && s.source !== "user-file") return [];
    if (gorootTreeProblem(goenv.gorootTree, goenv.goVersion)) return [];
    const location = originLocation(goenv, s);
    return [{ messageId: "explicit", data: { value: s.value, origin: originText(goenv, s) }, fixes: unsetFixes(s), ...location ? { location } : {} }];
  }
});

// src/rules/settings/gd203-gopath-overlaps-goroot.ts
var norm = /* @__PURE__ */ __name((p) => p.replace(/[/\\]+$/, ""), "norm");
var gd203 = defineRule({
  id: "GD203",
  name: "gopath-overlaps-goroot",
  category: "settings",
  severity: "warning",
  title: "GOPATH is GOROOT or inside it",
  requires: ["goenv"],
  messages: {
    same: 'GOPATH={entry} is GOROOT: every go command prints a warning (go1.26.8: "warning: both GOPATH and GOROOT are the same directory ({entry})"; go1.19.8: "warning: GOPATH set to GOROOT ({entry}) has no effect"), and the module cache ({entry}/pkg/mod) and go install ({entry}/bin) write into the Go installation.',
    inside: "GOPATH entry {entry} is GOROOT {goroot} or inside it: go prints no warning, but the module cache and installed tools land inside the toolchain tree and are lost or mixed on the next upgrade."
  },
  fixTitles: {
    useTheDefaultGopath: "Use the default GOPATH"
  },
  sources: ["src/cmd/go/main.go (main: the GOPATH = GOROOT warning)", "src/cmd/go/internal/modfetch/cache.go (module cache under GOPATH/pkg/mod)", "https://pkg.go.dev/cmd/go#hdr-GOPATH_environment_variable"],
  fixable: true,
  docs: {
    what: "Compares each GOPATH entry with GOROOT.",
    why: 'GOPATH holds the module cache (GOPATH/pkg/mod) and installed binaries (GOPATH/bin); GOROOT holds the toolchain. A GOPATH equal to GOROOT is not ignored: cmd/go/main.go only warns (the text changed between releases; go1.19.8 says "has no effect", which is true only of GOPATH/src lookups), and `go env GOMODCACHE` then names GOROOT/pkg/mod, so downloads and installs land in the toolchain tree and vanish with the next "rm -rf /usr/local/go" upgrade. The check compares the whole GOPATH value with GOROOT, so an entry inside GOROOT gets no warning at all.',
    fix: "Unset GOPATH to use the default ($HOME/go), or set it to a directory outside GOROOT."
  },
  check({ goenv }) {
    const goroot = goenv.settings.GOROOT?.value;
    const gopath = goenv.settings.GOPATH;
    if (!goroot || !gopath?.value) return [];
    const sep = gopath.value.includes(";") ? ";" : ":";
    const entries = gopath.value.split(sep).filter(Boolean);
    return entries.flatMap((entry) => {
      const e = norm(entry);
      const r = norm(goroot);
      const fixes = [{ kind: "command", title: fixTitle("useTheDefaultGopath"), command: gopath.source === "user-file" ? "go env -u GOPATH" : "unset GOPATH   # and remove the export from your startup files", safety: "review" }];
      if (e === r && entries.length === 1) return [{ messageId: "same", data: { entry }, evidence: { GOROOT: goroot, GOPATH: gopath.value, source: gopath.source }, fixes }];
      if (e === r || e.startsWith(r + "/") || e.startsWith(r + "\\")) return [{ messageId: "inside", data: { entry, goroot }, evidence: { source: gopath.source }, fixes }];
      return [];
    });
  }
});

// src/rules/settings/gd204-gopath-invalid-entry.ts
var gd204 = defineRule({
  id: "GD204",
  name: "gopath-invalid-entry",
  category: "settings",
  severity: "error",
  title: "GOPATH has a relative entry or one starting with ~",
  requires: ["goenv"],
  messages: {
    tilde: `GOPATH entry {entry} starts with "~", which no shell expanded (quoted, or set by go env -w / a config file): go fails with "GOPATH entry cannot start with shell metacharacter '~'".`,
    relative: 'GOPATH entry {entry} is relative: go fails with "GOPATH entry is relative; must be absolute path".'
  },
  fixTitles: {
    removeItFromThe: "Remove it from the go env file (the default is $HOME/go); the good GOPATH in front lets go env itself run",
    useAnAbsolutePath: "Use an absolute path"
  },
  sources: ["src/cmd/go/main.go (main: the GOPATH check before any command runs)", "https://pkg.go.dev/cmd/go#hdr-GOPATH_environment_variable"],
  fixable: true,
  docs: {
    what: "Checks every GOPATH entry for a leading ~ and for relative paths.",
    why: "cmd/go/main.go checks every GOPATH entry before it looks at the command, so every command exits with status 2, `go env GOPATH`, `go env -w` and `go env -u` included (checked with go1.19.8 and go1.26.8). Only an inferred default GOPATH that comes out relative is dropped silently.",
    fix: 'Use an absolute path: "$HOME/go" in shells (double quotes let $HOME expand), or unset GOPATH to get the default. A bad value in the go env file cannot be removed with a plain `go env -u GOPATH` (it exits 2 too): give the command a good GOPATH in its environment, `GOPATH="$HOME/go" go env -u GOPATH`.'
  },
  check({ goenv }) {
    const gopath = goenv.settings.GOPATH;
    if (!gopath?.value) return [];
    const windows = /^[A-Za-z]:\\/.test(gopath.value) || gopath.value.includes(";");
    return gopath.value.split(windows ? ";" : ":").filter(Boolean).flatMap((entry) => {
      const fixes = [gopath.source === "user-file" ? { kind: "command", title: fixTitle("removeItFromThe"), shell: "sh", command: 'GOPATH="$HOME/go" go env -u GOPATH', safety: "review" } : { kind: "command", title: fixTitle("useAnAbsolutePath"), shell: "sh", command: 'export GOPATH="$HOME/go"   # in your startup file, replacing the old line', safety: "review" }];
      if (entry.startsWith("~")) return [{ messageId: "tilde", data: { entry }, evidence: { source: gopath.source }, fixes }];
      const abs = entry.startsWith("/") || /^[A-Za-z]:[\\/]/.test(entry) || entry.startsWith("\\\\");
      if (!abs) return [{ messageId: "relative", data: { entry }, evidence: { source: gopath.source }, fixes }];
      return [];
    });
  }
});

// src/rules/settings/gd205-gobin-not-on-path.ts
var gd205 = defineRule({
  id: "GD205",
  name: "gobin-not-on-path",
  category: "settings",
  severity: "warning",
  title: "The directory go install writes to is not on PATH",
  requires: ["goenv"],
  messages: {
    notOnPath: '{dir} ({from}) holds {count} installed program(s) ({examples}) but is not on PATH, so they are "command not found".'
  },
  fixTitles: {
    addItToPath: "Add it to PATH for {login} ({shown})",
    inShFamilyShells: "In sh-family shells",
    inFish: "In fish"
  },
  sources: ["https://pkg.go.dev/cmd/go#hdr-Compile_and_install_packages_and_dependencies", "https://go.dev/doc/tutorial/compile-install"],
  fixable: true,
  docs: {
    what: "Lists executables in GOBIN (or GOPATH/bin when GOBIN is unset) and checks that the directory is on PATH.",
    why: "`go install` puts binaries in GOBIN, else in the bin directory of the first GOPATH entry (default ~/go/bin). Without it on PATH, tools such as gopls, golangci-lint or stringer are not found by shells and editors.",
    fix: "Add the directory to the end of PATH in the file the login shell reads: ~/.profile (or ~/.bash_profile) for bash and sh, ~/.zshenv for zsh, ~/.config/fish/conf.d/go.fish for fish; zsh and fish never read ~/.profile. `godiag fix --apply` writes that block."
  },
  check({ goenv, all }) {
    const shells = all.shells?.ok ? all.shells.value : null;
    return goenv.binDirs.filter((d) => d.exists && !d.onPath && d.executables.length > 0).map((d) => ({
      messageId: "notOnPath",
      data: { dir: d.dir, from: d.from === "GOBIN" ? "GOBIN" : "GOPATH/bin", count: d.executables.length, examples: d.executables.slice(0, 3).join(", ") },
      evidence: { executables: d.executables },
      fixes: binDirFixes(shells, d.dir)
    }));
  }
});
function binDirFixes(shells, dir) {
  const login = shells?.loginShell?.name ?? "sh";
  const file = shells ? setupFileFor(shells, login) : "~/.profile";
  const shown = shells ? file.replace(shells.home, "~") : file;
  const block = setupBlock(file, [{ pathDir: dir, at: "last" }], fixTitle("addItToPath", { login, shown }));
  const other = syntaxOf(file) === "fish" ? { kind: "command", title: fixTitle("inShFamilyShells"), shell: "sh", command: `PATH="$PATH":${shQuote(dir)}; export PATH`, safety: "review" } : { kind: "command", title: fixTitle("inFish"), shell: "fish", command: `fish_add_path --path --append ${fishQuote(dir)}`, safety: "review" };
  return [...block ? [block] : [], ...dir.includes("\n") && other.shell === "fish" ? [] : [other]];
}
__name(binDirFixes, "binDirFixes");

// src/rules/settings/gd206-goenv-w-overridden.ts
var gd206 = defineRule({
  id: "GD206",
  name: "goenv-w-overridden",
  category: "settings",
  severity: "warning",
  title: "A go env -w setting is silently overridden by the environment",
  requires: ["goenv"],
  messages: {
    overridden: "{key}={envValue} from the environment overrides `go env -w {key}={fileValue}` ({file}:{line}): the environment always wins.",
    emptyDoesNotCancel: "{key} is exported empty, which Go treats as unset: `go env -w {key}={fileValue}` ({file}:{line}) still applies."
  },
  fixTitles: {
    keepTheGoEnv: "Keep the go env -w value: remove the export from your startup files, then",
    orKeepTheExported: "Or keep the exported value and drop the stale file entry",
    removeTheFileValue: "Remove the file value instead"
  },
  sources: ["src/cmd/go/internal/cfg/cfg.go", "src/cmd/go/internal/envcmd/env.go", "https://pkg.go.dev/cmd/go#hdr-Print_Go_environment_information"],
  fixable: true,
  docs: {
    what: "Finds settings present both in the process environment and in the go env -w file with different values, and variables exported empty while the file sets them.",
    why: "cmd/go reads a non-empty environment variable before the go env -w file, so `go env -w GOPROXY=...` appears to do nothing (go only warns at the moment of writing). An empty variable counts as unset, so `export GOFLAGS=` does not cancel a file value either.",
    fix: "Change the value where it is exported (shell startup files, CI env, Dockerfile ENV), or drop one of the two so a single source remains."
  },
  check({ goenv }) {
    const out = [];
    for (const s of Object.values(goenv.settings)) {
      const file = s.shadowed.find((x) => x.source === "user-file");
      if (s.source === "env" && file && file.value !== s.value) {
        out.push({
          messageId: "overridden",
          data: { key: s.key, envValue: s.value, fileValue: file.value, file: goenv.userFile.path, line: file.line ?? 0 },
          fixes: [
            { kind: "command", title: fixTitle("keepTheGoEnv"), shell: "sh", command: `unset ${s.key}`, safety: "review" },
            { kind: "command", title: fixTitle("orKeepTheExported"), command: `go env -u ${s.key}`, safety: "safe" }
          ]
        });
      }
    }
    for (const [key, value] of Object.entries(goenv.osEnv)) {
      if (value !== "") continue;
      const s = goenv.settings[key];
      if (s?.source === "user-file") {
        const line = [...goenv.userFile.entries].reverse().find((e) => e.key === key)?.line ?? 0;
        out.push({
          messageId: "emptyDoesNotCancel",
          severity: "info",
          data: { key, fileValue: s.value, file: goenv.userFile.path, line },
          fixes: [{ kind: "command", title: fixTitle("removeTheFileValue"), command: `go env -u ${key}`, safety: "safe" }]
        });
      }
    }
    return out;
  }
});

// src/rules/settings/gd207-go111module-off.ts
var gd207 = defineRule({
  id: "GD207",
  name: "go111module-off",
  category: "settings",
  severity: "warning",
  title: "GO111MODULE=off forces the legacy GOPATH mode",
  requires: ["goenv"],
  messages: {
    off: "GO111MODULE=off (from {origin}) turns modules off: go.mod is ignored, `go get` is unsupported (Go 1.22+) and toolchain selection is disabled."
  },
  fixTitles: { ...UNSET_FIX_TITLES },
  sources: ["https://go.dev/ref/mod#mod-commands", "https://go.dev/doc/go1.22", "https://go.dev/blog/go116-module-changes"],
  fixable: true,
  docs: {
    what: "Reports GO111MODULE=off from any source.",
    why: "Module mode has been the default since Go 1.16. With modules off, builds resolve imports from GOPATH/src, ignore go.mod and go.sum, cannot use the module proxy or checksum database, and since Go 1.22 `go get` refuses to run.",
    fix: "Unset GO111MODULE (or set it to on) and use modules: `go mod init` in projects without a go.mod."
  },
  check({ goenv }) {
    const s = goenv.settings.GO111MODULE;
    if (s?.value !== "off") return [];
    const location = originLocation(goenv, s);
    return [{ messageId: "off", data: { origin: originText(goenv, s) }, fixes: unsetFixes(s), ...location ? { location } : {} }];
  }
});

// src/rules/settings/gd208-invalid-gotoolchain.ts
function gotoolchainProblem(value) {
  if (value === "" || value === "auto" || value === "path" || value === "local") return null;
  const plus = value.indexOf("+");
  const min = plus >= 0 ? value.slice(0, plus) : value;
  const suffix = plus >= 0 ? value.slice(plus + 1) : null;
  if (min !== "local") {
    const v = versionFromToolchain(min);
    if (!v) return { messageId: "invalid", detail: plus >= 0 ? `invalid minimum toolchain "${min}"` : "not local, auto, path, a toolchain name like go1.22.3, or <name>+auto/+path" };
    if (/^\d+\.\d+$/.test(v) && compareGoVersions(v, "1.21") >= 0) return { messageId: "langVersion", detail: `${min} is a language version, not a toolchain (use ${min}.0 or a later ${min}.x)` };
  }
  if (suffix !== null && suffix !== "auto" && suffix !== "path") return { messageId: "invalid", detail: "only version suffixes are +auto and +path" };
  return null;
}
__name(gotoolchainProblem, "gotoolchainProblem");
var gd208 = defineRule({
  id: "GD208",
  name: "invalid-gotoolchain",
  category: "settings",
  severity: "error",
  title: "GOTOOLCHAIN has a value the go command rejects",
  requires: ["goenv"],
  messages: {
    invalid: 'GOTOOLCHAIN={value} (from {origin}) is invalid ({detail}): every go command fails with "go: invalid GOTOOLCHAIN".',
    langVersion: 'GOTOOLCHAIN={value} (from {origin}): {detail}; the switch fails with "invalid toolchain: ... is a language version but not a toolchain version".'
  },
  fixTitles: { ...UNSET_FIX_TITLES },
  sources: ["src/cmd/go/internal/toolchain/select.go", "https://go.dev/doc/toolchain#config"],
  fixable: true,
  docs: {
    what: "Validates GOTOOLCHAIN against the forms cmd/go accepts: local, auto, path, goX.Y.Z, and <name>+auto or <name>+path.",
    why: "The go command checks GOTOOLCHAIN at start-up, before running any subcommand, so an invalid value breaks every command (only `go env GOTOOLCHAIN` and `go env -w GOTOOLCHAIN=...` still work, which is the way out). Since Go 1.21, releases are named go1.N.0, so go1.22 names no downloadable toolchain.",
    fix: "Set a valid value where it is set (for the go env -w file: `go env -w GOTOOLCHAIN=auto`)."
  },
  check({ goenv }) {
    const s = goenv.settings.GOTOOLCHAIN;
    if (!s) return [];
    const p = gotoolchainProblem(s.value);
    if (!p) return [];
    const location = originLocation(goenv, s);
    return [{ messageId: p.messageId, data: { value: s.value, origin: originText(goenv, s), detail: p.detail }, fixes: unsetFixes(s, "auto"), ...location ? { location } : {} }];
  }
});

// src/rules/settings/gd209-invalid-goflags.ts
var gd209 = defineRule({
  id: "GD209",
  name: "invalid-goflags",
  category: "settings",
  severity: "error",
  title: "GOFLAGS contains something go build rejects",
  requires: ["goenv"],
  messages: {
    invalid: "GOFLAGS={value} (from {origin}), as {goVersion} reads it: {problem}."
  },
  fixTitles: { ...UNSET_FIX_TITLES },
  sources: ["src/cmd/go/internal/base/goflags.go (InitGOFLAGS, SetFromGOFLAGS)", "src/cmd/internal/quoted/quoted.go (Split)", "src/cmd/go/internal/modload/init.go (-mod values)", "https://pkg.go.dev/cmd/go#hdr-Environment_variables"],
  fixable: true,
  docs: {
    what: "Parses GOFLAGS the way the go that runs does: words split by quoted.Split (go1.26.8: single or double quotes around a whole word, e.g. GOFLAGS='\"-ldflags=-s -w\"') or at spaces only (go1.19.8, strings.Fields); each word -flag or -flag=value, every flag known to some go command; boolean values that strconv.ParseBool accepts; -mod one of mod, readonly, vendor; and go env's -w/-u, which an unquoted `-ldflags=-s -w` leaves as a word of its own.",
    why: 'InitGOFLAGS hides its errors for `go env` and `go bug`, so an unknown flag looks fine where users check it and breaks every build. Value errors (-mod=vendr, -modcacherw=yes, -v=2) appear only in the commands that have the flag. A stray -w or -u is accepted by everyone and ignored by go build, but turns every `go env KEY` into `go env -w KEY` ("arguments must be KEY=VALUE") or `go env -u KEY`, which removes KEY from the go env file.',
    fix: "Write each flag as -flag=value; put a value with spaces inside quotes around the whole word (Go with quoted.Split), drop unknown flags, and set it where it is currently set."
  },
  check({ goenv }) {
    const s = goenv.settings.GOFLAGS;
    if (!s?.value) return [];
    const version = findGoVersion(goenv.goVersion ?? "") ?? null;
    const quoted = !version || compareGoVersions(version, GOFLAGS_QUOTES_SINCE) >= 0;
    const problems = checkGoflags(s.value, quoted);
    if (problems.length === 0) return [];
    const location = originLocation(goenv, s);
    const fixed = repairGoflags(s.value, quoted);
    return [{
      messageId: "invalid",
      data: { value: JSON.stringify(s.value), origin: originText(goenv, s), goVersion: version ?? "the go command", problem: problems.map((p) => p.problem.replace(/\.$/, "")).join("; ") },
      evidence: { problems },
      fixes: fixed ? unsetFixes(s, fixed) : unsetFixes(s),
      ...location ? { location } : {}
    }];
  }
});

// src/rules/settings/gd210-go-variable-typo.ts
var gd210 = defineRule({
  id: "GD210",
  name: "go-variable-typo",
  category: "settings",
  severity: "warning",
  title: "A Go-looking variable that Go does not read (probably a typo)",
  requires: ["goenv"],
  messages: {
    typo: "{name} is set ({where}) but Go has no such variable; did you mean {meant}?"
  },
  fixTitles: {
    renameTo: "Rename {name} to {meant}"
  },
  sources: ["https://pkg.go.dev/cmd/go#hdr-Environment_variables", "src/cmd/go/internal/cfg/cfg.go"],
  fixable: true,
  docs: {
    what: "Looks at GO* and CGO_* names in the environment and in the go env -w file and reports those that are not Go variables but are close to one (or a known mistake such as GONOSUMCHECK).",
    why: "Go ignores unknown variables without a word, so a misspelt GOPRIVATE or a blog-invented GONOSUMCHECK leaves private modules going to the public proxy and checksum database.",
    fix: "Rename the variable to the one Go reads; `go env -w` refuses unknown names, so the file case only arises from hand edits."
  },
  check({ goenv }) {
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    const candidates = [
      ...Object.keys(goenv.osEnv).map((name) => ({ name, where: "environment" })),
      // A line GD213 already reports (a key with white space, "GOSUMDB ") is not a second finding here.
      ...goenv.userFile.entries.filter((e) => !goenv.userFile.problems.some((p) => p.line === e.line)).map((e) => ({ name: e.key, where: `${goenv.userFile.path}:${e.line}`, location: { file: goenv.userFile.path, line: e.line } }))
    ];
    for (const c of candidates) {
      const meant = likelyTypoOf(c.name);
      if (!meant || seen.has(c.name + c.where)) continue;
      seen.add(c.name + c.where);
      out.push({
        messageId: "typo",
        data: { name: c.name, where: c.where, meant },
        fixes: [{ kind: "manual", title: fixTitle("renameTo", { name: c.name, meant }), steps: [`Find where ${c.name} is set (\`godiag shell\` shows startup files) and rename it to ${meant}`] }],
        ...c.location ? { location: c.location } : {}
      });
    }
    return out;
  }
});

// src/rules/settings/gd211-module-needs-newer-go.ts
var gd211 = defineRule({
  id: "GD211",
  name: "module-needs-newer-go",
  category: "settings",
  severity: "error",
  title: "The module here needs a newer Go than the one that runs",
  requires: ["project"],
  messages: {
    failLocal: '{file} requires go {required}, but {local} runs and GOTOOLCHAIN={gotoolchain} (from {source}) forbids switching: every go command here fails with "go.mod requires go >= {required} (running go {localNumber}; GOTOOLCHAIN={gotoolchain})".',
    failPath: '{file} requires go {required}, and GOTOOLCHAIN={gotoolchain} (from {source}) only looks on PATH, where there is no {target}: "cannot find \\"{target}\\" in PATH".',
    download: "{file} requires go {required}: {target} is neither on PATH nor in the module cache, so the first go command here downloads {module} through GOPROXY (GOTOOLCHAIN={gotoolchain} from {source}); offline machines and locked-down CI fail here.",
    failDownload: '{file} requires go {required}: {target} is neither on PATH nor in the module cache, and GOPROXY=off forbids the download, so every go command here fails with "download {target} for {platform}: toolchain not available".',
    useCache: "{file} requires go {required}: every go command here runs {target} from the module cache ({cachedPath}), not the {local} on PATH.",
    usePath: "{file} requires go {required}; every go command here switches to the {target} found on PATH.",
    oldGo: "{file} requires go {required}, but {local} runs: {reason}."
  },
  fixTitles: {
    ...GOTOOLCHAIN_FIX_TITLES,
    installGoAndPut: "Install Go {need} and put its bin directory first on PATH",
    orGetOnceWith: "Or get {need} once with its golang.org/dl wrapper (needs network; then run it as {need}, or let GOTOOLCHAIN=auto find it on PATH)",
    downloadNowWhileOnline: "Download {need} now, while online, into the module cache",
    downloadOnceThroughThe: "Download {need} once through the module mirror (GOPROXY=off blocks it)"
  },
  sources: ["src/cmd/go/internal/toolchain/select.go (Select, Exec)", "src/cmd/go/internal/gover/toolchain.go", "https://go.dev/doc/toolchain", "https://go.dev/doc/go1.21#tools"],
  fixable: true,
  docs: {
    what: "Predicts, without running anything, which toolchain the go command uses in the current module or workspace (go.work, else go.mod: go and toolchain lines against GOTOOLCHAIN), as toolchain/select.go Select and Exec do: a goV on PATH first, then the module cache, then a download through GOPROXY. A go older than 1.21 has no selection at all.",
    why: 'Since Go 1.21 the go line is a hard minimum. With GOTOOLCHAIN=local (the official Docker images set it) the build fails with "go.mod requires go >= X (running go Y; GOTOOLCHAIN=local)"; with auto the go command runs goX from the module cache or downloads golang.org/toolchain through GOPROXY, which fails offline or with GOPROXY=off ("toolchain not available"). Go 1.19 and 1.20 ignore GOTOOLCHAIN and reject a go line with a patch version or a toolchain line when parsing go.mod.',
    fix: "Allow the switch where GOTOOLCHAIN comes from (`go env -w` does not beat an exported variable), or install the required release and put it first on PATH (or run its golang.org/dl wrapper by name), or lower the go line if the code allows."
  },
  check({ project }) {
    const s = project.selection;
    if (!s || !s.file || !s.required) return [];
    const goLine = s.required.replace(/^go/, "");
    if (s.targetFrom !== "go-line" && s.targetFrom !== null && s.action !== "fail-local" && s.action !== "old-go") return [];
    const need = toolchainForGoLine(goLine);
    const data = {
      file: s.file,
      required: goLine,
      target: s.target ?? "",
      local: s.local || "the go on PATH",
      localNumber: s.local.replace(/^go/, "") || "?",
      gotoolchain: s.gotoolchain || "(unset)",
      source: s.gotoolchainSource,
      module: s.downloadModule ?? "",
      cachedPath: s.cachedPath ?? "",
      platform: (s.downloadModule ?? "").replace(/^.*\.([a-z0-9]+)-([a-z0-9]+)$/, "$1/$2"),
      reason: s.reason
    };
    const install = [
      { kind: "manual", title: fixTitle("installGoAndPut", { need: need.replace(/^go/, "") }), steps: [`Download ${need} from https://go.dev/dl/ (or your package manager)`, "Put its bin directory before any other go on PATH in your login shell file"], url: "https://go.dev/doc/install" }
    ];
    const wrapper = { kind: "command", title: fixTitle("orGetOnceWith", { need }), command: `go install golang.org/dl/${need}@latest && ${need} download`, safety: "review" };
    const one = /* @__PURE__ */ __name((messageId, fixes, severity) => [{ messageId, data, evidence: { selection: s }, fixes, ...severity ? { severity } : {} }], "one");
    switch (s.action) {
      case "fail-local":
        return one("failLocal", [...gotoolchainFixes(s.gotoolchainSource, "auto", `the go command then runs ${need} from PATH, the module cache or a download`), wrapper, ...install]);
      case "fail-path":
        return one("failPath", [wrapper, ...install]);
      case "download":
        return one("download", [{ kind: "command", title: fixTitle("downloadNowWhileOnline", { need }), command: `GOTOOLCHAIN=${need} go version`, safety: "review" }, ...install], "warning");
      case "fail-download":
        return one("failDownload", [{ kind: "command", title: fixTitle("downloadOnceThroughThe", { need }), shell: "sh", command: `GOPROXY=https://proxy.golang.org GOTOOLCHAIN=${need} go version`, safety: "review" }, ...install]);
      case "use-cache":
        return one("useCache", [], "info");
      case "use-path":
        return one("usePath", [], "info");
      case "old-go":
        return one("oldGo", install);
      default:
        return [];
    }
  }
});

// src/rules/settings/gd212-cross-target-in-env-file.ts
var gd212 = defineRule({
  id: "GD212",
  name: "cross-target-in-env-file",
  category: "settings",
  severity: "warning",
  title: "GOOS or GOARCH is saved in the go env -w file",
  requires: ["goenv"],
  messages: {
    foreign: '{key}={value} is saved in {file}:{line}, unlike this host ({host}): every build here makes {value} binaries, which fail with "exec format error" when run.',
    needless: "{key}={value} is saved in {file}:{line}; it equals the host value, so it does nothing now but follows this account to other machines and containers."
  },
  fixTitles: {
    removeItFromThe: "Remove it from the go env file"
  },
  sources: ["https://pkg.go.dev/cmd/go#hdr-Environment_variables", "src/cmd/go/internal/envcmd/env.go"],
  fixable: true,
  docs: {
    what: "Reports GOOS and GOARCH written into the go env -w file.",
    why: "A cross-compilation target is a per-build choice. Saved in the user file it applies to every build, test and `go run` on the machine, and `go run`/`go test` then fail to execute the foreign binaries.",
    fix: "Remove them with `go env -u GOOS GOARCH` and set them per command: `GOOS=linux GOARCH=arm64 go build`."
  },
  check({ goenv }) {
    const out = [];
    for (const key of ["GOOS", "GOARCH"]) {
      const entry = [...goenv.userFile.entries].reverse().find((e) => e.key === key);
      if (!entry) continue;
      const host = goenv.settings[key === "GOOS" ? "GOHOSTOS" : "GOHOSTARCH"]?.value ?? "";
      const foreign = host !== "" && entry.value !== host;
      out.push({
        messageId: foreign ? "foreign" : "needless",
        severity: foreign ? "warning" : "info",
        data: { key, value: entry.value, file: goenv.userFile.path, line: entry.line, host },
        location: { file: goenv.userFile.path, line: entry.line },
        fixes: [{ kind: "command", title: fixTitle("removeItFromThe"), command: `go env -u ${key}`, safety: "safe" }]
      });
    }
    return out;
  }
});

// src/rules/settings/gd213-env-file-ignored-lines.ts
var gd213 = defineRule({
  id: "GD213",
  name: "env-file-ignored-lines",
  category: "settings",
  severity: "warning",
  title: "The go env file has lines Go ignores or misreads",
  requires: ["goenv"],
  messages: {
    problem: "{file}:{line}: {problem} ({text})."
  },
  fixTitles: {
    rewriteItWithGo: "Rewrite it with go env -w"
  },
  sources: ["src/cmd/go/internal/cfg/cfg.go", "src/cmd/go/internal/envcmd/env.go"],
  fixable: true,
  docs: {
    what: `Parses the go env -w file with cmd/go's own rules and reports lines it skips (no "=", not starting with an upper-case letter) or misreads (spaces in the key, quoted values, Windows line endings).`,
    why: 'cmd/go splits each line at the first "=" and trims nothing, so a hand-edited `GOPROXY = https://...` sets a key nobody reads and the intended setting silently does not apply.',
    fix: "Rewrite the entry with `go env -w KEY=VALUE` (it writes the format Go reads) and delete the broken line."
  },
  check({ goenv }) {
    return goenv.userFile.problems.map((p) => ({
      messageId: "problem",
      data: { file: goenv.userFile.path, line: p.line, problem: p.problem, text: JSON.stringify(p.text) },
      location: { file: goenv.userFile.path, line: p.line },
      fixes: [{ kind: "manual", title: fixTitle("rewriteItWithGo"), steps: [`Delete line ${p.line} of ${goenv.userFile.path}`, "Set the value again with `go env -w KEY=VALUE`"] }]
    }));
  }
});

// src/rules/settings/gd214-gocache-unavailable.ts
var gd214 = defineRule({
  id: "GD214",
  name: "gocache-unavailable",
  category: "settings",
  severity: "error",
  title: "Go has no build cache",
  requires: ["goenv"],
  messages: {
    noHome: 'HOME is not set and neither is GOCACHE or XDG_CACHE_HOME: builds fail with "build cache is required, but could not be located", and GOPATH is empty too.',
    off: 'GOCACHE=off: builds fail with "build cache is disabled by GOCACHE=off, but required".'
  },
  fixTitles: {
    setExplicitDirectoriesSystemd: "Set explicit directories (systemd: Environment= lines; Dockerfile: ENV)",
    reEnableTheCache: "Re-enable the cache"
  },
  sources: ["src/cmd/go/internal/cache/default.go", "https://pkg.go.dev/cmd/go#hdr-Build_and_test_caching"],
  fixable: true,
  docs: {
    what: "Reports an empty or disabled GOCACHE, typically because HOME is unset (systemd services, cron, `env -i`, minimal containers).",
    why: "Since Go 1.12 the build cache is required. Go derives it from GOCACHE, else XDG_CACHE_HOME or HOME; with none of them every build fails, and the default GOPATH (for the module cache) is missing as well.",
    fix: "Set HOME for the service, or set GOCACHE, GOPATH (and GOMODCACHE) to writable absolute directories."
  },
  check({ goenv }) {
    const cache = goenv.settings.GOCACHE?.value ?? "";
    const fixes = [
      { kind: "command", title: fixTitle("setExplicitDirectoriesSystemd"), shell: "sh", command: "export GOCACHE=/var/cache/go-build GOPATH=/var/lib/go", safety: "review" }
    ];
    if (cache === "off") return [{ messageId: "off", fixes: [{ kind: "command", title: fixTitle("reEnableTheCache"), command: "unset GOCACHE   # or go env -u GOCACHE", safety: "safe" }] }];
    if (cache === "" && !goenv.osEnv.HOME && !goenv.osEnv.XDG_CACHE_HOME && !goenv.probeError) return [{ messageId: "noHome", evidence: { GOCACHE: cache, GOPATH: goenv.settings.GOPATH?.value ?? "" }, fixes }];
    return [];
  }
});

// src/rules/settings/gd215-go-env-failed.ts
var gd215 = defineRule({
  id: "GD215",
  name: "go-env-failed",
  category: "settings",
  severity: "error",
  title: "go env itself fails",
  requires: ["goenv"],
  messages: {
    failed: "{error}. The settings shown come from the environment and config files godiag read itself."
  },
  sources: ["src/cmd/go/internal/envcmd/env.go", "src/cmd/go/main.go"],
  fixable: false,
  docs: {
    what: "Runs `go env -json` with the user's environment (GOTOOLCHAIN=local, from an empty directory, with a timeout) and reports when it fails.",
    why: "`go env` hides many errors on purpose, so when it fails the problem sits in start-up itself: a GOROOT that does not exist, a relative or ~ GOPATH, a broken binary. Every other command fails the same way.",
    fix: "Read the error: the other findings name the setting at fault. Fix it where it is set and run `go env` again."
  },
  check({ goenv }) {
    if (!goenv.probeError) return [];
    return [{ messageId: "failed", data: { error: goenv.probeError }, evidence: { goBinary: goenv.goBinary } }];
  }
});

// src/rules/settings/gd216-gobin-relative.ts
var gd216 = defineRule({
  id: "GD216",
  name: "gobin-relative",
  category: "settings",
  severity: "error",
  title: "GOBIN is a relative path",
  requires: ["goenv"],
  messages: {
    relative: 'GOBIN={value} (from {origin}) is relative: every `go install` fails with "cannot install, GOBIN must be an absolute path".'
  },
  fixTitles: { ...UNSET_FIX_TITLES },
  sources: ['src/cmd/go/internal/work/build.go (InstallPackages: "cannot install, GOBIN must be an absolute path")', "src/cmd/go/internal/envcmd/env.go (checkEnvWrite does not check GOBIN)", "https://pkg.go.dev/cmd/go#hdr-Environment_variables"],
  fixable: true,
  docs: {
    what: "Reports a GOBIN that is not an absolute path, wherever it is set.",
    why: "go install refuses a relative GOBIN (checked with go1.19.8 and go1.26.8), yet `go env -w GOBIN=bin` accepts it and `go env` prints it without a word, so the setting looks fine until the first install.",
    fix: `Set an absolute directory that is on PATH (for example "$HOME/go/bin" or "$HOME/.local/bin"), or unset GOBIN to install into the first GOPATH entry's bin.`
  },
  check({ goenv }) {
    const s = goenv.settings.GOBIN;
    if (!s?.value || s.value.startsWith("/") || /^[A-Za-z]:[\\/]/.test(s.value) || s.value.startsWith("\\\\")) return [];
    const location = originLocation(goenv, s);
    return [{ messageId: "relative", data: { value: JSON.stringify(s.value), origin: originText(goenv, s) }, fixes: unsetFixes(s), ...location ? { location } : {} }];
  }
});

// src/rules/settings/index.ts
var SETTINGS_RULES = [
  gd201,
  gd202,
  gd203,
  gd204,
  gd205,
  gd206,
  gd207,
  gd208,
  gd209,
  gd210,
  gd211,
  gd212,
  gd213,
  gd214,
  gd215,
  gd216
];

// src/rules/system/gd401-os-below-go-minimum.ts
var gd401 = defineRule({
  id: "GD401",
  name: "os-below-go-minimum",
  category: "system",
  severity: "error",
  title: "Operating system older than the Go release requires",
  requires: ["system"],
  messages: {
    installed: "{go} at {path} requires {minimum} or later; this machine runs {actual}.",
    selected: "GOTOOLCHAIN selects {go} for this module, which requires {minimum} or later; this machine runs {actual}."
  },
  fixTitles: {
    upgradeTheOsOr: "Upgrade the OS or use a Go release that still supports it"
  },
  sources: [
    "https://go.dev/doc/go1.24#linux",
    "https://go.dev/wiki/MinimumRequirements",
    "https://go.dev/doc/go1.25#darwin",
    "https://go.dev/doc/go1.23#darwin",
    "https://go.dev/doc/go1.27#darwin",
    "https://go.dev/doc/go1.27#ppc64",
    "https://go.dev/doc/go1.21#windows",
    "https://go.dev/doc/go1.18#freebsd"
  ],
  fixable: false,
  docs: {
    what: "Compares the running kernel (Linux, FreeBSD) or OS release (macOS, Windows) with the minimum each installed Go toolchain, and the one GOTOOLCHAIN selects for the current module, documents in its release notes: Linux 3.2 since Go 1.24 (2.6.32 before), macOS 12 for Go 1.25\u20131.26, Windows 10 since Go 1.21, FreeBSD 12.2 since Go 1.19. Only release-note minimums are used; claims found in blog posts (membarrier, io_uring) are not Go requirements.",
    why: "Go supports a platform only down to the version named in the release notes; below it the toolchain and the programs it builds may fail at startup or misbehave on missing system calls, and the Go team will not fix it.",
    fix: "Upgrade the operating system, or pin an older Go that still supports it (GOTOOLCHAIN=go1.23.x on a Linux 2.6.32\u20133.1 kernel) for this machine."
  },
  check({ system }) {
    const goos = system.os.platform;
    const actual = goos === "linux" || goos === "freebsd" ? goos === "freebsd" ? system.os.osVersion ?? system.os.kernelVersion : system.os.kernelVersion : system.os.osVersion;
    if (!actual || goos === "linux" && kernelBackportCovers(system.arch.goarch, system.os.kernelRelease ?? "")) return [];
    const label = goos === "linux" ? `Linux ${system.os.kernelRelease ?? actual}` : goos === "darwin" ? `macOS ${actual}` : goos === "windows" ? `Windows ${actual}` : `${goos} ${actual}`;
    const fixes = /* @__PURE__ */ __name((go) => [{
      kind: "manual",
      title: fixTitle("upgradeTheOsOr"),
      steps: [`Upgrade to ${platformMinimum(goos, go, system.arch.goarch)?.label ?? "a supported release"} or later`, "or pin an older Go for this machine: go env -w GOTOOLCHAIN=go1.<older>.0"],
      url: "https://go.dev/wiki/MinimumRequirements"
    }], "fixes");
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    for (const g of system.go.installs) {
      const min = platformMinimum(goos, g.version, system.arch.goarch);
      if (!min || compareDotted(actual, min.version) >= 0) continue;
      seen.add(g.version);
      out.push({ messageId: "installed", data: { go: g.version, path: g.path, minimum: min.label, actual: label }, evidence: { os: system.os, requirement: min }, fixes: fixes(g.version) });
    }
    const sel = system.go.selected;
    if (sel && !seen.has(sel.version)) {
      const min = platformMinimum(goos, sel.version, system.arch.goarch);
      if (min && compareDotted(actual, min.version) < 0) {
        out.push({ messageId: "selected", data: { go: sel.version, minimum: min.label, actual: label }, evidence: { os: system.os, selection: sel, requirement: min }, fixes: fixes(sel.version) });
      }
    }
    return out;
  }
});

// src/rules/system/fixes.ts
var INSTALL = {
  apt: /* @__PURE__ */ __name((p) => `sudo apt-get install -y ${p}`, "apt"),
  dnf: /* @__PURE__ */ __name((p) => `sudo dnf install -y ${p}`, "dnf"),
  yum: /* @__PURE__ */ __name((p) => `sudo yum install -y ${p}`, "yum"),
  zypper: /* @__PURE__ */ __name((p) => `sudo zypper install -y ${p}`, "zypper"),
  apk: /* @__PURE__ */ __name((p) => `apk add --no-cache ${p}`, "apk"),
  pacman: /* @__PURE__ */ __name((p) => `sudo pacman -S --needed ${p}`, "pacman"),
  brew: /* @__PURE__ */ __name((p) => `brew install ${p}`, "brew"),
  winget: /* @__PURE__ */ __name((p) => `winget install ${p}`, "winget"),
  pkg: /* @__PURE__ */ __name((p) => `sudo pkg install -y ${p}`, "pkg")
};
var OS_OF = {
  apt: "debian",
  dnf: "rhel",
  yum: "rhel",
  zypper: "suse",
  apk: "alpine",
  pacman: "arch",
  brew: "darwin",
  winget: "windows",
  pkg: "freebsd"
};
function installFix(system, title, pkgs, then = {}) {
  const pm = system.os.packageManager;
  const known = pm && (pkgs[pm] ?? (pm === "yum" ? pkgs.dnf : void 0));
  if (pm && !known) return [];
  const managers = pm ? [pm] : Object.keys(pkgs);
  return managers.map((m) => {
    const list = pkgs[m] ?? (m === "yum" ? pkgs.dnf : void 0);
    const after = then[m] ?? (m === "yum" ? then.dnf : void 0);
    return { kind: "command", title, command: INSTALL[m](list) + (after ? ` && ${after}` : ""), os: OS_OF[m], shell: "sh", safety: "review" };
  });
}
__name(installFix, "installFix");
function caBundleFix(system, title) {
  return installFix(
    system,
    title,
    { apt: "ca-certificates", dnf: "ca-certificates", apk: "ca-certificates", zypper: "ca-certificates", pacman: "ca-certificates" },
    { apt: "sudo update-ca-certificates", dnf: "sudo update-ca-trust", apk: "update-ca-certificates", zypper: "sudo update-ca-certificates" }
  );
}
__name(caBundleFix, "caBundleFix");
function formatBytes(n) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v >= 10 || i === 0 ? Math.round(v) : v.toFixed(1)} ${units[i]}`;
}
__name(formatBytes, "formatBytes");
function moveDirFix(role, source, target, title, exported) {
  return source === "env" ? { kind: "command", title: exported, command: `export ${role}=${target}`, shell: "sh", safety: "review" } : { kind: "command", title, command: `go env -w ${role}=${target}`, shell: "sh", safety: "review" };
}
__name(moveDirFix, "moveDirFix");
function homeDefault(role) {
  switch (role) {
    case "GOCACHE":
      return "$HOME/.cache/go-build";
    case "GOMODCACHE":
      return "$HOME/go/pkg/mod";
    case "GOPATH":
      return "$HOME/go";
    case "TMPDIR":
      return "$HOME/tmp";
    default:
      return "$HOME/.cache/go-tmp";
  }
}
__name(homeDefault, "homeDefault");

// src/rules/system/gd402-go-arch-mismatch.ts
var gd402 = defineRule({
  id: "GD402",
  name: "go-arch-mismatch",
  category: "system",
  severity: "warning",
  title: "Go toolchain architecture differs from the machine",
  requires: ["system"],
  messages: {
    emulated: "{path} is {platform}, but this machine is {machine} ({goarch}); it runs under {emulator}.",
    noEmulator: '{path} is {platform}, but this machine is {machine} ({goarch}) and no emulator is registered: it fails with "exec format error".',
    userland: "The kernel is {machine} ({goarch}) but the {tool} userland is {userland} ({userlandGoarch}); download Go for {userlandGoarch}, not for uname -m."
  },
  fixTitles: {
    installGoFor: "Install Go for {platform}/{goarch}",
    orRegisterQemuUser: "Or register qemu user emulation (slow, unsupported by Go)",
    useTheGoDownload: "Use the {goarch} Go download"
  },
  sources: ["https://go.dev/wiki/MinimumRequirements", "https://go.dev/doc/install/source#environment", "man:binfmt.d(5)", "https://support.apple.com/en-us/102527"],
  fixable: true,
  docs: {
    what: "Compares the GOOS/GOARCH each installed go reports with the machine architecture (uname -m translated to GOARCH), and the kernel architecture with the package manager's userland architecture (dpkg/rpm/apk). Registered emulators (qemu binfmt_misc handlers, Rosetta 2) are named.",
    why: 'An amd64 Go on an arm64 host only runs through qemu-user or Rosetta: every compile is several times slower, the Go wiki calls QEMU user mode unsupported, and builds default to the emulated architecture. Without an emulator the binary fails with "exec format error". A 32-bit userland on a 64-bit kernel (Raspberry Pi OS) needs the 32-bit Go download although uname -m says aarch64.',
    fix: "Install the Go build for the machine's architecture (https://go.dev/dl/), and cross-compile with GOARCH instead of emulating."
  },
  check({ system }) {
    const out = [];
    const { machine, goarch, userland } = system.arch;
    if (!machine || !goarch) return [];
    const qemu = system.emulation.binfmt.filter((b) => b.enabled && /qemu/i.test(b.name + (b.interpreter ?? "")));
    for (const g of system.go.installs) {
      const arch = g.platform?.split("/")[1];
      if (!arch || arch === goarch) continue;
      if (arch === "386" && goarch === "amd64" || arch === "arm" && goarch === "arm64" && system.os.platform !== "darwin") continue;
      const handler = qemu.find((b) => b.name.includes(arch === "amd64" ? "x86_64" : arch === "arm64" ? "aarch64" : arch));
      const emulator = system.emulation.rosetta || system.os.platform === "darwin" && arch === "amd64" && goarch === "arm64" ? "Rosetta 2" : handler ? `${handler.interpreter ?? handler.name} (binfmt_misc ${handler.name})` : null;
      const fixes = [{ kind: "manual", title: fixTitle("installGoFor", { platform: system.os.platform, goarch }), steps: [`Download go1.x.y.${system.os.platform}-${goarch} from https://go.dev/dl/ and replace ${g.path.replace(/\/bin\/go$/, "")}`], url: "https://go.dev/dl/" }];
      if (!emulator) fixes.push(...installFix(system, fixTitle("orRegisterQemuUser"), { apt: "qemu-user-static binfmt-support", dnf: "qemu-user-static" }));
      out.push({
        messageId: emulator ? "emulated" : "noEmulator",
        severity: emulator ? "warning" : "error",
        data: { path: g.path, platform: g.platform ?? arch, machine, goarch, emulator: emulator ?? "none" },
        evidence: { arch: system.arch, binfmt: system.emulation.binfmt, rosetta: system.emulation.rosetta },
        fixes
      });
    }
    for (const u of system.go.unrunnable) {
      if (!u.goarch || u.goarch === goarch || u.goarch === "386" && goarch === "amd64") continue;
      out.push({
        messageId: "noEmulator",
        severity: "error",
        data: { path: u.path, platform: `${u.goos ?? system.os.platform}/${u.goarch}`, machine, goarch, emulator: "none" },
        evidence: { arch: system.arch, probeError: u.probeError, binfmt: system.emulation.binfmt },
        fixes: [{ kind: "manual", title: fixTitle("installGoFor", { platform: system.os.platform, goarch }), steps: [`Download go1.x.y.${system.os.platform}-${goarch} from https://go.dev/dl/ and replace ${u.path.replace(/\/bin\/go$/, "")}`], url: "https://go.dev/dl/" }]
      });
    }
    if (userland?.goarch && userland.goarch !== goarch) {
      out.push({
        messageId: "userland",
        severity: "info",
        data: { machine, goarch, tool: userland.tool, userland: userland.name, userlandGoarch: userland.goarch },
        evidence: { arch: system.arch },
        fixes: [{ kind: "manual", title: fixTitle("useTheGoDownload", { goarch: userland.goarch }), steps: [`Download go1.x.y.linux-${userland.goarch}${userland.goarch === "arm" ? "v6l" : ""}.tar.gz from https://go.dev/dl/`], url: "https://go.dev/dl/" }]
      });
    }
    return out;
  }
});

// src/rules/system/gd403-goamd64-above-cpu.ts
var gd403 = defineRule({
  id: "GD403",
  name: "goamd64-above-cpu",
  category: "system",
  severity: "error",
  title: "GOAMD64 level above what this CPU supports",
  requires: ["system"],
  messages: {
    above: 'GOAMD64={level} ({source}) but this CPU supports {cpuLevel} (missing {missing}): programs built here exit with "This program can only be run on AMD64 processors with {level} microarchitecture support."'
  },
  fixTitles: {
    removeTheGoEnv: "Remove the go env -w setting",
    buildForThisCpu: "Build for this CPU"
  },
  sources: [...GOAMD64_SOURCES],
  fixable: true,
  docs: {
    what: "Compares GOAMD64 (from the environment, go env -w or go.env) with the highest x86-64 microarchitecture level the CPU flags in /proc/cpuinfo support.",
    why: 'Binaries built with GOAMD64=v2/v3/v4 check the CPU at startup (runtime asm_amd64.s) and exit with "This program can only be run on AMD64 processors with vN microarchitecture support." \u2014 go run, go test and every tool built here fail on this machine.',
    fix: "Lower GOAMD64 to the level the CPU supports (v1 is the default), or set it only for builds that target newer servers."
  },
  check({ system }) {
    const { GOAMD64: level, GOAMD64Source: source } = system.go.env;
    const cpuLevel = system.arch.amd64Level;
    if (!level || !cpuLevel || !/^v[234]$/.test(level) || level <= cpuLevel) return [];
    const missing = missingFlagsFor(level, new Set(system.arch.cpuFlags));
    const fixes = source === "user-file" ? [{ kind: "command", title: fixTitle("removeTheGoEnv"), command: "go env -u GOAMD64", safety: "safe" }] : [{ kind: "command", title: fixTitle("buildForThisCpu"), command: `export GOAMD64=${cpuLevel}`, shell: "sh", safety: "safe" }];
    return [{
      messageId: "above",
      data: { level, source: source ?? "unknown", cpuLevel, missing: missing.join(", ") || "unknown" },
      evidence: { cpuFlags: system.arch.cpuFlags },
      fixes
    }];
  }
});

// src/rules/system/gd404-wsl-windows-drive.ts
var WINDOWS_DRIVE = /^\/mnt\/[a-z](\/|$)/;
var gd404 = defineRule({
  id: "GD404",
  name: "wsl-windows-drive",
  category: "system",
  severity: "warning",
  title: "Go directories on a Windows drive under WSL",
  requires: ["system"],
  messages: {
    onDrive: "{role}={path} is on the Windows drive {mount} ({fsType}) inside WSL{version}: builds are slow and file modes, case and locking differ."
  },
  fixTitles: {
    useTheLinuxTmp: "Use the Linux /tmp",
    useTheLinuxTmpExported: "Use the Linux /tmp (it is exported in your shell startup or CI environment)",
    moveIntoTheLinux: "Move {role} into the Linux filesystem",
    moveIntoTheLinuxExported: "Move {role} into the Linux filesystem (it is exported in your shell startup or CI environment)"
  },
  sources: ["https://learn.microsoft.com/en-us/windows/wsl/filesystems", "https://learn.microsoft.com/en-us/windows/wsl/compare-versions"],
  fixable: true,
  docs: {
    what: "Under WSL, reports GOPATH, GOCACHE, GOMODCACHE, GOTMPDIR or TMPDIR that live on a Windows drive mounted at /mnt/<letter> (9p in WSL 2, drvfs in WSL 1).",
    why: "Microsoft recommends keeping Linux-tool files in the Linux filesystem: in WSL 2 every access to /mnt/c crosses the 9p file server and is many times slower; Windows drives are case-insensitive by default and do not keep Unix permission bits unless mounted with metadata, so the read-only module cache and executable bits behave differently.",
    fix: "Move the directories into the Linux filesystem (the defaults under $HOME are), and keep projects under ~ rather than /mnt/c."
  },
  check({ system }) {
    if (!system.wsl.isWsl) return [];
    const onDrive = /* @__PURE__ */ __name((d) => d.role !== "GOROOT" && (WINDOWS_DRIVE.test(d.path) || !!d.mount && ["9p", "drvfs"].includes(d.mount.fsType) && WINDOWS_DRIVE.test(d.mount.mountPoint)), "onDrive");
    const flagged = system.dirs.filter(onDrive);
    const gopathFlagged = flagged.some((d) => d.role === "GOPATH");
    return flagged.filter((d) => !(gopathFlagged && d.role === "GOMODCACHE" && d.source === "default")).map((d) => ({
      messageId: "onDrive",
      data: { role: d.role, path: d.path, mount: d.mount?.mountPoint ?? d.path.slice(0, 6), fsType: d.mount?.fsType ?? "Windows drive", version: system.wsl.version ? ` ${system.wsl.version}` : "" },
      evidence: { dir: d, wsl: system.wsl },
      fixes: [d.role === "TMPDIR" ? moveDirFix("TMPDIR", "env", "/tmp", fixTitle("useTheLinuxTmp"), fixTitle("useTheLinuxTmpExported")) : moveDirFix(d.role, d.source, homeDefault(d.role), fixTitle("moveIntoTheLinux", { role: d.role }), fixTitle("moveIntoTheLinuxExported", { role: d.role }))]
    }));
  }
});

// src/rules/system/gd405-cgo-libc-floor.ts
var gd405 = defineRule({
  id: "GD405",
  name: "cgo-libc-floor",
  category: "system",
  severity: "info",
  title: "cgo binaries built here need this C library",
  requires: ["system"],
  messages: {
    glibc: 'cgo is on and this machine has glibc {version} ({source}): binaries built here can need up to GLIBC_{version} symbols and fail with "version `GLIBC_x.y\' not found" on older systems.',
    musl: 'cgo is on and this machine uses musl{version}: binaries built here load /lib/ld-musl-*.so.1 and do not start on glibc systems ("no such file or directory").',
    raceGlibc: "glibc {version} is older than 2.17: the race detector (go test -race) does not work here."
  },
  fixTitles: {
    buildAStaticLibc: "Build a static, libc-free binary when cgo is not needed"
  },
  sources: ["https://go.dev/doc/articles/race_detector#Requirements", "https://pkg.go.dev/cmd/cgo", "man:ld.so(8)"],
  fixable: false,
  docs: {
    what: "With cgo enabled, reports the C library (glibc version or musl) that programs built on this machine will be linked against, read from the system files (dpkg status, the libc.so.6 link or banner, Alpine's package database) before any command.",
    why: "A dynamically linked cgo binary records the highest GLIBC_x.y symbol versions it used; it will not start on a system with an older glibc, and a musl-linked binary needs the musl loader. The race detector needs glibc 2.17 or newer.",
    fix: "Build release binaries on the oldest glibc you support (or in a matching container), or build with CGO_ENABLED=0 when nothing needs cgo."
  },
  check({ system }) {
    const { libc, cgo } = system;
    const out = [];
    if (libc.kind === "glibc" && libc.version && compareDotted(libc.version, RACE_GLIBC_MINIMUM.version) < 0) {
      out.push({ messageId: "raceGlibc", severity: "warning", data: { version: libc.version }, evidence: { libc } });
    }
    if (cgo.enabled !== true) return out;
    const fixes = [{ kind: "command", title: fixTitle("buildAStaticLibc"), command: "CGO_ENABLED=0 go build ./...", shell: "sh", safety: "safe" }];
    if (libc.kind === "glibc" && libc.version) out.push({ messageId: "glibc", data: { version: libc.version, source: libc.source ?? "system files" }, evidence: { libc, cgo: { enabled: cgo.enabled, reason: cgo.reason } }, fixes });
    if (libc.kind === "musl") out.push({ messageId: "musl", data: { version: libc.version ? ` ${libc.version}` : "" }, evidence: { libc }, fixes });
    return out;
  }
});

// src/rules/system/gd406-cgo-compiler-missing.ts
var gd406 = defineRule({
  id: "GD406",
  name: "cgo-compiler-missing",
  category: "system",
  severity: "error",
  title: "C compiler for cgo not found",
  requires: ["system"],
  messages: {
    explicit: 'CGO_ENABLED=1 ({source}) but CC={cc} is not found on PATH: builds that use cgo fail with `cgo: C compiler "{program}" not found`.',
    defaultOff: 'No C compiler ({cc}) on PATH, so cgo is off by default (Go 1.20+): net and os/user use pure-Go code, and -race, plugins and packages with import "C" do not build.'
  },
  fixTitles: {
    installACCompiler: "Install a C compiler",
    installTheXcodeCommand: "Install the Xcode command line tools",
    installAMingwW64: "Install a MinGW-w64 gcc",
    orTurnCgoOff: "Or turn cgo off explicitly"
  },
  sources: ["https://go.dev/doc/go1.20#cgo", "src/cmd/go/internal/cfg/cfg.go", "https://pkg.go.dev/cmd/cgo"],
  fixable: true,
  docs: {
    what: "Resolves CC (go env CC, default gcc or clang) on PATH the way the go command does and reports the effective CGO_ENABLED with its reason: set explicitly, off for a cross-compile, or off because no C compiler exists (Go 1.20+).",
    why: 'With CGO_ENABLED=1 and no compiler every package with import "C" (and -race) fails to build. When CGO_ENABLED is not set, Go 1.20+ quietly turns cgo off if CC is missing, which changes the DNS resolver and user lookups and breaks -race with a confusing error.',
    fix: "Install the C compiler (gcc; musl-dev too on Alpine; the Xcode command line tools on macOS), point CC at it, or set CGO_ENABLED=0 deliberately."
  },
  check({ system }) {
    const { cgo } = system;
    const cc = cgo.cc;
    if (!cc || cc.path) return [];
    const fixes = [
      ...installFix(system, fixTitle("installACCompiler"), { apt: "gcc libc6-dev", dnf: "gcc glibc-devel", yum: "gcc glibc-devel", apk: "gcc musl-dev", zypper: "gcc", pacman: "gcc" }),
      ...system.os.platform === "darwin" ? [{ kind: "command", title: fixTitle("installTheXcodeCommand"), command: "xcode-select --install", os: "darwin", safety: "review" }] : [],
      ...system.os.platform === "windows" ? [{ kind: "manual", title: fixTitle("installAMingwW64"), steps: ["Install MSYS2 (https://www.msys2.org/) and run in its UCRT64 shell: pacman -S mingw-w64-ucrt-x86_64-gcc", "Add C:\\msys64\\ucrt64\\bin to Path (or set CC to the full path of gcc.exe)"], url: "https://go.dev/wiki/cgo" }] : [],
      { kind: "command", title: fixTitle("orTurnCgoOff"), command: "go env -w CGO_ENABLED=0", safety: "review" }
    ];
    const data = { cc: cc.setting, program: cc.program, source: cgo.enabledSource ?? "unknown" };
    if (cgo.reason === "explicit" && cgo.enabled) return [{ messageId: "explicit", data, evidence: { cgo }, fixes }];
    if (cgo.reason === "no-compiler") return [{ messageId: "defaultOff", severity: "info", data, evidence: { cgo }, fixes }];
    return [];
  }
});

// src/rules/system/gd407-pkg-config-missing.ts
var gd407 = defineRule({
  id: "GD407",
  name: "pkg-config-missing",
  category: "system",
  severity: "error",
  title: "pkg-config needed by cgo but not found",
  requires: ["system"],
  messages: {
    missing: '{count} file(s) in this module use `#cgo pkg-config:` (first: {file}) but {program} is not on PATH: go build fails with `exec: "{program}": executable file not found in $PATH`.'
  },
  fixTitles: {
    installPkgConfig: "Install pkg-config"
  },
  sources: ["https://pkg.go.dev/cmd/cgo", "src/cmd/go/internal/work/exec.go"],
  fixable: true,
  docs: {
    what: "Looks for `#cgo pkg-config:` directives in the main module's Go files and checks that PKG_CONFIG (default pkg-config) is on PATH while cgo is enabled.",
    why: "The go command runs pkg-config --cflags and --libs for those packages before compiling; without the program the build stops.",
    fix: "Install pkg-config (pkgconf) and the -dev/-devel package of the library named in the directive, or set PKG_CONFIG to the right wrapper when cross-compiling."
  },
  check({ system }) {
    const { pkgConfig, enabled } = system.cgo;
    if (enabled !== true || pkgConfig.path || pkgConfig.neededBy.length === 0) return [];
    const program = pkgConfig.setting.trim().split(/\s+/)[0] ?? "pkg-config";
    return [{
      messageId: "missing",
      data: { count: pkgConfig.neededBy.length, file: pkgConfig.neededBy[0], program },
      evidence: { pkgConfig },
      fixes: installFix(system, fixTitle("installPkgConfig"), { apt: "pkg-config", dnf: "pkgconf-pkg-config", yum: "pkgconfig", apk: "pkgconf", zypper: "pkg-config", pacman: "pkgconf", brew: "pkgconf" })
    }];
  }
});

// src/rules/system/gd408-selinux-go-dirs-mislabeled.ts
var SUSPECT_TYPES = /* @__PURE__ */ new Set(["unlabeled_t", "file_t", "default_t", "user_tmp_t", "tmp_t"]);
function wantedType(l) {
  if (l.role === "GOROOT") return "usr_t";
  if (l.role === "TMPDIR" || l.role === "GOTMPDIR") return "user_tmp_t";
  if (l.role === "GOCACHE" && /\/\.cache(\/|$)/.test(l.path)) return "cache_home_t";
  return "user_home_t";
}
__name(wantedType, "wantedType");
function isTempRole(role) {
  return role === "TMPDIR" || role === "GOTMPDIR";
}
__name(isTempRole, "isTempRole");
var gd408 = defineRule({
  id: "GD408",
  name: "selinux-go-dirs-mislabeled",
  category: "system",
  severity: "error",
  title: "Go directories carry the wrong SELinux label",
  requires: ["system"],
  messages: {
    mismatch: "{role}={path} is labelled {type} but the policy says {expectedType} (SELinux {mode}); confined tools and services are denied access.",
    noRule: "{role}={path} is labelled {type} and the policy has no rule for this path (SELinux {mode}); give it a file-context rule."
  },
  fixTitles: {
    restoreThePolicyLabel: "Restore the policy label",
    labelItAndApply: "Label it {type} and apply"
  },
  sources: ["man:restorecon(8)", "man:semanage-fcontext(8)", "man:matchpathcon(8)", "https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/9/html/using_selinux/troubleshooting-problems-related-to-selinux_using-selinux"],
  fixable: true,
  docs: {
    what: "With SELinux enforcing or permissive, reads the label of GOROOT, GOPATH, GOCACHE, GOMODCACHE, GOTMPDIR and TMPDIR (ls -Z) and compares its type with what the policy assigns to that path (matchpathcon). Labels such as unlabeled_t, default_t or a temp type on a cache are reported even when the policy cannot be asked.",
    why: '`mv` keeps the source label: a cache moved from /tmp stays user_tmp_t, a directory created outside the policy\'s paths gets default_t. Confined domains (systemd services, CI runners, containers) are then denied with AVC records while the mode bits look fine, and `go build` fails with "permission denied".',
    fix: 'Restore the policy\'s label with `restorecon -Rv <path>`; for a path the policy does not know, add a rule with `semanage fcontext -a -t <type> "<path>(/.*)?"` first.'
  },
  check({ system }) {
    const { selinux } = system;
    if (selinux.mode !== "enforcing" && selinux.mode !== "permissive") return [];
    const severity = selinux.mode === "enforcing" ? "error" : "warning";
    const out = [];
    for (const l of selinux.labels) {
      if (!l.type) continue;
      const expectedSane = l.expectedType && !SUSPECT_TYPES.has(l.expectedType);
      const restore = { kind: "command", title: fixTitle("restoreThePolicyLabel"), command: `sudo restorecon -Rv ${shQuote(l.path)}`, os: "rhel", safety: "review" };
      if (expectedSane && l.type !== l.expectedType) {
        out.push({ messageId: "mismatch", severity, data: { role: l.role, path: l.path, type: l.type, expectedType: l.expectedType, mode: selinux.mode }, evidence: { label: l }, fixes: [restore] });
        continue;
      }
      const suspect = SUSPECT_TYPES.has(l.type) && !(isTempRole(l.role) && (l.type === "user_tmp_t" || l.type === "tmp_t"));
      if (!suspect || expectedSane && l.type === l.expectedType) continue;
      const type = wantedType(l);
      out.push({
        messageId: "noRule",
        severity,
        data: { role: l.role, path: l.path, type: l.type, mode: selinux.mode },
        evidence: { label: l },
        fixes: [{ kind: "command", title: fixTitle("labelItAndApply", { type }), command: `sudo semanage fcontext -a -t ${type} ${shQuote(`${l.path}(/.*)?`)} && sudo restorecon -Rv ${shQuote(l.path)}`, os: "rhel", safety: "review" }]
      });
    }
    return out;
  }
});

// src/rules/system/gd409-selinux-avc-denials.ts
var gd409 = defineRule({
  id: "GD409",
  name: "selinux-avc-denials",
  category: "system",
  severity: "error",
  title: "SELinux denied Go tools",
  requires: ["system"],
  messages: {
    denied: "{count} AVC denial(s) for {comm}: {{perms}} on {target} ({tclass}, {ttype}) from {stype}; last at {time}."
  },
  fixTitles: {
    restoreTheLabelOf: "Restore the label of the denied path",
    lastResortReviewA: "Last resort: review a local policy module"
  },
  sources: ["man:ausearch(8)", "man:audit2allow(1)", "man:restorecon(8)", "https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/9/html/using_selinux/troubleshooting-problems-related-to-selinux_using-selinux"],
  fixable: true,
  docs: {
    what: "Reads the audit log (/var/log/audit/audit.log, or `ausearch -m avc -ts recent`) when it is readable and groups AVC denials whose command is go, compile, link, asm, cgo, vet or a test binary, or whose target is a go-build directory.",
    why: 'An AVC denial is SELinux refusing an access the file modes allow; for the go command it surfaces as "permission denied" or "fork/exec ...: permission denied" with nothing in the error pointing at SELinux.',
    fix: "Fix the label of the target path (restorecon, semanage fcontext) \u2014 GD408 names them. A local policy module from audit2allow is the last resort, after reviewing what it allows."
  },
  check({ system }) {
    const { selinux } = system;
    if (!selinux.audit.readable || selinux.audit.denials.length === 0) return [];
    const groups = /* @__PURE__ */ new Map();
    for (const d of selinux.audit.denials) {
      const key = [d.comm, d.perms.join(" "), d.tclass, d.tcontext.split(":")[2], d.scontext.split(":")[2]].join("|");
      groups.set(key, [...groups.get(key) ?? [], d]);
    }
    return [...groups.values()].map((ds) => {
      const last = ds[ds.length - 1];
      const target = last.path ?? last.name ?? "?";
      const fixes = [];
      if (last.path) fixes.push({ kind: "command", title: fixTitle("restoreTheLabelOf"), command: `sudo restorecon -Rv ${shQuote(last.path)}`, os: "rhel", safety: "review" });
      fixes.push({ kind: "command", title: fixTitle("lastResortReviewA"), command: `sudo ausearch -m avc -c ${shQuote(last.comm)} --raw | audit2allow -m go-local`, os: "rhel", safety: "review" });
      return {
        messageId: "denied",
        severity: selinux.mode === "enforcing" ? "error" : "warning",
        data: { count: ds.length, comm: last.comm, perms: ` ${last.perms.join(" ")} `, target, tclass: last.tclass, ttype: last.tcontext.split(":")[2] ?? last.tcontext, stype: last.scontext.split(":")[2] ?? last.scontext, time: last.time ?? "unknown" },
        evidence: { source: selinux.audit.source, denials: ds.slice(-5) },
        fixes
      };
    });
  }
});

// src/rules/system/gd410-gomaxprocs-above-cpu-quota.ts
var gd410 = defineRule({
  id: "GD410",
  name: "gomaxprocs-above-cpu-quota",
  category: "system",
  severity: "warning",
  title: "GOMAXPROCS would exceed the cgroup CPU quota",
  requires: ["system"],
  messages: {
    quotaBlind: "A program built with {go} here starts with GOMAXPROCS={procs} ({why}) but the cgroup CPU quota is {limit} CPUs ({quota}/{period} \xB5s in {file}): expect CFS throttling and latency spikes.",
    explicit: "GOMAXPROCS={value} is set in the environment but the cgroup CPU quota is {limit} CPUs ({quota}/{period} \xB5s)."
  },
  fixTitles: {
    matchTheQuota: "Match the quota",
    matchGomaxprocsToThe: "Match GOMAXPROCS to the quota",
    optTheModuleInto: "Opt the module into container-aware GOMAXPROCS (needs Go 1.25+)",
    onGoBefore1: "On Go before 1.25"
  },
  sources: [...GOMAXPROCS_SOURCES, "https://docs.kernel.org/scheduler/sched-bwc.html"],
  fixable: true,
  docs: {
    what: "Reads the CPU bandwidth limit of this process's cgroup (v2 cpu.max, v1 cpu.cfs_quota_us/cpu.cfs_period_us) and computes, for each installed Go and the one GOTOOLCHAIN selects, the GOMAXPROCS a program built here would choose: Go 1.25+ takes min(CPUs, max(2, ceil(quota/period))) \u2014 but only when the main module says go \u2265 1.25 and GODEBUG does not set containermaxprocs=0; older Go uses the CPU count.",
    why: "With more running threads than the quota, the kernel throttles the whole cgroup for the rest of each period: tail latency grows and GC pauses stretch. Go 1.25 fixed the default, but the setting follows the main module's go line, so a go 1.24 module built with Go 1.26 keeps the old behaviour.",
    fix: "Build with Go 1.25+ and a go \u2265 1.25 line in go.mod, or set GOMAXPROCS to the quota, or use go.uber.org/automaxprocs on older Go."
  },
  check({ system }) {
    const { cgroup, go } = system;
    const limit = cgroup.cpu.limit;
    const affinity = cgroup.affinityCpus ?? cgroup.onlineCpus;
    if (limit === null || affinity === null || go.mainModule?.requiresAutomaxprocs) return [];
    const ceiling = Math.max(2, Math.ceil(limit));
    const data = { limit: Number(limit.toFixed(2)), quota: cgroup.cpu.quotaUs ?? 0, period: cgroup.cpu.periodUs ?? 0, file: cgroup.cpu.source ?? "cgroup" };
    const out = [];
    const envValue = go.env.GOMAXPROCS;
    if (envValue) {
      const n = Number(envValue);
      if (Number.isInteger(n) && n > ceiling) out.push({ messageId: "explicit", data: { ...data, value: n }, evidence: { cgroup }, fixes: [{ kind: "command", title: fixTitle("matchTheQuota"), command: `export GOMAXPROCS=${ceiling}`, shell: "sh", safety: "review" }] });
      return out;
    }
    const versions = /* @__PURE__ */ new Set([...go.installs.map((g) => g.version), ...go.selected ? [go.selected.version] : []]);
    for (const v of versions) {
      const r = defaultGomaxprocs({ goVersion: v, mainModuleGo: go.mainModule?.go ?? null, godebug: go.env.GODEBUG, affinityCpus: affinity, cpuLimit: limit });
      if (r.procs <= ceiling) continue;
      const fixes = [{ kind: "command", title: fixTitle("matchGomaxprocsToThe"), command: `export GOMAXPROCS=${ceiling}`, shell: "sh", safety: "review" }];
      if (go.mainModule && !r.cgroupAware) fixes.push({ kind: "command", title: fixTitle("optTheModuleInto"), command: "go get go@1.25.0", safety: "review" });
      fixes.push({ kind: "manual", title: fixTitle("onGoBefore1"), steps: ['import _ "go.uber.org/automaxprocs" in package main'], url: "https://github.com/uber-go/automaxprocs" });
      out.push({ messageId: "quotaBlind", data: { ...data, go: v, procs: r.procs, why: r.why }, evidence: { cgroup, mainModule: go.mainModule, godebug: go.env.GODEBUG }, fixes });
    }
    return out;
  }
});

// src/rules/system/gd411-gomemlimit-vs-memory-max.ts
function parseGomemlimit(v) {
  const s = v.trim();
  if (s === "off") return "off";
  const m = /^(\d+)(B|KiB|MiB|GiB|TiB)?$/.exec(s);
  if (!m) return null;
  const mult = { B: 1, KiB: 2 ** 10, MiB: 2 ** 20, GiB: 2 ** 30, TiB: 2 ** 40 }[m[2] ?? "B"];
  return Number(m[1]) * mult;
}
__name(parseGomemlimit, "parseGomemlimit");
var gd411 = defineRule({
  id: "GD411",
  name: "gomemlimit-vs-memory-max",
  category: "system",
  severity: "warning",
  title: "GOMEMLIMIT does not fit the cgroup memory limit",
  requires: ["system"],
  messages: {
    unset: "The cgroup memory limit is {max} ({file}) and GOMEMLIMIT is not set: the Go runtime does not read it, so the heap can grow past it and the OOM killer ends the process.",
    above: "GOMEMLIMIT={value} ({limit}) is at or above the cgroup memory limit {max}: the GC starts working harder only after the OOM killer would have struck.",
    invalid: "GOMEMLIMIT={value} is not a valid value (bytes with an optional B, KiB, MiB, GiB or TiB suffix, or off): Go programs exit at startup."
  },
  fixTitles: {
    setASoftLimit: "Set a soft limit at 90% of the container limit"
  },
  sources: ["https://go.dev/doc/gc-guide#Memory_limit", "https://pkg.go.dev/runtime#hdr-Environment_Variables", "https://docs.kernel.org/admin-guide/cgroup-v2.html#memory-interface-files"],
  fixable: true,
  docs: {
    what: "Compares GOMEMLIMIT in the environment with the memory limit of this process's cgroup (v2 memory.max, v1 memory.limit_in_bytes).",
    why: "The Go runtime derives its CPU limit from cgroups since 1.25 but never its memory limit. Without GOMEMLIMIT the GC paces by GOGC alone; a heap that peaks at twice the live data can cross memory.max and the kernel kills the process instead of the GC collecting earlier.",
    fix: "Set GOMEMLIMIT to about 90% of the container limit (leaving room for non-heap memory), and keep GOGC as it is."
  },
  check({ system }) {
    const max = system.cgroup.memory.maxBytes;
    const value = system.go.env.GOMEMLIMIT;
    if (value) {
      const parsed = parseGomemlimit(value);
      if (parsed === null) return [{ messageId: "invalid", severity: "error", data: { value }, evidence: { GOMEMLIMIT: value } }];
      if (max === null || parsed === "off" || parsed < max) return [];
      return [{ messageId: "above", data: { value, limit: formatBytes(parsed), max: formatBytes(max) }, evidence: { memory: system.cgroup.memory }, fixes: [suggest(max)] }];
    }
    if (max === null) return [];
    return [{ messageId: "unset", severity: "info", data: { max: formatBytes(max), file: system.cgroup.memory.source ?? "cgroup" }, evidence: { memory: system.cgroup.memory }, fixes: [suggest(max)] }];
  }
});
function suggest(max) {
  const mib = Math.floor(max * 0.9 / 2 ** 20);
  return { kind: "command", title: fixTitle("setASoftLimit"), command: `export GOMEMLIMIT=${mib}MiB`, shell: "sh", safety: "review" };
}
__name(suggest, "suggest");

// src/rules/system/gd412-go-dirs-noexec.ts
function execDirs(dirs) {
  const gotmp = dirs.find((d) => d.role === "GOTMPDIR");
  return dirs.filter((d) => d.role === "GOCACHE" || d.role === (gotmp ? "GOTMPDIR" : "TMPDIR"));
}
__name(execDirs, "execDirs");
var gd412 = defineRule({
  id: "GD412",
  name: "go-dirs-noexec",
  category: "system",
  severity: "error",
  title: "Go work or cache directory on a noexec mount",
  requires: ["system"],
  messages: {
    work: '{role}={path} is on {mountPoint} mounted noexec: go test and go run fail with "fork/exec {path}/go-build\u2026/exe/\u2026: permission denied".',
    cache: 'GOCACHE={path} is on {mountPoint} mounted noexec: from Go 1.24 a repeated go run or go tool executes the cached binary and fails with "permission denied".'
  },
  fixTitles: {
    giveTheGoCommand: "Give the go command an exec-allowed work directory",
    giveTheGoCommandExported: "Give the go command an exec-allowed work directory (it is exported in your shell startup or CI environment)",
    moveTheBuildCache: "Move the build cache to an exec-allowed filesystem",
    moveTheBuildCacheExported: "Move the build cache to an exec-allowed filesystem (it is exported in your shell startup or CI environment)"
  },
  sources: ["https://pkg.go.dev/cmd/go#hdr-Environment_variables", "https://go.dev/doc/go1.24#go-command", "man:mount(8)", "man:proc_pid_mountinfo(5)"],
  fixable: true,
  docs: {
    what: "Finds the mount of the go command's work directory (GOTMPDIR, else TMPDIR) and of GOCACHE in /proc/self/mountinfo and reports a noexec option.",
    why: 'go test and go run link a binary into $WORK and execute it; Go 1.24+ also caches go run/go tool executables in GOCACHE and runs them from there. Hardened hosts often mount /tmp noexec, so the build succeeds and the exec fails with "permission denied".',
    fix: "Point GOTMPDIR (and, if needed, GOCACHE) at a directory on an exec-allowed filesystem you own, e.g. under $HOME."
  },
  check({ system }) {
    return execDirs(system.dirs).filter((d) => d.mount?.options.includes("noexec")).map((d) => {
      const isCache = d.role === "GOCACHE";
      const setWork = moveDirFix("GOTMPDIR", system.dirs.find((x) => x.role === "GOTMPDIR")?.source ?? "default", "$HOME/.cache/go-tmp", fixTitle("giveTheGoCommand"), fixTitle("giveTheGoCommandExported"));
      const fixes = [isCache ? moveDirFix("GOCACHE", d.source, "$HOME/.cache/go-build", fixTitle("moveTheBuildCache"), fixTitle("moveTheBuildCacheExported")) : { ...setWork, command: `mkdir -p $HOME/.cache/go-tmp && ${setWork.command}` }];
      return {
        messageId: isCache ? "cache" : "work",
        data: { role: d.role, path: d.path, mountPoint: d.mount.mountPoint },
        evidence: { dir: d },
        fixes
      };
    });
  }
});

// src/rules/system/gd413-go-dir-not-writable.ts
var WRITTEN = /* @__PURE__ */ new Set(["GOCACHE", "GOMODCACHE", "GOPATH", "GOTMPDIR", "TMPDIR"]);
var gd413 = defineRule({
  id: "GD413",
  name: "go-dir-not-writable",
  category: "system",
  severity: "error",
  title: "Go cache or work directory not writable",
  requires: ["system"],
  messages: {
    foreignOwner: '{role}={path} is owned by uid {owner}, not by you (uid {uid}): usually left by `sudo go \u2026`; go fails with "permission denied" writing to it.',
    readOnly: "{role}={path} is not writable ({why})."
  },
  fixTitles: {
    takeTheDirectoryBack: "Take the directory back",
    pointAtAWritable: "Point {role} at a writable directory",
    pointAtAWritableExported: "Point {role} at a writable directory (it is exported in your shell startup or CI environment)"
  },
  sources: ["https://pkg.go.dev/cmd/go#hdr-Build_and_test_caching", "https://go.dev/ref/mod#module-cache", "man:chown(1)"],
  fixable: true,
  docs: {
    what: "Checks that GOCACHE, GOMODCACHE, GOPATH, GOTMPDIR and TMPDIR (or, for ones not created yet, their nearest existing parent) are writable by the current user: owner, mode bits and read-only mounts.",
    why: 'Running `sudo go build` or `sudo go install` once creates root-owned cache entries in the user\'s cache; afterwards every build as the user fails with "open \u2026/go-build/\u2026: permission denied" or "mkdir \u2026: permission denied".',
    fix: "Give the directories back to the user with chown -R (the module cache is read-only by design: make it writable with chmod -R u+w first if you delete it), or point the variable at a directory the user owns."
  },
  check({ system }) {
    const uid = system.user.uid;
    const out = [];
    for (const d of system.dirs) {
      if (!WRITTEN.has(d.role) || d.writable !== false) continue;
      const examined = d.examined ?? d.path;
      const sticky = d.role === "TMPDIR";
      if (uid !== null && d.ownerUid !== null && d.ownerUid !== uid && !sticky) {
        out.push({
          messageId: "foreignOwner",
          data: { role: d.role, path: examined, owner: d.ownerUid, uid },
          evidence: { dir: d },
          fixes: [{ kind: "command", title: fixTitle("takeTheDirectoryBack"), command: `sudo chown -R "$(id -u):$(id -g)" ${shQuote(examined)}`, shell: "sh", safety: "review" }]
        });
      } else {
        const why = d.mount?.options.includes("ro") ? `${d.mount.mountPoint} is mounted read-only` : `mode ${(d.mode ?? 0).toString(8)}`;
        out.push({
          messageId: "readOnly",
          data: { role: d.role, path: examined, why },
          evidence: { dir: d },
          fixes: [moveDirFix(d.role, d.role === "TMPDIR" ? "env" : d.source, homeDefault(d.role), fixTitle("pointAtAWritable", { role: d.role }), fixTitle("pointAtAWritableExported", { role: d.role }))]
        });
      }
    }
    return out;
  }
});

// src/rules/system/gd414-go-dirs-low-space.ts
var LOW_SPACE_BYTES = 1024 ** 3;
var gd414 = defineRule({
  id: "GD414",
  name: "go-dirs-low-space",
  category: "system",
  severity: "warning",
  title: "Little free space for Go caches or temp files",
  requires: ["system"],
  messages: {
    low: '{roles} on {mountPoint} have only {free} free of {total}: builds can fail with "no space left on device".'
  },
  fixTitles: {
    trimTheBuildCache: "Trim the build cache"
  },
  sources: ["https://pkg.go.dev/cmd/go#hdr-Build_and_test_caching", "man:df(1)"],
  fixable: true,
  docs: {
    what: "Reports filesystems holding GOCACHE, GOMODCACHE, GOPATH, GOTMPDIR or TMPDIR with less than 1 GiB free (df -Pk).",
    why: 'The build cache grows with every build and Go 1.24+ also caches go run binaries; linking a large program writes hundreds of megabytes into the work directory. A full disk makes builds fail midway with "no space left on device" or corrupt cache entries.',
    fix: "Trim the build cache with `go clean -cache` (and the module cache with `go clean -modcache`), or move the caches to a larger filesystem."
  },
  check({ system }) {
    const byMount = /* @__PURE__ */ new Map();
    for (const d of system.dirs) {
      if (d.role === "GOROOT" || d.freeBytes === null || d.freeBytes >= LOW_SPACE_BYTES) continue;
      const key = d.mount?.mountPoint ?? d.examined ?? d.path;
      byMount.set(key, [...byMount.get(key) ?? [], d]);
    }
    return [...byMount.entries()].map(([mountPoint, ds]) => ({
      messageId: "low",
      data: { roles: ds.map((d) => d.role).join(", "), mountPoint, free: formatBytes(ds[0].freeBytes), total: formatBytes(ds[0].totalBytes ?? 0) },
      evidence: { dirs: ds },
      fixes: [{ kind: "command", title: fixTitle("trimTheBuildCache"), command: "go clean -cache", safety: "safe" }]
    }));
  }
});

// src/knowledge/network-filesystems.ts
var NETWORK_FS_SOURCES = {
  nfs: "man:nfs(5)",
  nfs4: "man:nfs(5)",
  cifs: "man:mount.cifs(8)",
  smb3: "man:mount.smb3(8)",
  smbfs: "man:mount(8)",
  "9p": "https://docs.kernel.org/filesystems/9p.html",
  v9fs: "https://docs.kernel.org/filesystems/9p.html",
  "fuse.sshfs": "man:sshfs(1)",
  afs: "https://docs.kernel.org/filesystems/afs.html",
  ceph: "https://docs.kernel.org/filesystems/ceph.html",
  "fuse.ceph": "man:ceph-fuse(8)",
  glusterfs: "https://docs.gluster.org/en/latest/Administrator-Guide/Setting-Up-Clients/",
  "fuse.glusterfs": "https://docs.gluster.org/en/latest/Administrator-Guide/Setting-Up-Clients/",
  lustre: "https://doc.lustre.org/lustre_manual.xhtml",
  gpfs: "https://www.ibm.com/docs/en/storage-scale",
  "fuse.s3fs": "https://github.com/s3fs-fuse/s3fs-fuse",
  "fuse.gcsfuse": "https://cloud.google.com/storage/docs/cloud-storage-fuse/overview",
  "fuse.rclone": "https://rclone.org/commands/rclone_mount/",
  davfs: "man:mount.davfs(8)",
  "fuse.davfs": "man:mount.davfs(8)",
  virtiofs: "https://docs.kernel.org/filesystems/virtiofs.html",
  "fuse.vmhgfs-fuse": "https://github.com/vmware/open-vm-tools",
  vboxsf: "https://www.virtualbox.org/manual/ch04.html#sharedfolders",
  drvfs: "https://learn.microsoft.com/en-us/windows/wsl/filesystems",
  prl_fs: "https://kb.parallels.com/en/116480"
};
var NETWORK_FS_TYPES = new Set(Object.keys(NETWORK_FS_SOURCES));

// src/rules/system/gd415-go-cache-on-network-fs.ts
var gd415 = defineRule({
  id: "GD415",
  name: "go-cache-on-network-fs",
  category: "system",
  severity: "warning",
  title: "Go cache on a network filesystem",
  requires: ["system"],
  messages: {
    network: "{role}={path} is on {fsType} ({source} at {mountPoint}): every build does many small reads and renames over the network."
  },
  fixTitles: {
    moveToALocal: "Move {role} to a local disk",
    moveToALocalExported: "Move {role} to a local disk (it is exported in your shell startup or CI environment)"
  },
  sources: ["https://pkg.go.dev/cmd/go#hdr-Build_and_test_caching", "https://go.dev/ref/mod#module-cache", "man:nfs(5)"],
  fixable: true,
  docs: {
    what: "Reports GOCACHE, GOMODCACHE, GOPATH and GOTMPDIR on NFS, SMB/CIFS, 9p, sshfs and similar network or host-shared filesystems (WSL drives are GD404).",
    why: 'The build cache is thousands of small files updated with rename and lock operations; on a network filesystem builds slow down by orders of magnitude, and weak locking or attribute caching can surface as spurious "file exists"/"stale NFS file handle" errors, especially with several machines sharing one cache.',
    fix: "Keep GOCACHE and GOMODCACHE on a local disk (the defaults under $HOME may be NFS: set them explicitly), and share build results through GOCACHEPROG or a module proxy instead."
  },
  check({ system }) {
    const roles = /* @__PURE__ */ new Set(["GOCACHE", "GOMODCACHE", "GOPATH", "GOTMPDIR"]);
    return system.dirs.filter((d) => roles.has(d.role) && d.mount && NETWORK_FS_TYPES.has(d.mount.fsType) && !(system.wsl.isWsl && /^\/mnt\/[a-z](\/|$)/.test(d.mount.mountPoint))).map((d) => ({
      messageId: "network",
      data: { role: d.role, path: d.path, fsType: d.mount.fsType, source: d.mount.source, mountPoint: d.mount.mountPoint },
      evidence: { dir: d },
      fixes: [moveDirFix(d.role, d.source, `/var/tmp/$(id -un)/${d.role.toLowerCase()}`, fixTitle("moveToALocal", { role: d.role }), fixTitle("moveToALocalExported", { role: d.role }))]
    }));
  }
});

// src/rules/system/gd416-ca-bundle-missing.ts
var gd416 = defineRule({
  id: "GD416",
  name: "ca-bundle-missing",
  category: "system",
  severity: "error",
  title: "No CA certificates for TLS",
  requires: ["system"],
  messages: {
    none: 'No CA certificates in any location Go reads ({locations}): module downloads and HTTPS fail with "x509: certificate signed by unknown authority".',
    badEnvFile: "SSL_CERT_FILE={path} is {state}: Go reads only this file (not the distribution bundle), so TLS verification has {count} roots from directories."
  },
  fixTitles: {
    installTheCaBundle: "Install the CA bundle",
    inAScratchOr: "In a scratch or distroless image",
    stopOverridingTheBundle: "Stop overriding the bundle"
  },
  sources: ["src/crypto/x509/root_linux.go", "src/crypto/x509/root_unix.go", "https://pkg.go.dev/crypto/x509#SystemCertPool", "man:update-ca-certificates(8)"],
  fixable: true,
  docs: {
    what: "Checks the CA locations Go's crypto/x509 reads on Linux and FreeBSD \u2014 SSL_CERT_FILE or the distribution bundles (/etc/ssl/certs/ca-certificates.crt, /etc/pki/tls/certs/ca-bundle.crt, /etc/ssl/cert.pem \u2026), then SSL_CERT_DIR or /etc/ssl/certs and /etc/pki/tls/certs \u2014 and counts the PEM certificates found.",
    why: 'Slim and scratch images ship without ca-certificates; then `go mod download`, `go get` and every HTTPS client fail with "x509: certificate signed by unknown authority". SSL_CERT_FILE pointing at a missing or empty file replaces the distribution bundle instead of adding to it.',
    fix: "Install the ca-certificates package (and run update-ca-certificates / update-ca-trust), copy /etc/ssl/certs/ca-certificates.crt into scratch images, or fix SSL_CERT_FILE."
  },
  check({ system }) {
    const { ca } = system;
    if (ca.certificates === null) return [];
    const fixes = caBundleFix(system, fixTitle("installTheCaBundle"));
    fixes.push({ kind: "manual", title: fixTitle("inAScratchOr"), steps: ["COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/"] });
    if (ca.sslCertFile) {
      const f = ca.candidates.find((c) => c.kind === "file" && c.path === ca.sslCertFile);
      if (f && f.certificates === 0) {
        const dirCount = ca.candidates.filter((c) => c.kind === "dir").reduce((n, c) => n + c.certificates, 0);
        return [{
          messageId: "badEnvFile",
          severity: dirCount > 0 ? "warning" : "error",
          data: { path: f.path, state: f.exists ? "empty or not PEM" : "missing", count: dirCount },
          evidence: { ca },
          fixes: [{ kind: "command", title: fixTitle("stopOverridingTheBundle"), command: "unset SSL_CERT_FILE", shell: "sh", safety: "safe" }, ...fixes]
        }];
      }
    }
    if (ca.certificates > 0) return [];
    return [{ messageId: "none", data: { locations: ca.candidates.map((c) => c.path).join(", ") }, evidence: { ca }, fixes }];
  }
});

// src/rules/system/gd420-helper-program-hangs.ts
function useOf(program) {
  const name = program.split("/").pop() ?? program;
  if (name === "git" || name === "hg") return "to fetch modules directly and to stamp VCS information into every build (-buildvcs)";
  if (/(^|-)(gcc|cc|clang|g\+\+|c\+\+|clang\+\+)(-[\d.]+)?$/.test(name)) return "for every cgo build (and `go env` asks it for flags)";
  if (name === "pkg-config" || name.endsWith("-pkg-config")) return "for every `#cgo pkg-config:` directive";
  return "while building";
}
__name(useOf, "useOf");
var gd420 = defineRule({
  id: "GD420",
  name: "helper-program-hangs",
  category: "system",
  severity: "error",
  title: "A program the go command runs (C compiler, git, pkg-config) hangs",
  requires: ["system"],
  messages: {
    hangs: "`{command}` did not answer within {seconds} s and was killed; go runs {program} {use}, so those builds hang the same way."
  },
  sources: ["src/cmd/go/internal/work/exec.go", "src/cmd/go/internal/vcs/vcs.go", "src/cmd/go/internal/load/pkg.go"],
  fixable: false,
  docs: {
    what: "Reports programs that godiag ran the way the go command runs them (`cc --version`, `pkg-config`, `git config`) and that did not answer within the timeout.",
    why: "The go command starts the C compiler for every cgo package, pkg-config for `#cgo pkg-config:` lines, and git for direct module fetches and for the VCS stamp of every build in a repository (-buildvcs, Go 1.18). A wrapper that waits for a licence server, a network filesystem that stalls, or a credential prompt makes every such build hang with no message.",
    fix: "Run the command shown by hand to see where it waits (a wrapper script, a stalled mount, a prompt); fix or replace that program, or point CC/PKG_CONFIG at a working one. For git, `GOFLAGS=-buildvcs=false` avoids the stamp while you investigate."
  },
  check({ system, all }) {
    const hung = [...system.hung ?? []];
    const git = all.modules?.ok ? all.modules.value.git.hung : void 0;
    if (git) hung.push(git);
    return hung.map((h) => ({
      messageId: "hangs",
      data: { command: h.command, seconds: Math.round(h.timeoutMs / 100) / 10, program: h.program, use: useOf(h.program) },
      evidence: { command: h.command, timeoutMs: h.timeoutMs }
    }));
  }
});

// src/rules/system/gd425-ca-certificates-expire.ts
var EXPIRY_WINDOW_DAYS = 30;
var DAY_MS = 24 * 60 * 60 * 1e3;
var LISTED = 5;
var gd425 = defineRule({
  id: "GD425",
  name: "ca-certificates-expire",
  category: "system",
  severity: "warning",
  title: "CA certificates expired or about to expire",
  requires: ["system"],
  messages: {
    noneValid: `None of the {count} CA certificates Go loads ({locations}) is valid on {date} ({expired} expired, {notYetValid} not yet valid): every TLS verification fails with "x509: certificate has expired or is not yet valid", with a root's date, not the server certificate's.`,
    bundleExpired: 'Every one of the {count} CA certificates in {path} has expired, the last on {latest}: servers whose chain ends at these roots fail with "x509: certificate has expired or is not yet valid" ({valid} valid roots remain in the other locations).',
    expired: "{count} CA certificate(s) Go loads have expired: {list}. Go builds no chain through them, so the bundle is out of date.",
    expiring: "{count} CA certificate(s) Go loads expire within {days} days: {list}. From then on, servers whose chain ends only at them fail verification."
  },
  fixTitles: {
    updateTheCaBundle: "Update the CA bundle",
    checkTheClock: "Check the clock"
  },
  sources: ["src/crypto/x509/verify.go", "src/crypto/x509/cert_pool.go", "src/crypto/x509/root_unix.go", "src/crypto/x509/root_linux.go", "man:update-ca-certificates(8)"],
  fixable: true,
  docs: {
    what: "Reads the validity dates of the certificates Go's crypto/x509 loads as roots \u2014 SSL_CERT_FILE or the first readable distribution bundle, then SSL_CERT_DIR or /etc/ssl/certs and /etc/pki/tls/certs \u2014 and reports roots that have expired or expire within 30 days of the collection, and a location whose every root has expired.",
    why: `crypto/x509 checks NotBefore and NotAfter of every certificate of a chain, the root included (verify.go isValid), so an expired root verifies nothing: a pinned corporate bundle in SSL_CERT_FILE or a copied scratch-image bundle that has aged out makes every connection fail with "x509: certificate has expired or is not yet valid: current time \u2026 is after \u2026" \u2014 the date is the root's, not the server certificate's. Roots that are not yet valid everywhere point at a wrong clock. An expired root next to valid ones is harmless on its own but shows a bundle that is not updated.`,
    fix: "Update the ca-certificates package (and run update-ca-certificates / update-ca-trust), rebuild images that copy the bundle, replace an outdated SSL_CERT_FILE bundle, or set the clock right when roots are not yet valid."
  },
  check({ system }) {
    const { ca } = system;
    if (!ca.checkedAt) return [];
    const now = Date.parse(ca.checkedAt);
    const loaded = ca.candidates.filter((c) => c.roots && c.roots.length > 0);
    if (loaded.length === 0) return [];
    const fixes = caBundleFix(system, fixTitle("updateTheCaBundle"));
    const all = distinct(loaded.flatMap((c) => c.roots));
    const expired = all.filter((r) => Date.parse(r.notAfter) < now);
    const notYetValid = all.filter((r) => Date.parse(r.notBefore) > now);
    const valid = all.length - expired.length - notYetValid.length;
    if (valid === 0) {
      return [{
        messageId: "noneValid",
        severity: "error",
        data: { count: all.length, locations: loaded.map((c) => c.path).join(", "), date: ca.checkedAt.slice(0, 10), expired: expired.length, notYetValid: notYetValid.length },
        evidence: { checkedAt: ca.checkedAt, roots: all.slice(0, LISTED) },
        fixes: notYetValid.length > 0 ? [{ kind: "manual", title: fixTitle("checkTheClock"), steps: ["timedatectl status", "date -u"] }, ...fixes] : fixes
      }];
    }
    const reports = [];
    for (const c of loaded) {
      const roots = distinct(c.roots);
      if (!roots.every((r) => Date.parse(r.notAfter) < now)) continue;
      const latest = roots.map((r) => r.notAfter).sort().at(-1);
      reports.push({ messageId: "bundleExpired", severity: "warning", data: { count: roots.length, path: c.path, latest: latest.slice(0, 10), valid }, evidence: { checkedAt: ca.checkedAt, roots: roots.slice(0, LISTED) }, fixes });
    }
    if (expired.length > 0) {
      reports.push({ messageId: "expired", severity: "info", data: { count: expired.length, list: listRoots(expired) }, evidence: { checkedAt: ca.checkedAt, roots: expired }, fixes });
    }
    const expiring = all.filter((r) => {
      const end = Date.parse(r.notAfter);
      return end >= now && end < now + EXPIRY_WINDOW_DAYS * DAY_MS;
    });
    if (expiring.length > 0) {
      reports.push({ messageId: "expiring", severity: "info", data: { count: expiring.length, days: EXPIRY_WINDOW_DAYS, list: listRoots(expiring) }, evidence: { checkedAt: ca.checkedAt, roots: expiring }, fixes });
    }
    return reports;
  }
});
function distinct(roots) {
  const byKey = /* @__PURE__ */ new Map();
  for (const r of roots) {
    const key = `${r.subject}\0${r.notBefore}\0${r.notAfter}`;
    if (!byKey.has(key)) byKey.set(key, r);
  }
  return [...byKey.values()];
}
__name(distinct, "distinct");
function listRoots(roots) {
  const sorted = [...roots].sort((a, b) => a.notAfter.localeCompare(b.notAfter));
  const shown = sorted.slice(0, LISTED).map((r) => `${r.subject} (${r.notAfter.slice(0, 10)})`).join("; ");
  return sorted.length > LISTED ? `${shown}; and ${sorted.length - LISTED} more` : shown;
}
__name(listRoots, "listRoots");

// src/rules/system/gd430-privileged-port-without-capability.ts
var CAP = "cap_net_bind_service";
var gd430 = defineRule({
  id: "GD430",
  name: "privileged-port-without-capability",
  category: "system",
  severity: "warning",
  title: "A Go service binds a privileged port as an unprivileged user without CAP_NET_BIND_SERVICE",
  requires: ["system"],
  messages: {
    missing: '{unit} runs {binary} as {user} and tells it to listen on port {port} ({source}), below net.ipv4.ip_unprivileged_port_start={start}, but neither AmbientCapabilities=CAP_NET_BIND_SERVICE nor a {cap} file capability on the binary grants it: it fails with "bind: permission denied".',
    noNewPrivileges: '{unit} relies on the {cap} file capability of {binary} to listen on port {port} ({source}), but sets NoNewPrivileges=yes, under which execve grants no capability the service does not already hold: it fails with "bind: permission denied".',
    capsUnknown: "{unit} runs {binary} as {user} on port {port} ({source}) without AmbientCapabilities=CAP_NET_BIND_SERVICE, and the binary's file capabilities could not be read ({problem})."
  },
  fixTitles: {
    grantTheCapabilityFrom: "Grant the capability from the unit (survives rebuilds)"
  },
  sources: ["man:capabilities(7)", "man:systemd.exec(5)", "https://docs.kernel.org/networking/ip-sysctl.html", "man:setcap(8)", "src/net/sock_posix.go"],
  fixable: true,
  docs: {
    what: "Reads the system's systemd service units (with their drop-ins) and, for a unit whose ExecStart is a Go binary, which runs as a User= other than root or with DynamicUser=, and whose arguments or Environment= name a listen port below net.ipv4.ip_unprivileged_port_start (1024 unless lowered), checks what grants the bind: AmbientCapabilities=CAP_NET_BIND_SERVICE, or the binary's cap_net_bind_service file capability (permitted and effective) without NoNewPrivileges=.",
    why: 'Binding a port below ip_unprivileged_port_start needs CAP_NET_BIND_SERVICE. A binary given it with setcap loses it at the next rebuild or copy (the capability is an extended attribute of the file), and under NoNewPrivileges= execve grants no file capability the service does not already hold; the Go server then exits with "listen tcp :443: bind: permission denied" after an upgrade that changed nothing else.',
    fix: "Grant the capability from the unit (AmbientCapabilities=CAP_NET_BIND_SERVICE, with CapabilityBoundingSet= including it if the unit narrows that set), which survives rebuilds; or re-run setcap after every install; or use socket activation or a port above 1023 behind a proxy."
  },
  check({ system }) {
    const pp = system.privilegedPorts;
    if (!pp) return [];
    const out = [];
    for (const s of pp.services) {
      if (s.ambientCapabilities.includes(CAP)) continue;
      const first = s.ports[0];
      const data = { unit: s.unit, binary: s.binary, user: s.user ?? "root", port: first.port, source: first.source, start: pp.unprivilegedPortStart ?? 1024, cap: CAP };
      const dropIn = {
        kind: "manual",
        title: fixTitle("grantTheCapabilityFrom"),
        steps: [`systemctl edit ${shQuote(s.unit.split("/").pop())}`, "[Service]", "AmbientCapabilities=CAP_NET_BIND_SERVICE", `systemctl restart ${shQuote(s.unit.split("/").pop())}`]
      };
      const evidence = { ports: s.ports, ambientCapabilities: s.ambientCapabilities, fileCaps: s.fileCaps, noNewPrivileges: s.noNewPrivileges };
      const location = { file: s.unit };
      if (s.fileCaps === null) {
        out.push({ messageId: "capsUnknown", severity: "info", data: { ...data, problem: pp.capsProblem ?? "no reader" }, evidence, location, fixes: [dropIn] });
        continue;
      }
      const hasCap = s.fileCaps.permitted.includes(CAP) && s.fileCaps.effective;
      if (hasCap && !s.noNewPrivileges) continue;
      out.push({ messageId: hasCap ? "noNewPrivileges" : "missing", data, evidence, location, fixes: [dropIn] });
    }
    return out;
  }
});

// src/rules/system/gd431-image-privileged-port-non-root.ts
var gd431 = defineRule({
  id: "GD431",
  name: "image-privileged-port-non-root",
  category: "system",
  severity: "info",
  title: "The project's image runs its Go server as a non-root user on a port below 1024",
  requires: ["system"],
  messages: {
    image: '{path} runs as USER {user} and listens on port {port} ({source}, line {line}) without giving the binary cap_net_bind_service (no RUN setcap): this works under Docker and Podman, which set net.ipv4.ip_unprivileged_port_start=0 in each container, and fails with "bind: permission denied" where the runtime leaves it at 1024 (Kubernetes unless the pod or the runtime lowers it).'
  },
  fixTitles: {
    letThePodBind: "Let the pod bind low ports"
  },
  sources: ["man:capabilities(7)", "https://docs.kernel.org/networking/ip-sysctl.html", "https://github.com/moby/moby/pull/41030", "https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/", "man:setcap(8)"],
  fixable: true,
  docs: {
    what: "Reads the Dockerfile (or Containerfile) at the root of the project in --cwd. When an image that builds Go ends in a stage whose USER is not root (or whose base is a :nonroot image) and which listens on a port below 1024 \u2014 EXPOSE, a listen flag of ENTRYPOINT/CMD, or an ENV such as PORT=80 \u2014 and no stage runs setcap cap_net_bind_service, it notes where that image can start.",
    why: `A port below net.ipv4.ip_unprivileged_port_start needs CAP_NET_BIND_SERVICE, and a process that is not root loses its capabilities at execve unless the file carries them. Docker (since 20.10) and Podman lower the sysctl to 0 inside each container, so the image works on a laptop; Kubernetes leaves it to the pod's securityContext sysctls or the container runtime's configuration, so the same image fails there with "listen tcp :80: bind: permission denied".`,
    fix: "Listen on a port above 1023 and map it (containerPort/Service targetPort), or set net.ipv4.ip_unprivileged_port_start=0 in the pod's securityContext.sysctls (a safe sysctl), or give the binary the capability in the image (RUN setcap cap_net_bind_service=+ep /app, with libcap in that stage)."
  },
  check({ system }) {
    return (system.privilegedPorts?.dockerfiles ?? []).map((d) => {
      const first = d.ports[0];
      return {
        messageId: "image",
        data: { path: d.path, user: d.user, port: first.port, source: first.source, line: first.line },
        evidence: { ports: d.ports, userLine: d.userLine },
        location: { file: d.path, line: first.line },
        fixes: [{ kind: "manual", title: fixTitle("letThePodBind"), steps: ["securityContext:", "  sysctls:", "  - name: net.ipv4.ip_unprivileged_port_start", '    value: "0"'] }]
      };
    });
  }
});

// src/rules/system/gd440-cgo-package-with-cgo-off.ts
var gd440 = defineRule({
  id: "GD440",
  name: "cgo-package-with-cgo-off",
  category: "system",
  severity: "error",
  title: "Package needs cgo, and cgo is off here",
  requires: ["project", "system"],
  messages: {
    imported: 'cgo is off here ({why}), and package {pkg} of this module needs cgo: {file} imports "C" (line {cgoLine}) and no file of {dir} builds without cgo. `go build ./...` fails with: {error}',
    named: 'cgo is off here ({why}), and the package in this directory, {pkg}, needs cgo: {file} imports "C" (line {cgoLine}) and no file builds without cgo. `go build` fails with: {error}',
    skipped: 'cgo is off here ({why}): package {pkg} ({file} imports "C", line {cgoLine}) has no file that builds without cgo, so `go build ./...` leaves it out without a word, and `go build ./{dir}` fails with: {error}'
  },
  fixTitles: {
    installCompiler: "Turn cgo on (install a C compiler, unset CGO_ENABLED=0), or give the package a file with //go:build !cgo"
  },
  sources: ["src/go/build/build.go", "src/cmd/go/internal/load/pkg.go", "src/cmd/go/internal/cfg/cfg.go", "https://go.dev/doc/go1.20#cgo", "https://pkg.go.dev/cmd/cgo"],
  fixable: false,
  docs: {
    what: 'When `go env CGO_ENABLED` is 0 on this machine \u2014 set explicitly, a GOOS/GOARCH other than the machine\'s (a cross-compile), or no C compiler on PATH (Go 1.20+) \u2014 reads the packages of the module in --cwd and of the local modules it replaces (build constraints, _GOOS/_GOARCH file names, `import "C"`, imports) and reports those with no file left without cgo: imported by a package of the module (`go build ./...` fails), the package in the current directory (`go build` fails), or only matched by `./...` (left out silently).',
    why: 'go/build leaves a file that imports "C" out of its package when cgo is disabled; a package whose every file needs cgo then has none, and go fails with "build constraints exclude all Go files in DIR". That cgo is off is often not chosen: a cross-compile turns it off even with CC set, and Go 1.20+ turns it off when no C compiler is found.',
    fix: "Install a C compiler (and unset CGO_ENABLED=0, or set it to 1 with a cross C compiler for another target), or give the package a pure-Go fallback file with //go:build !cgo."
  },
  check({ project, system, all }) {
    const out = [];
    const pk = project.packages;
    const cgo = system.cgo;
    if (!pk || !pk.cgoFiles || cgo.enabled !== false || !cgo.goos || !cgo.goarch) return out;
    const why = cgo.reason === "explicit" ? `CGO_ENABLED=0, from ${cgo.enabledSource ?? "the environment"}` : cgo.reason === "cross-compile" ? `GOOS/GOARCH ${cgo.goos}/${cgo.goarch} is not this machine's ${cgo.hostGoos}/${cgo.hostGoarch}: a cross-compile` : cgo.reason === "no-compiler" ? `no C compiler: ${cgo.cc?.setting ?? "gcc"} is not on PATH, and Go 1.20+ then turns cgo off` : "go env CGO_ENABLED=0";
    const goflags = all.goenv?.ok ? all.goenv.value.settings.GOFLAGS?.value : void 0;
    const goVersion = system.go.installs[0]?.version ?? null;
    const target = { goos: cgo.goos, goarch: cgo.goarch, cgo: false, tags: buildTags([], goflags), goVersion };
    const rel = project.cwd === pk.root ? "" : project.cwd.startsWith(`${pk.root}/`) ? project.cwd.slice(pk.root.length + 1) : null;
    const here = rel === null ? null : resolvePatterns(pk, rel, ["."]);
    const all_ = resolvePatterns(pk, "", ["./..."]);
    if (!all_) return out;
    const breaks = cgoBreaks(pk, target, { named: here?.named ?? [], wild: all_.wild });
    for (const b of breaks) {
      const dir = packageDirIn(pk.root, b.pkg.dir);
      const error = goError(b.how === "skipped" ? { ...b, how: "named" } : b, dir);
      out.push({
        messageId: b.how,
        ...b.how === "skipped" ? { severity: "warning" } : {},
        data: { why, pkg: b.pkg.importPath, file: `${b.pkg.dir ? `${b.pkg.dir}/` : ""}${b.cgoFile.name}`, cgoLine: b.cgoFile.line, dir: b.pkg.dir || ".", error: error.replace(/\n\t/g, " ") },
        evidence: { reason: cgo.reason, package: b.pkg.importPath, how: b.how, importStack: b.chain, goError: error },
        location: { file: `${dir}/${b.cgoFile.name}`, line: b.cgoFile.line },
        fixes: [{ kind: "manual", title: fixTitle("installCompiler"), steps: [cgo.reason === "no-compiler" ? "Install a C compiler (gcc), or set CC to one." : cgo.reason === "cross-compile" ? `Build for ${cgo.goos}/${cgo.goarch} with CGO_ENABLED=1 and CC set to a cross C compiler for that target.` : "Unset CGO_ENABLED=0 (or set CGO_ENABLED=1) where it comes from.", `Or add a file with //go:build !cgo to ${b.pkg.dir || "."} providing what the cgo files provide.`], url: "https://pkg.go.dev/cmd/cgo" }]
      });
    }
    return out;
  }
});

// src/rules/system/index.ts
var SYSTEM_RULES = [
  gd401,
  gd402,
  gd403,
  gd404,
  gd405,
  gd406,
  gd407,
  gd408,
  gd409,
  gd410,
  gd411,
  gd412,
  gd413,
  gd414,
  gd415,
  gd416,
  gd420,
  gd425,
  gd430,
  gd431,
  gd440
];

// src/rules/runtime/helpers.ts
function stepsNamed(rt, name) {
  return rt.steps.filter((s) => s.name === name);
}
__name(stepsNamed, "stepsNamed");
function stepEvidence(s) {
  return { command: s.command, ms: s.ms, failure: s.failure, problems: s.problems, binary: s.binary };
}
__name(stepEvidence, "stepEvidence");
function firstLine(s) {
  return (s.failure?.detail ?? s.problems[0] ?? "no output").split("\n")[0].slice(0, 300);
}
__name(firstLine, "firstLine");

// src/rules/runtime/gd901-runtime-build-failed.ts
var gd901 = defineRule({
  id: "GD901",
  name: "runtime-build-failed",
  category: "runtime",
  severity: "error",
  title: "A hello-world program does not build or run",
  requires: ["runtime"],
  messages: {
    build: "Building a hello-world module in a fresh temp dir failed ({class}): {error}",
    goflags: "Every build fails because GOFLAGS is invalid: {error}"
  },
  fixTitles: {
    seeWhereGoflagsComes: "See where GOFLAGS comes from, then fix it there"
  },
  sources: ["https://go.dev/doc/tutorial/getting-started", "src/cmd/go/internal/base/goflags.go"],
  fixable: false,
  docs: {
    what: "Runs `go build` and the resulting program for a one-file module in a new directory under TMPDIR, with the user's environment and GOTOOLCHAIN=local, and reports any failure other than a noexec temp dir (GD902).",
    why: "If the simplest program cannot be built, every project fails the same way; the error of this minimal case points at the environment (GOROOT, GOFLAGS, GOCACHE permissions, a broken install) rather than at the project.",
    fix: "Act on the quoted go error; run `godiag doctor` without --runtime for the static checks of the same settings."
  },
  check({ runtime }) {
    return stepsNamed(runtime, "hello").filter((s) => s.status === "failed" && s.failure?.class !== "noexec").map((s) => ({
      messageId: s.failure?.class === "goflags" ? "goflags" : "build",
      data: { class: s.failure?.class ?? "unexpected output", error: firstLine(s) },
      evidence: stepEvidence(s),
      fixes: s.failure?.class === "goflags" ? [{ kind: "command", title: fixTitle("seeWhereGoflagsComes"), command: 'go env -changed GOFLAGS; echo "env: $GOFLAGS"', safety: "safe" }] : []
    }));
  }
});

// src/rules/runtime/gd902-runtime-noexec-temp.ts
var gd902 = defineRule({
  id: "GD902",
  name: "runtime-noexec-temp",
  category: "runtime",
  severity: "error",
  title: "Programs built in the temp directory cannot be executed (noexec)",
  requires: ["runtime"],
  messages: {
    noexec: 'A program built under {tmp} could not be executed ("permission denied"): the temp directory is probably mounted noexec, which breaks `go run`, `go test` and cgo checks.'
  },
  fixTitles: {
    buildAndRunGo: "Build and run Go programs from an exec-allowed directory",
    seeHowTheTemp: "See how the temp directory is mounted"
  },
  sources: ["https://pkg.go.dev/cmd/go#hdr-Environment_variables", "man:mount(8)", "src/cmd/go/internal/work/action.go"],
  fixable: true,
  docs: {
    what: "Runs the program built by the hello probe from its directory under TMPDIR and reports an exec permission error.",
    why: '`go run` and `go test` build executables under GOTMPDIR (default: the system temp directory) and execute them from there. Hardened systems mount /tmp with noexec, so those commands fail with "fork/exec /tmp/go-build.../exe/main: permission denied" while `go build` works.',
    fix: "Point GOTMPDIR at a directory on an exec-allowed filesystem, e.g. `mkdir -p ~/.cache/go-tmp && go env -w GOTMPDIR=$HOME/.cache/go-tmp`, or remount the temp directory with exec."
  },
  check({ runtime }) {
    const s = runtime.steps.find((x) => x.failure?.class === "noexec");
    if (!s) return [];
    const tmp = runtime.tempDir.replace(/\/godiag-runtime-[^/]+$/, "");
    return [{
      messageId: "noexec",
      data: { tmp },
      evidence: { ...stepEvidence(s), error: firstLine(s) },
      fixes: [
        { kind: "command", title: fixTitle("buildAndRunGo"), shell: "sh", command: 'mkdir -p "$HOME/.cache/go-tmp" && go env -w GOTMPDIR="$HOME/.cache/go-tmp"', safety: "review" },
        { kind: "command", title: fixTitle("seeHowTheTemp"), command: `findmnt -T ${tmp} -o TARGET,FSTYPE,OPTIONS`, safety: "safe" }
      ]
    }];
  }
});

// src/rules/runtime/gd903-runtime-cgo-broken.ts
var gd903 = defineRule({
  id: "GD903",
  name: "runtime-cgo-broken",
  category: "runtime",
  severity: "error",
  title: "cgo programs do not build",
  requires: ["runtime"],
  messages: {
    missingCC: "CC={cc} is set but not found: every cgo build fails ({error}).",
    failed: "A cgo hello-world failed to build or run with CC={cc}: {error}",
    noCompiler: "No C compiler ({cc}) on PATH: cgo is off by default (Go 1.20+), so packages that need it (net with the system resolver, os/user with NSS, sqlite drivers ...) fall back or fail."
  },
  fixTitles: {
    installACCompiler: "Install a C compiler (Debian/Ubuntu)",
    dropTheCcOverride: "Drop the CC override (go env file) and use the default compiler"
  },
  sources: ["https://go.dev/doc/go1.20#cgo", "src/cmd/go/internal/work/exec.go", "https://pkg.go.dev/cmd/cgo"],
  fixable: true,
  docs: {
    what: "Builds and runs a one-function cgo program with CGO_ENABLED=1 when a C compiler exists or CC is set explicitly; reports a missing explicit CC, a compiler that fails, or (as information) the absence of any C compiler.",
    why: 'A CC pointing at a removed compiler (after an upgrade, from a copied CI config) breaks every cgo build with "cgo: C compiler ... not found". Without any compiler Go 1.20+ silently builds with cgo off, which changes the DNS resolver and user lookups and breaks packages that import "C".',
    fix: "Unset CC or point it at an installed compiler; install gcc or clang if cgo is needed; otherwise build with CGO_ENABLED=0 deliberately."
  },
  check({ runtime }) {
    const out = [];
    for (const s of stepsNamed(runtime, "cgo")) {
      const cc = runtime.cc.value;
      if (s.status === "skipped") {
        out.push({ messageId: "noCompiler", data: { cc }, evidence: { cc: runtime.cc, skipped: s.skipped }, severity: "info", fixes: [{ kind: "command", title: fixTitle("installACCompiler"), os: "debian", command: "sudo apt-get install -y gcc", safety: "review" }] });
      } else if (s.status === "failed") {
        const missing = s.failure?.class === "no-c-compiler" || runtime.cc.explicit && !runtime.cc.found;
        out.push({
          messageId: missing ? "missingCC" : "failed",
          data: { cc, error: firstLine(s) },
          evidence: { ...stepEvidence(s), cc: runtime.cc },
          fixes: missing ? [{ kind: "command", title: fixTitle("dropTheCcOverride"), command: "go env -u CC; unset CC", safety: "review" }] : []
        });
      }
    }
    return out;
  }
});

// src/rules/runtime/gd904-runtime-module-download-failed.ts
var gd904 = defineRule({
  id: "GD904",
  name: "runtime-module-download-failed",
  category: "runtime",
  severity: "error",
  title: "Downloading a module through the configured proxy failed",
  requires: ["runtime"],
  messages: {
    dns: "Fetching {module} failed: a host name did not resolve ({where}). Error: {error}",
    x509: "Fetching {module} failed: the {where} certificate is signed by an unknown authority: a missing CA bundle or a TLS-intercepting proxy whose root is not trusted. Error: {error}",
    http: "The {where} answered {status} for {module}{hint}. Error: {error}",
    refused: "Fetching {module} failed: the {where} refused the connection. Error: {error}",
    timeout: "Fetching {module} timed out ({where}){hint}. Error: {error}",
    proxyOff: "GOPROXY=off: {module} cannot be downloaded at all. Error: {error}",
    other: "Fetching {module} failed ({where}): {error}"
  },
  fixTitles: {
    installTheSystemCa: "Install the system CA bundle (Debian/Ubuntu)",
    behindATlsInspecting: "Behind a TLS-inspecting proxy: trust its root",
    ifTheModuleIs: "If the module is private, exempt it",
    giveTheGoCommand: "Give the go command credentials for this server"
  },
  sources: ["https://go.dev/ref/mod#goproxy-protocol", "https://go.dev/ref/mod#checksum-database", "src/cmd/go/internal/modfetch/proxy.go", "src/cmd/go/internal/modfetch/sumdb.go", "src/crypto/x509/root_linux.go"],
  fixable: true,
  docs: {
    what: "Downloads one small real module with `go mod download` into an empty temporary module cache, through the user's GOPROXY, GOSUMDB, HTTPS_PROXY and CA settings, and classifies a failure: DNS, x509 unknown authority, 401/403/404/410/5xx from the proxy or the checksum database, connection refused, timeout, GOPROXY=off.",
    why: "Module fetch errors surface deep inside builds and CI logs; reproducing them on the smallest possible case, with the request that failed and which server answered, separates network, trust and configuration problems.",
    fix: "DNS/refused: check the proxy host and HTTPS_PROXY; x509: install ca-certificates or add the intercepting proxy's root (SSL_CERT_FILE); 403/401: credentials (netrc, GOAUTH); 404/410 from the checksum database: the path is private (GOPRIVATE); timeouts: repair the proxy or use `|` to fall through on errors."
  },
  check({ runtime }) {
    const out = [];
    for (const s of stepsNamed(runtime, "download")) {
      if (s.status !== "failed" || !s.failure) continue;
      const f = s.failure;
      const where = f.where === "sumdb" ? `checksum database (GOSUMDB=${runtime.network.gosumdb})` : f.where === "origin" ? "origin server" : `module proxy (GOPROXY=${runtime.network.goproxy})`;
      const base = { module: runtime.network.module, where, error: firstLine(s) };
      const fixes = [];
      if (f.class === "x509") fixes.push({ kind: "command", title: fixTitle("installTheSystemCa"), os: "debian", command: "sudo apt-get install -y ca-certificates && sudo update-ca-certificates", safety: "review" }, { kind: "manual", title: fixTitle("behindATlsInspecting"), steps: ["Get the proxy's root certificate from your IT team", "Add it to the system store (/usr/local/share/ca-certificates + update-ca-certificates) or point SSL_CERT_FILE at a bundle that contains it"] });
      if (f.class === "http-404" || f.class === "http-410") fixes.push({ kind: "manual", title: fixTitle("ifTheModuleIs"), steps: ["go env -w GOPRIVATE=<module prefix>"], url: "https://go.dev/ref/mod#private-modules" });
      if (f.class === "http-401" || f.class === "http-403") fixes.push({ kind: "manual", title: fixTitle("giveTheGoCommand"), steps: ["Add a machine line for the host to ~/.netrc (chmod 600), or configure GOAUTH (Go 1.24+)"], url: "https://go.dev/ref/mod#private-module-proxy-auth" });
      let messageId;
      let data = base;
      if (f.class.startsWith("http-")) {
        messageId = "http";
        const status = f.class === "http-5xx" ? "5xx" : f.class.slice(5);
        const hint = f.where === "sumdb" && (status === "404" || status === "410") ? " (a checksum DB 404/410 usually means a private path: set GOPRIVATE)" : status === "404" || status === "410" ? " (with `,` the next GOPROXY entry is tried)" : " (after `,` the go command stops here; `|` would fall through)";
        data = { ...base, status, hint };
      } else if (f.class === "timeout") {
        messageId = "timeout";
        data = { ...base, hint: ", and after `,` a timeout does not fall through to the next GOPROXY entry" };
      } else {
        messageId = f.class === "dns" ? "dns" : f.class === "x509" ? "x509" : f.class === "connection-refused" ? "refused" : f.class === "proxy-off" ? "proxyOff" : "other";
      }
      out.push({ messageId, data, evidence: { ...stepEvidence(s), url: f.url, goproxy: runtime.network.goproxy, gosumdb: runtime.network.gosumdb }, fixes });
    }
    return out;
  }
});

// src/rules/runtime/gd905-runtime-cross-build-failed.ts
var gd905 = defineRule({
  id: "GD905",
  name: "runtime-cross-build-failed",
  category: "runtime",
  severity: "error",
  title: "A cross-compiled hello-world fails or is not what was asked for",
  requires: ["runtime"],
  messages: {
    failed: "Cross-building for {target} (CGO_ENABLED=0) failed: {error}",
    wrongOutput: "Cross-building for {target} produced an unexpected binary: {problems}"
  },
  sources: ["https://go.dev/doc/install/source#environment", "src/cmd/go/internal/cfg/cfg.go", "src/debug/elf/file.go"],
  fixable: false,
  docs: {
    what: "Builds the hello program for each target of the matrix (default linux/amd64, linux/arm64, darwin/arm64, windows/amd64) with CGO_ENABLED=0, then reads each output: format (ELF, Mach-O, PE), GOOS/GOARCH in the build info, header machine, and static linkage for Linux.",
    why: "Cross builds need nothing but the Go toolchain; when one fails the cause is the environment (GOFLAGS with -race or -buildmode, a GOAMD64/GOARM value for another arch, a wrapper script for go, a stale GOROOT). A Linux binary that is dynamically linked despite CGO_ENABLED=0 points at -linkmode=external or -ldflags in GOFLAGS and will not run in scratch images.",
    fix: "Act on the go error; check GOFLAGS and the GO* variables that are set for all architectures."
  },
  check({ runtime }) {
    return stepsNamed(runtime, "cross").filter((s) => s.status === "failed").map((s) => s.failure ? { messageId: "failed", data: { target: s.target ?? "?", error: firstLine(s) }, evidence: stepEvidence(s) } : { messageId: "wrongOutput", data: { target: s.target ?? "?", problems: s.problems.join("; ") }, evidence: stepEvidence(s) });
  }
});

// src/rules/runtime/gd906-runtime-toolchain-switch-needed.ts
var gd906 = defineRule({
  id: "GD906",
  name: "runtime-toolchain-switch-needed",
  category: "runtime",
  severity: "error",
  title: "The project needs a newer Go than the one installed",
  requires: ["runtime"],
  messages: {
    local: "The project needs a newer toolchain and GOTOOLCHAIN={gotoolchain} forbids switching, so every go command in it fails: {error}",
    download: "The project needs a newer toolchain: with GOTOOLCHAIN={gotoolchain} the go command will download it through GOPROXY on first use (offline or in a locked-down CI this fails): {error}"
  },
  fixTitles: {
    installTheRequiredRelease: "Install the required release next to the current one"
  },
  sources: ["https://go.dev/doc/toolchain", "src/cmd/go/internal/toolchain/select.go"],
  fixable: true,
  docs: {
    what: 'Runs `go list -m` (which loads go.mod; `go env` does not) in the project directory with GOTOOLCHAIN=local and reports the "go.mod requires go >= X (running go Y; GOTOOLCHAIN=local)" error, phrased by the user\'s own GOTOOLCHAIN.',
    why: "Since Go 1.21 the go line is a hard minimum. With GOTOOLCHAIN=local (official Docker images, some distributions) the build stops; with auto the go command downloads golang.org/toolchain, which needs network access and the checksum database.",
    fix: "Install the required Go release, or allow switching (GOTOOLCHAIN=auto) where downloads are possible; or lower the go line if the project truly supports older releases."
  },
  check({ runtime }) {
    return stepsNamed(runtime, "project").filter((s) => s.failure?.class === "toolchain-switch").map((s) => {
      const canSwitch = /auto|\+auto|^go1/.test(runtime.gotoolchain) && !/\+path$|^path$|^local$/.test(runtime.gotoolchain);
      return {
        messageId: canSwitch ? "download" : "local",
        data: { gotoolchain: runtime.gotoolchain, error: firstLine(s) },
        evidence: stepEvidence(s),
        severity: canSwitch ? "warning" : "error",
        fixes: [{ kind: "manual", title: fixTitle("installTheRequiredRelease"), steps: ["go install golang.org/dl/goX.Y.Z@latest && goX.Y.Z download (X.Y.Z from the error)", "Or set GOTOOLCHAIN=auto where downloads are allowed"], url: "https://go.dev/doc/toolchain" }]
      };
    });
  }
});

// src/rules/runtime/index.ts
var RUNTIME_RULES = [gd901, gd902, gd903, gd904, gd905, gd906];

// src/rules/toolchain/verify-shared.ts
function referenceName(v) {
  const r = v.reference;
  if (r.kind === "dpkg") return `the md5sums of ${r.module}`;
  if (r.kind === "rpm") return `the RPM database's file digests of ${r.module}`;
  if (r.kind === "module-dir") return `${r.module} (extracted in the module cache)`;
  if (r.kind === "downloaded") return `${r.module} (downloaded now, checked by go against the checksum database)`;
  return `${r.module ?? "the release"}`;
}
__name(referenceName, "referenceName");
function reinstallCommand(v) {
  const r = v.reference;
  const names = (r.module ?? "").split(", ").filter(Boolean).map(shQuote).join(" ");
  if (!names) return null;
  if (r.kind === "dpkg") return `sudo apt-get install --reinstall ${names}`;
  if (r.kind === "rpm") return `sudo dnf reinstall ${names}`;
  return null;
}
__name(reinstallCommand, "reinstallCommand");
var REINSTALL_FIX_TITLES = {
  reinstallTheReleaseInto: "Reinstall the release into an empty directory",
  reinstallThePackages: "Reinstall the packages that own the installation"
};
function reinstallFix(v) {
  const command = reinstallCommand(v);
  return command ? { kind: "manual", title: fixTitle("reinstallThePackages"), steps: [command] } : { kind: "manual", title: fixTitle("reinstallTheReleaseInto"), steps: [`Remove ${v.goroot} and extract the ${v.release} archive from https://go.dev/dl/ again`], url: "https://go.dev/doc/install" };
}
__name(reinstallFix, "reinstallFix");
function treeName(v) {
  return `${v.goroot} (${v.release ?? "unknown release"}${v.platform ? ` ${v.platform}` : ""})`;
}
__name(treeName, "treeName");
function someOf(names, total = names.length, max = 8) {
  const shown = names.slice(0, max).join(", ");
  return total > max ? `${shown} and ${total - max} more` : shown;
}
__name(someOf, "someOf");
var VERIFY_SOURCES = [
  "src/cmd/distpack/pack.go",
  "src/cmd/distpack/archive.go",
  "https://go.dev/doc/toolchain#download",
  "https://go.dev/ref/mod#checksum-database",
  "man:dpkg(1)",
  "man:rpm(8)"
];

// src/rules/toolchain/gd120-toolchain-file-modified.ts
var NAMED_GOENV_EDITS = {
  GOTOOLCHAIN: /* @__PURE__ */ __name((to) => to === "local" ? "GOTOOLCHAIN=local switches off automatic toolchain downloads (an edit container images and distribution packages make so the installed Go is the one that runs)" : null, "GOTOOLCHAIN")
};
var gd120 = defineRule({
  id: "GD120",
  name: "toolchain-file-modified",
  category: "toolchain",
  severity: "error",
  title: "Files of the Go installation differ from its release",
  requires: ["verify"],
  messages: {
    modified: "{tree} has {count} file(s) whose content differs from {reference}: {files}.",
    goenvNamed: "{tree}: go.env differs from the release by a known edit: {meaning}.",
    goenvEdited: "{tree}: go.env differs from the release: {changes}. These are defaults for every go command using this installation."
  },
  fixTitles: { ...REINSTALL_FIX_TITLES },
  sources: [...VERIFY_SOURCES, "src/cmd/go/internal/cfg/cfg.go", "https://go.dev/doc/toolchain#config"],
  fixable: true,
  docs: {
    what: "With `doctor --verify-toolchain`, hashes every file of the Go installation and compares it with the release: the golang.org/toolchain module of that version in the module cache (whose hash go checked against the checksum database when it downloaded it), or the package manager's own hashes for Debian packages (dpkg's md5sums) and RPM packages (the RPM database's file digests, which `rpm -V` compares). go.env edits are shown as a diff and, when their intent is known, reported as information.",
    why: "A compiler, linker or standard-library file that differs from the release changes every binary built with it; nobody re-checks a tree once it is unpacked. A changed go.env silently changes defaults such as GOTOOLCHAIN, GOPROXY or GOSUMDB for every user of the installation.",
    fix: "Reinstall the release into an empty directory (or reinstall the package: `apt-get install --reinstall`, `dnf reinstall`); for go.env, prefer `go env -w` in the user's own env file to editing the release."
  },
  check({ verify }) {
    return verify.toolchains.flatMap((v) => {
      const goenv = v.modified.find((m) => m.path === "go.env");
      const others = v.modified.filter((m) => m !== goenv);
      const out = [];
      if (others.length) {
        out.push({
          messageId: "modified",
          data: { tree: treeName(v), count: others.length, reference: referenceName(v), files: someOf(others.map((m) => m.path)) },
          evidence: { modified: others.slice(0, 20).map((m) => ({ path: m.path, algorithm: m.algorithm, expected: m.expected, actual: m.actual, ...m.diff ? { diff: m.diff } : {} })) },
          fixes: [reinstallFix(v)]
        });
      }
      if (goenv) {
        const changes = goenv.envChanges ?? [];
        const meanings = changes.map((c) => NAMED_GOENV_EDITS[c.key]?.(c.to) ?? null);
        const evidence = { path: `${v.goroot}/go.env`, expected: goenv.expected, actual: goenv.actual, ...goenv.diff ? { diff: goenv.diff } : {} };
        const listed = changes.length ? changes.map((c) => `${c.key}: ${c.from ?? "(unset)"} \u2192 ${c.to ?? "(unset)"}`).join(", ") : "content changed (no setting differs)";
        out.push(changes.length > 0 && meanings.every((m) => m !== null) ? { messageId: "goenvNamed", severity: "info", data: { tree: treeName(v), meaning: meanings.join("; ") }, evidence } : { messageId: "goenvEdited", severity: "warning", data: { tree: treeName(v), changes: listed }, evidence });
      }
      return out;
    });
  }
});

// src/rules/toolchain/gd121-toolchain-file-missing.ts
var gd121 = defineRule({
  id: "GD121",
  name: "toolchain-file-missing",
  category: "toolchain",
  severity: "error",
  title: "Files of the Go release are missing from the installation",
  requires: ["verify"],
  messages: {
    missing: "{tree} lacks {count} file(s) that {reference} has: {files}."
  },
  fixTitles: { ...REINSTALL_FIX_TITLES },
  sources: VERIFY_SOURCES,
  fixable: true,
  docs: {
    what: "With `doctor --verify-toolchain`, lists the files of the release (the golang.org/toolchain module of that version, or the hashes dpkg or the RPM database recorded for the packages that own it) that the installation does not have.",
    why: 'A standard-library or tool file that is missing makes builds fail with "package ... is not in std" or a missing tool, or\u2014for a file that only adds a platform or a fix\u2014builds a different program than the release would. Partial copies, interrupted extractions and clean-up scripts that delete testdata or *_test.go are the usual causes.',
    fix: "Reinstall the release into an empty directory; for a distribution package, reinstall the packages that own it (`apt-get install --reinstall`, `dnf reinstall`)."
  },
  check({ verify }) {
    return verify.toolchains.filter((v) => v.missingCount > 0).map((v) => ({
      messageId: "missing",
      data: { tree: treeName(v), count: v.missingCount, reference: referenceName(v), files: someOf(v.missing, v.missingCount) },
      evidence: { missing: v.missing.slice(0, 50) },
      fixes: [reinstallFix(v)]
    }));
  }
});

// src/rules/toolchain/gd122-stale-file-in-goroot.ts
var gd122 = defineRule({
  id: "GD122",
  name: "stale-file-in-goroot",
  category: "toolchain",
  severity: "error",
  title: "The Go installation holds files its release does not ship (another release unpacked over it?)",
  requires: ["verify"],
  messages: {
    stalePackageFiles: "{tree} has {count} source file(s) in standard-library package directories that {release} does not ship: {files}. The go command compiles every such file into its package, so these packages break or change: {packages}.",
    extraFiles: "{tree} has {count} file(s) that {release} does not ship: {files}."
  },
  fixTitles: {
    reinstallIntoAnEmpty: "Reinstall into an empty directory",
    removeTheFilesNoPackage: "Remove the files no package owns"
  },
  sources: [...VERIFY_SOURCES, "https://go.dev/doc/install", "src/go/build/build.go"],
  fixable: true,
  docs: {
    what: "With `doctor --verify-toolchain`, lists files inside the part of the installation the release covers (src/, bin/, pkg/tool/, lib/ ...) that the release does not have. Files in directories the release never ships (test/, api/, misc/, doc/, build caches) are only counted.",
    why: "Extracting a new release over an old one (`tar -C /usr/local -xzf` without removing /usr/local/go first, which https://go.dev/doc/install warns about) leaves the old release's files beside the new ones. go/build compiles every .go, .s and .c file of a package directory, so a file the new release deleted or renamed is compiled with the new ones: duplicate declarations, undefined symbols, or a silently different standard library.",
    fix: "Remove the installation directory and extract the release into an empty directory; in a tree a distribution package owns, remove the files no package owns."
  },
  check({ verify }) {
    return verify.toolchains.flatMap((v) => {
      const inPackages = v.extra.filter((e) => e.package && e.buildFile);
      const rest = v.extra.filter((e) => !(e.package && e.buildFile));
      const fixFor = /* @__PURE__ */ __name((files) => reinstallCommand(v) && v.extraCount === v.extra.length && files.length > 0 && files.length <= 50 ? { kind: "manual", title: fixTitle("removeTheFilesNoPackage"), steps: [`sudo rm -- ${files.map((f) => shQuote(`${v.goroot}/${f}`)).join(" ")}`] } : { kind: "manual", title: fixTitle("reinstallIntoAnEmpty"), steps: [`sudo rm -rf -- ${shQuote(v.goroot)}`, `Extract the ${v.release} archive from https://go.dev/dl/ into ${v.goroot.replace(/\/[^/]+$/, "") || "/"} again`], url: "https://go.dev/doc/install" }, "fixFor");
      const out = [];
      if (inPackages.length) {
        const packages = [...new Set(inPackages.map((e) => e.package))].sort();
        out.push({ messageId: "stalePackageFiles", data: { tree: treeName(v), count: inPackages.length, release: v.release ?? "the release", files: someOf(inPackages.map((e) => e.path)), packages: someOf(packages) }, evidence: { files: inPackages.slice(0, 50).map((e) => e.path), packages }, fixes: [fixFor(inPackages.map((e) => e.path))] });
      }
      const restCount = v.extraCount - inPackages.length;
      if (restCount > 0) {
        out.push({ messageId: "extraFiles", severity: "warning", data: { tree: treeName(v), count: restCount, release: v.release ?? "the release", files: someOf(rest.map((e) => e.path), restCount) }, evidence: { files: rest.slice(0, 50).map((e) => e.path) }, fixes: [fixFor(rest.map((e) => e.path))] });
      }
      return out;
    });
  }
});

// src/rules/toolchain/gd123-toolchain-not-verifiable.ts
var gd123 = defineRule({
  id: "GD123",
  name: "toolchain-not-verifiable",
  category: "toolchain",
  severity: "info",
  title: "The Go installation could not be compared with its release",
  requires: ["verify"],
  messages: {
    noReference: "{tree} was not checked: {why}."
  },
  fixTitles: {
    fetchTheReleaseModule: "Fetch the release module for this check only (through your GOPROXY)",
    keepTheReleaseModule: "Keep the release module in your module cache"
  },
  sources: [...VERIFY_SOURCES, "https://go.dev/ref/mod#go-mod-download"],
  fixable: true,
  docs: {
    what: "With `doctor --verify-toolchain`, reports an installation for which no reference was available offline: the golang.org/toolchain module of its release is not in the module cache, the release predates toolchain modules (go1.21.0), VERSION is missing, or the package manager keeps no hashes.",
    why: "godiag does not download anything unless asked. Saying that nothing was checked is better than a silent pass.",
    fix: "Run `godiag doctor --verify-toolchain --fetch-toolchain-module` to fetch the module through your GOPROXY into a temporary module cache (go checks it against the checksum database unless GONOSUMDB/GOPRIVATE/GOSUMDB say otherwise), or `go mod download golang.org/toolchain@v0.0.1-<release>.<goos>-<goarch>` to keep it in your module cache."
  },
  check({ verify }) {
    return verify.toolchains.filter((v) => v.reference.kind === "none").map((v) => ({
      messageId: "noReference",
      data: { tree: treeName(v), why: v.reference.note ?? "no reference found" },
      fixes: v.reference.module ? [
        { kind: "command", title: fixTitle("fetchTheReleaseModule"), command: "godiag doctor --verify-toolchain --fetch-toolchain-module", safety: "safe" },
        { kind: "command", title: fixTitle("keepTheReleaseModule"), command: `go mod download ${v.reference.module}`, safety: "safe" }
      ] : []
    }));
  }
});

// src/rules/toolchain/gd124-toolchain-module-altered.ts
var gd124 = defineRule({
  id: "GD124",
  name: "toolchain-module-altered",
  category: "toolchain",
  severity: "error",
  title: "The toolchain module in the module cache differs from what go downloaded",
  requires: ["verify"],
  messages: {
    altered: "{path} hashes to {computed}, but go recorded {recorded} in its .ziphash when it downloaded and checked it: the module cache was changed after the download, so it cannot vouch for {goroot}."
  },
  fixTitles: {
    emptyTheModuleCache: "Empty the module cache and download again"
  },
  sources: [...VERIFY_SOURCES, "src/cmd/go/internal/modfetch/fetch.go", "https://go.dev/ref/mod#module-cache"],
  fixable: true,
  docs: {
    what: "Recomputes the h1: hash (golang.org/x/mod/sumdb/dirhash Hash1) of the golang.org/toolchain zip or extraction used as reference, and compares it with the .ziphash go wrote when it downloaded the module and checked it against the checksum database.",
    why: "The module cache is trusted after download: go does not re-check it. A changed zip or extraction means the cache was altered, by hand or by something else; a toolchain that go runs from the cache (GOTOOLCHAIN) then runs altered code.",
    fix: "Remove the module from the cache (`go clean -modcache`, or delete that module's directory and zip) and download it again."
  },
  check({ verify }) {
    return verify.toolchains.filter((v) => v.reference.recordedHash && v.reference.computedHash && v.reference.recordedHash !== v.reference.computedHash).map((v) => ({
      messageId: "altered",
      data: { path: v.reference.paths[0] ?? "", computed: v.reference.computedHash, recorded: v.reference.recordedHash, goroot: v.goroot },
      evidence: { module: v.reference.module },
      fixes: [{ kind: "command", title: fixTitle("emptyTheModuleCache"), command: "go clean -modcache", safety: "destructive" }]
    }));
  }
});

// src/rules/toolchain/gd125-toolchain-verification-coverage.ts
var gd125 = defineRule({
  id: "GD125",
  name: "toolchain-verification-coverage",
  category: "toolchain",
  severity: "info",
  title: "How much of the Go installation was compared with its release",
  requires: ["verify"],
  messages: {
    coverage: "{tree}: {matched} of {expected} files identical to {reference}{renamed}; {outside} file(s) lie outside what it covers{byTop}. Hashed {mb} MB in {seconds} s."
  },
  sources: VERIFY_SOURCES,
  fixable: false,
  docs: {
    what: "With `doctor --verify-toolchain`, states how many files were compared and how many the reference does not cover: the toolchain module leaves out api/, doc/, misc/ and test/ and build caches (src/cmd/distpack/pack.go), so those files of a tarball install are counted, not checked.",
    why: "A check is only as good as its coverage; saying what was not compared keeps a pass honest.",
    fix: "Nothing to fix: this is the scope of the check."
  },
  check({ verify }) {
    return verify.toolchains.filter((v) => v.reference.kind !== "none").map((v) => ({
      messageId: "coverage",
      data: {
        tree: treeName(v),
        matched: v.matched,
        expected: v.expectedFiles,
        reference: referenceName(v),
        renamed: v.renamedGoMod ? ` (${v.renamedGoMod} nested go.mod compared with the zip's _go.mod)` : "",
        outside: v.outsideCoverageCount,
        byTop: v.outsideCoverageCount ? ` (${Object.entries(v.outsideCoverage).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ")})` : "",
        mb: Math.round(v.hashedBytes / 1e6),
        seconds: (v.ms / 1e3).toFixed(1)
      },
      evidence: { reference: v.reference }
    }));
  }
});

// src/rules/toolchain/verify.ts
var VERIFY_RULES = [gd120, gd121, gd122, gd123, gd124, gd125];

export {
  TOOLCHAIN_RULES,
  SETTINGS_RULES,
  SYSTEM_RULES,
  RUNTIME_RULES,
  VERIFY_RULES
};
