import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  ARTIFACT_RULES,
  ARTIFACT_VULN_RULES,
  FORMAT_NAMES,
  IMAGES,
  VARIANT_SETTING,
  binaryVariant,
  findImage,
  normalizeVariant
} from "./chunk-I4IKHWZ2.js";
import {
  VULN_FLAGS,
  govulncheckSection,
  loadVulnDb,
  requireGovulncheck,
  runGovulncheck,
  vulnMode
} from "./chunk-J7E7WZNO.js";
import "./chunk-3TF2Q6ZZ.js";
import {
  capText,
  normalizeCapName,
  readFileCaps
} from "./chunk-EKXUNDYH.js";
import {
  matchBinaries
} from "./chunk-UQYNX74J.js";
import "./chunk-MYFXW2B4.js";
import {
  startStatus
} from "./chunk-FV6HHQ5A.js";
import {
  collect
} from "./chunk-7NBLZL43.js";
import "./chunk-XVVG7EUA.js";
import {
  factsOf,
  loadUserConfig,
  runCommand
} from "./chunk-SODXAFS5.js";
import "./chunk-4IQ5MCPK.js";
import {
  COMMON_FLAGS,
  REPORT_FORMATS,
  SectionStream,
  checkFormat,
  parseFailOn,
  parseFlags
} from "./chunk-CWEQVTLD.js";
import {
  UsageError,
  decideColor
} from "./chunk-2UDLJF23.js";
import "./chunk-NUDDGLDA.js";
import "./chunk-OQWCGIDS.js";
import "./chunk-MGOUR3LB.js";
import "./chunk-ER3ZTGQR.js";
import "./chunk-77TINIMA.js";
import {
  FORMAT_HEAD_BYTES,
  inspectOpened,
  openBinary
} from "./chunk-DVE6XF4L.js";
import {
  NOT_A_BINARY,
  detectFormat
} from "./chunk-MOCWQAJ4.js";
import "./chunk-SFO5HY6L.js";
import "./chunk-URFTV32G.js";
import "./chunk-W5XSRNJ5.js";
import {
  normalizeGoVersion
} from "./chunk-S74V6A24.js";
import "./chunk-EDRERVNO.js";
import {
  LocalHost,
  isHostError
} from "./chunk-SDAAKID4.js";
import "./chunk-RGSSBWB6.js";
import {
  FormatError
} from "./chunk-XSTZCV6U.js";
import {
  compareText
} from "./chunk-K5NCYCDB.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/cli/commands/inspect.ts
import * as path2 from "node:path";
import { setFlagsFromString } from "node:v8";

// src/collectors/binary/walk.ts
import * as path from "node:path";

// src/collectors/binary/skipped-files.ts
var BLOCK_CHARS = 16 * 1024;
var SEP = "\0";
var SkippedFiles = class {
  static {
    __name(this, "SkippedFiles");
  }
  #blocks = [];
  /** Entries since the last full block, joined into one flat string when it fills. */
  #open = [];
  #openChars = 0;
  #reasons = [];
  #reasonIndex = /* @__PURE__ */ new Map();
  #label = /* @__PURE__ */ __name((p) => p, "#label");
  #lastDir = null;
  #length = 0;
  get length() {
    return this.#length;
  }
  push(entry) {
    let r = this.#reasonIndex.get(entry.reason);
    if (r === void 0) {
      r = this.#reasons.push(entry.reason) - 1;
      this.#reasonIndex.set(entry.reason, r);
    }
    const { dir, name } = splitName(entry.path);
    const dirRecord = dir === this.#lastDir ? "" : `${SEP}${dir}${SEP}`;
    this.#lastDir = dir;
    const text = `${dirRecord}${name}${SEP}${r}${SEP}`;
    this.#open.push(text);
    this.#openChars += text.length;
    this.#length++;
    if (this.#openChars >= BLOCK_CHARS) {
      this.#blocks.push(this.#open.join(""));
      this.#open = [];
      this.#openChars = 0;
    }
  }
  /** Show every path through `label` (the path as the user typed it), now and for later entries. */
  relabel(label) {
    const before = this.#label;
    this.#label = (p) => label(before(p));
  }
  *[Symbol.iterator]() {
    let dir = "";
    for (const block of [...this.#blocks, this.#open.join("")]) {
      let at = 0;
      while (at < block.length) {
        if (block[at] === SEP) {
          const dirEnd = block.indexOf(SEP, at + 1);
          dir = block.slice(at + 1, dirEnd);
          at = dirEnd + 1;
          continue;
        }
        const nameEnd = block.indexOf(SEP, at);
        const reasonEnd = block.indexOf(SEP, nameEnd + 1);
        yield { path: this.#label(dir + block.slice(at, nameEnd)), reason: this.#reasons[Number(block.slice(nameEnd + 1, reasonEnd))] };
        at = reasonEnd + 1;
      }
    }
  }
  /** What JSON.stringify writes: the entries as an array (report/json-stream.ts streams them instead). */
  toJSON() {
    return [...this];
  }
};
function splitName(p) {
  const cut = Math.max(p.lastIndexOf("/"), p.lastIndexOf("\\")) + 1;
  return cut > 0 && cut < p.length ? { dir: p.slice(0, cut), name: p.slice(cut) } : { dir: "", name: p };
}
__name(splitName, "splitName");

// src/collectors/binary/walk.ts
var YIELD_EVERY_MS = 50;
async function collectArtifacts(paths, opts = {}) {
  const skipped = new SkippedFiles();
  const facts = {
    binaries: [],
    problems: [],
    skipped,
    inputs: [],
    require: opts.require ?? null,
    expect: opts.expect ?? null,
    targetImage: opts.targetImage ?? null
  };
  const host = opts.host ?? new LocalHost();
  const maxFiles = opts.maxFiles ?? 1e6;
  let seen = 0;
  const keepSkipped = opts.keepSkipped ?? true;
  const counts = { files: 0, binaries: 0, skipped: 0, dir: "" };
  const listed = /* @__PURE__ */ new Set();
  let sliceStart = performance.now();
  function skip(file, reason) {
    counts.skipped++;
    if (keepSkipped) skipped.push({ path: file, reason });
  }
  __name(skip, "skip");
  function record(file, explicit, all) {
    if (!explicit && !all.some((b) => b.isGo)) return skip(file, `${all[0].format} binary, not built by Go`);
    if (listed.has(file)) return;
    listed.add(file);
    facts.binaries.push(...all);
    counts.binaries += all.length;
    opts.onBinary?.(all);
  }
  __name(record, "record");
  function looked() {
    counts.files++;
    opts.progress?.(counts);
    if (performance.now() - sliceStart < YIELD_EVERY_MS) return false;
    sliceStart = performance.now();
    return true;
  }
  __name(looked, "looked");
  function problem(file, e) {
    if (e instanceof FormatError) facts.problems.push({ path: file, message: `corrupt or truncated: ${e.message}`, kind: "corrupt" });
    else facts.problems.push({ path: file, message: describeFsError(e), kind: fsProblemKind(e) });
  }
  __name(problem, "problem");
  function inspectKnown(file, head) {
    if (isHostError(head)) return void problem(file, head);
    if (detectFormat(head) === null) return void skip(file, NOT_A_BINARY);
    return inspectOne(file, false);
  }
  __name(inspectKnown, "inspectKnown");
  function inspectOne(file, explicit) {
    return openBinary(host, file, { knownRegular: true }).then((opened) => {
      if (opened) return inspectOpened(opened, file).then((all) => record(file, explicit, all));
      if (explicit) facts.problems.push({ path: file, message: NOT_A_BINARY, kind: "not-binary" });
      else skip(file, NOT_A_BINARY);
      return void 0;
    }).catch((e) => problem(file, e));
  }
  __name(inspectOne, "inspectOne");
  async function walk(dir, prefix) {
    const entries = await host.readdirWhy(dir);
    if (isHostError(entries)) {
      facts.problems.push({ path: dir, message: describeFsError(entries), kind: fsProblemKind(entries) });
      return;
    }
    const files = entries.filter((e) => e.isFile).map((e) => prefix + e.name);
    const heads = await host.readHeads(files.slice(0, Math.max(0, maxFiles + 1 - seen)), FORMAT_HEAD_BYTES);
    let nth = 0;
    for (const ent of entries) {
      if (seen > maxFiles) return;
      counts.dir = dir;
      const full = prefix + ent.name;
      if (ent.isDir) {
        await walk(full, full + path.sep);
        continue;
      }
      if (ent.isFile) {
        seen++;
        const pending = inspectKnown(full, heads[nth++]);
        if (pending) await pending;
      } else if (ent.isSymlink) {
        const st = await host.statWhy(full);
        if (isHostError(st)) skip(full, `symlink: ${describeFsError(st)}`);
        else if (st.isFile) {
          seen++;
          await inspectOne(full, false);
        } else skip(full, `symlink to ${kindOf(st)}`);
      } else {
        skip(full, `${entryKind(ent)}: not opened`);
      }
      if (looked()) await nextTurn();
    }
  }
  __name(walk, "walk");
  for (const p of paths) {
    const st = await host.statWhy(p);
    const filesBefore = seen;
    const binariesBefore = counts.binaries;
    if (isHostError(st)) facts.problems.push({ path: p, message: describeFsError(st), kind: fsProblemKind(st) });
    else if (st.isDir) await walk(p, joinPrefix(p));
    else if (st.isFile) {
      seen++;
      await inspectOne(p, true);
      if (looked()) await nextTurn();
    } else facts.problems.push({ path: p, message: `${kindOf(st)}: not opened (reading it could block or has no meaning)`, kind: "special" });
    facts.inputs.push({ path: p, binaries: counts.binaries - binariesBefore, files: seen - filesBefore });
  }
  facts.problems.sort((a, b) => compareText(a.path, b.path));
  if (seen > maxFiles) facts.problems.push({ path: paths.join(" "), message: `stopped after ${maxFiles} files`, kind: "limit" });
  return facts;
}
__name(collectArtifacts, "collectArtifacts");
var nextTurn = /* @__PURE__ */ __name(() => new Promise((resolve2) => setImmediate(resolve2)), "nextTurn");
function joinPrefix(dir) {
  return path.join(dir, "_").slice(0, -1);
}
__name(joinPrefix, "joinPrefix");
function kindOf(st) {
  if (st.isFIFO) return "FIFO (named pipe)";
  if (st.isSocket) return "socket";
  if (st.isDevice) return "device";
  if (st.isDir) return "directory";
  return "special file";
}
__name(kindOf, "kindOf");
function entryKind(ent) {
  return ent.special === "fifo" ? "FIFO (named pipe)" : ent.special === "socket" ? "socket" : ent.special === "device" ? "device" : "special file";
}
__name(entryKind, "entryKind");
function fsProblemKind(e) {
  return e.code === "ENOENT" || e.code === "ENOTDIR" ? "missing" : "unreadable";
}
__name(fsProblemKind, "fsProblemKind");
function describeFsError(e) {
  switch (e.code) {
    case "ENOENT":
      return "no such file or directory (or a dangling symlink)";
    case "ELOOP":
      return "symlink loop";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOTDIR":
      return "a path component is not a directory";
    case "EISDIR":
      return "is a directory";
    default:
      return e.message ?? String(e);
  }
}
__name(describeFsError, "describeFsError");

// src/analyzers/binary/expect.ts
var EXPECT_KEYS = ["os", "arch", "platform", "cgo", "static", "min-go", "trimpath", "vcs", "race", "buildmode", "cap"];
var BUILDMODES = ["archive", "c-archive", "c-shared", "default", "shared", "exe", "pie", "plugin"];
var ExpectError = class extends Error {
  static {
    __name(this, "ExpectError");
  }
};
function bool(key, v) {
  if (v === void 0) return true;
  const s = v.toLowerCase();
  if (["1", "true", "yes", "on"].includes(s)) return true;
  if (["0", "false", "no", "off"].includes(s)) return false;
  throw new ExpectError(`--expect ${key}=${v}: use ${key}, ${key}=1 or ${key}=0`);
}
__name(bool, "bool");
function parseExpectations(values) {
  if (values.length === 0) return null;
  const out = {};
  let os;
  let arch;
  let previous = "";
  for (const item of values.flatMap((v) => v.split(",")).map((s) => s.trim()).filter(Boolean)) {
    const eq = item.indexOf("=");
    const key = eq < 0 && previous === "platform" && item.includes("/") ? "platform" : (eq < 0 ? item : item.slice(0, eq)).toLowerCase();
    const value = eq < 0 ? key === "platform" ? item : void 0 : item.slice(eq + 1);
    previous = key;
    const need = /* @__PURE__ */ __name(() => {
      if (!value) throw new ExpectError(`--expect ${key} needs a value (${key}=...)`);
      return value;
    }, "need");
    switch (key) {
      case "os":
      case "goos":
        os = need();
        break;
      case "arch":
      case "goarch":
        arch = parseArch(need(), `${key}=${value}`);
        break;
      case "platform": {
        const [pos, ...rest] = need().split("/");
        if (!pos || rest.length < 1 || rest.length > 2) throw new ExpectError(`--expect platform=${value}: use platform=os/arch[/variant], e.g. linux/arm/v7 (lists: platform=linux/amd64,linux/arm64)`);
        (out.platforms ??= []).push({ os: pos, ...parseArch(rest.join("/"), `platform=${value}`) });
        break;
      }
      case "race":
        out.race = bool(key, value);
        break;
      case "buildmode": {
        const mode = need();
        if (!BUILDMODES.includes(mode)) throw new ExpectError(`--expect buildmode=${mode}: use one of ${BUILDMODES.join(", ")}`);
        out.buildmode = mode;
        break;
      }
      case "cap":
      case "caps": {
        for (const name of need().split("+")) {
          const c = normalizeCapName(name);
          if (!c) throw new ExpectError(`--expect ${key}=${value}: ${JSON.stringify(name)} is not a Linux capability (e.g. cap_net_bind_service; see capabilities(7))`);
          if (!(out.caps ??= []).includes(c)) out.caps.push(c);
        }
        break;
      }
      case "cgo":
        out.cgo = bool(key, value);
        break;
      case "static":
        out.static = bool(key, value);
        break;
      case "dynamic":
        out.static = !bool(key, value);
        break;
      case "trimpath":
        out.trimpath = bool(key, value);
        break;
      case "min-go":
      case "mingo":
      case "go": {
        const v = normalizeGoVersion(need());
        if (!v) throw new ExpectError(`--expect ${key}=${value}: not a Go version (e.g. 1.22.5 or go1.22.5)`);
        out.minGo = v;
        break;
      }
      case "vcs":
        if (value === void 0) out.vcs = true;
        else if (/^(0|false|no|off)$/i.test(value)) out.vcs = false;
        else if (/^(1|true|yes|on)$/i.test(value)) out.vcs = true;
        else if (/^[0-9a-f]{4,64}$/i.test(value)) out.vcs = value.toLowerCase();
        else throw new ExpectError(`--expect vcs=${value}: use vcs, vcs=0 or vcs=<revision prefix>`);
        break;
      default:
        throw new ExpectError(`--expect: unknown key ${JSON.stringify(key)} (known: ${EXPECT_KEYS.join(", ")})`);
    }
  }
  if (os !== void 0 || arch !== void 0) {
    if (out.platforms) throw new ExpectError("--expect: give platform=os/arch[/variant] or os= and arch=, not both");
    out.platforms = [{ os: os ?? null, arch: arch?.arch ?? null, variant: arch?.variant ?? null }];
  }
  return out;
}
__name(parseExpectations, "parseExpectations");
function parseArch(text, item) {
  const [a, variant, extra] = text.split("/");
  if (!a || extra !== void 0) throw new ExpectError(`--expect ${item}: use arch or arch/variant, e.g. arm/v7 or amd64/v3`);
  if (variant === void 0) return { arch: a, variant: null };
  const v = normalizeVariant(a, variant);
  if (!v) {
    const known = VARIANT_SETTING[a] ? `${a} variants are ${{ arm: "v5, v6, v7 (GOARM)", amd64: "v1 to v4 (GOAMD64)", arm64: "v8, v8.N, v9, v9.N (GOARM64)" }[a]}` : `${a} has no variant`;
    throw new ExpectError(`--expect ${item}: ${JSON.stringify(variant)} is not a variant of ${a}; ${known}`);
  }
  return { arch: a, variant: v };
}
__name(parseArch, "parseArch");

// src/analyzers/binary/summary.ts
function setting(b, key) {
  return b.buildInfo?.settings.find((s) => s.key === key)?.value;
}
__name(setting, "setting");
function summaryLine(b) {
  const parts = [];
  const where = `${FORMAT_NAMES[b.format]} ${b.bits}-bit ${b.endian === "little" ? "LE" : "BE"} ${b.machine}${b.slice ? ` (slice ${b.slice.index + 1}/${b.slice.count})` : ""}`;
  const version = !b.isGo ? "not Go" : b.goVersion ? b.goVersionSource === "buildinfo" ? b.goVersion : `${b.goVersion} (runtime string; no build info)` : `Go, version unknown${b.pclntabVersions ? ` (${b.pclntabVersions})` : ""}`;
  const variant = binaryVariant(b);
  parts.push(`${version} ${b.goos ?? "?"}/${b.goarch ?? "?"}${variant ? `/${variant}` : ""}`, where);
  if (b.kind !== "executable") parts.push(b.kind);
  parts.push(b.linkage === "dynamic" && b.interpreter ? `dynamic (${b.interpreter})` : b.linkage);
  if (b.pie && b.linkage !== "static-pie") parts.push("PIE");
  if (b.truncated.length) parts.push("TRUNCATED");
  if (b.glibcRequired) parts.push(`needs GLIBC_${b.glibcRequired}`);
  if (b.minOS) parts.push(`min ${b.minOS}`);
  const cgo = setting(b, "CGO_ENABLED");
  if (cgo !== void 0) parts.push(cgo === "1" ? "cgo on" : "cgo off");
  if (setting(b, "-race") === "true") parts.push("race");
  const mode = setting(b, "-buildmode");
  if (mode && mode !== "exe" && mode !== "pie") parts.push(`-buildmode=${mode}`);
  if (setting(b, "-trimpath") === "true") parts.push("trimpath");
  if (b.stripped) parts.push(b.hasDwarf ? "no symbols" : "stripped");
  else if (!b.hasDwarf) parts.push("no DWARF");
  if (b.arm?.vfpArgs || b.arm?.eflagsFloat) parts.push(`ARM ${b.arm.vfpArgs ?? b.arm.eflagsFloat}-float`);
  const main = b.buildInfo?.main;
  if (main?.path) parts.push(`${main.path} ${main.version}`);
  else if (b.recovered?.mainPackage?.path) parts.push(`${b.recovered.mainPackage.path} (from pclntab)`);
  const stamped = b.versionVariables[0];
  if (stamped) parts.push(`${stamped.name}=${stamped.value}`);
  const rev = setting(b, "vcs.revision");
  if (rev) parts.push(`vcs ${rev.slice(0, 12)}${setting(b, "vcs.modified") === "true" ? " (modified)" : ""}`);
  return `${b.path}: ${parts.join(", ")}`;
}
__name(summaryLine, "summaryLine");
var quote = /* @__PURE__ */ __name((s, key) => (key ? /[= \t\r\n"`]/.test(s) || s === "" : /[ \t\r\n"`]/.test(s)) ? JSON.stringify(s) : s, "quote");
function moduleLine(kind, m) {
  const head = `${kind}	${m.path}	${m.version}`;
  return m.replace ? [head, ...moduleLine("=>", m.replace), ""] : [`${head}	${m.sum}`];
}
__name(moduleLine, "moduleLine");
function moduleListing(bi) {
  const out = [];
  if (bi.path) out.push(`path	${bi.path}`);
  if (bi.main && (bi.main.path || bi.main.version || bi.main.sum || bi.main.replace)) out.push(...moduleLine("mod", bi.main));
  for (const d of bi.deps) out.push(...moduleLine("dep", d));
  for (const s of bi.settings) out.push(`build	${quote(s.key, true)}=${quote(s.value, false)}`);
  return out;
}
__name(moduleListing, "moduleListing");
function linkageListing(b) {
  const out = [];
  for (const v of b.versionVariables) out.push(`var	${v.name}=${v.value}	(symbol table)`);
  if (b.interpreter) out.push(`interp	${b.interpreter}`);
  for (const l of b.libraries) out.push(`needed	${l}${b.versionNeeds[l]?.length ? `	${b.versionNeeds[l].join(" ")}` : ""}`);
  if (b.arm && Object.keys(b.arm.raw).length) out.push(`arm	${Object.entries(b.arm.raw).map(([k, v]) => `${k}=${v}`).join(" ")}`);
  if (!b.buildInfo && b.isGo) out.push(`go	${b.goEvidence.join("; ")}${b.buildInfoError ? `; build info: ${b.buildInfoError}` : ""}`);
  for (const w of b.warnings) out.push(`warning	${w}`);
  for (const t of b.truncated) out.push(`truncated	${t}`);
  return out;
}
__name(linkageListing, "linkageListing");
var MAIN_HOW = {
  "module-path": "main.main's source is in a module@version directory",
  trimpath: "main.main's source path, written by -trimpath",
  "local-directory": "main.main's source is in a local directory: import path unknown"
};
function recoveredListing(r, packages) {
  const out = [];
  const m = r.mainPackage;
  if (m) out.push(`path	${m.path ?? "main"}	(pclntab: ${MAIN_HOW[m.how]}: ${m.file})`);
  for (const d of r.modules) out.push(`dep	${d.path}	${d.version}	(pclntab: source path ${d.file})`);
  if (r.toolchain) out.push(`go	${r.toolchain}	(pclntab: GOROOT is the golang.org/toolchain module)`);
  out.push(`pclntab	${r.pclntab.layout} layout, found by ${r.pclntab.located === "section" ? "its section" : "a scan for its magic"} at offset ${r.pclntab.offset}: ${r.functions} functions, ${r.files} files, ${r.packages.length} packages`);
  if (packages) for (const p of r.packages) out.push(`pkg	${p}`);
  return out;
}
__name(recoveredListing, "recoveredListing");

// src/cli/commands/inspect.ts
var HELP = `usage: godiag inspect [flags] PATH...

Inspect built binaries without running them: platform, Go version and build settings,
linkage (static, static-pie, dynamic; loader, libraries, GLIBC versions), symbols.
Reads ELF, Mach-O (universal too), PE and XCOFF. Directories are searched recursively
like \`go version -m\`; files that are not Go binaries are skipped (-v lists them).

flags:
  -m, --modules                           list modules and build settings like \`go version -m\`
      --expect LIST                       what every binary must be; each mismatch is a finding:
                                          platform=OS/ARCH[/VARIANT][,OS/ARCH...] (docker syntax: linux/arm/v7,
                                          linux/amd64/v3; each binary matches one), or os=GOOS,arch=GOARCH[/VARIANT];
                                          cgo=0|1, static, min-go=1.22.5, trimpath, vcs[=REV], race=0|1,
                                          buildmode=exe|pie|c-shared|..., cap=cap_net_bind_service (file capability,
                                          permitted and effective, as setcap cap_net_bind_service=+ep gives it)
                                          With --expect, a path that yields no binary is an error finding.
      --require N                         at least N binaries must be checked (an error finding otherwise)
      --vuln                              match each binary's Go version and modules against the Go
                                          vulnerability database (golang.org/x/vulndb in the module cache;
                                          godiag vulndb update fetches it). Version matching, offline.
      --vuln=govulncheck                  also run govulncheck -mode=binary (found on PATH) on each Go binary
                                          with the same database, and show its reachability verdict beside ours
      --vulndb DIR                        OSV entries to match against (implies --vuln)
      --target-image IMAGE                will it start there? ${IMAGES.map((i) => i.name).join(", ")}
  -f, --format text|json|markdown|sarif|github  output format (default text; github: workflow commands)
      --fail-on error|warning|info|never  exit 1 when a finding is at or above this (default error)
      --baseline FILE                     report (and fail on) only findings not recorded in FILE
      --update-baseline                   record the current findings in the --baseline FILE
  -v, --verbose                           evidence, sources, skipped files and rules
      --config FILE                       .godiag.yaml/.json (rule severities)
      --no-color                          plain text (NO_COLOR and FORCE_COLOR are honoured)
      --no-progress                       no status line on stderr (also off with NO_COLOR, CI=true,
                                          or when stderr is not a terminal)

exit status: 0 clean, 1 findings at or above --fail-on, 2 usage error or a PATH that does not exist.
`;
async function run(rawArgv, io) {
  const { argv, govulncheck } = vulnMode(rawArgv);
  const { values, positionals } = parseFlags(argv, {
    ...COMMON_FLAGS,
    modules: { type: "boolean", short: "m", default: false },
    expect: { type: "string", multiple: true, default: [] },
    "target-image": { type: "string" },
    require: { type: "string" },
    ...VULN_FLAGS
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("give at least one file or directory to inspect");
  parseFailOn(values["fail-on"]);
  let expect;
  try {
    expect = parseExpectations(values.expect ?? []);
  } catch (e) {
    if (e instanceof ExpectError) throw new UsageError(e.message);
    throw e;
  }
  const imageName = values["target-image"] ?? null;
  if (imageName !== null && !findImage(imageName)) {
    throw new UsageError(`--target-image ${JSON.stringify(imageName)} is not known; known images: ${IMAGES.map((i) => i.name).join(", ")}`);
  }
  const require2 = parseRequire(values.require);
  const cwd = path2.resolve(io.cwd, values.cwd ?? ".");
  const config = await loadUserConfig(values.config, cwd);
  const paths = positionals.map((p) => path2.resolve(cwd, p));
  const host = new LocalHost(io.env);
  const exists = await Promise.all(paths.map((p) => lexists(host, p)));
  const missing = positionals.filter((_, i) => !exists[i]);
  if (missing.length) throw new UsageError(`${missing.map((m) => JSON.stringify(m)).join(", ")}: no such file or directory`);
  const show = displayPaths(new Map(paths.map((p, i) => [p, positionals[i]])));
  const format = checkFormat(values.format ?? "text", REPORT_FORMATS);
  const modules = !!values.modules;
  const verbose = !!values.verbose;
  const vulnDb = await loadVulnDb(io, cwd, values);
  const govulncheckProgram = govulncheck ? await requireGovulncheck(io) : null;
  const status = startStatus(io, "inspect", !!values["no-progress"]);
  setFlagsFromString("--semi-space-growth-factor=1");
  let artifacts;
  let walked = { files: 0, binaries: 0, skipped: 0, dir: "" };
  const elfFiles = /* @__PURE__ */ new Map();
  const goBinaries = /* @__PURE__ */ new Map();
  try {
    const color = decideColor(io.env, io.isTTY, !!values["no-color"]);
    const binaries = format === "text" ? new SectionStream(status.io.stdout, "Binaries", color) : null;
    artifacts = await collect(() => collectArtifacts(paths, {
      host,
      expect,
      targetImage: imageName,
      require: require2,
      keepSkipped: format === "json" || verbose,
      onBinary: /* @__PURE__ */ __name((found) => {
        for (const b of found) {
          if (b.format === "elf") elfFiles.set(b.path, show(b.path));
          if (b.isGo) goBinaries.set(show(b.path), b.path);
          b.path = show(b.path);
          binaries?.lines(binaryLines(b, modules, verbose));
        }
      }, "onBinary"),
      progress: /* @__PURE__ */ __name((p) => {
        walked = p;
        status.set(() => `${counted(p.files, "file")}, ${counted(p.binaries, "Go binary", "Go binaries")}, in ${show(p.dir)}`);
      }, "progress")
    }));
    if (artifacts.ok) {
      relabel(artifacts.value, show);
      artifacts.value.capabilities = await fileCapabilities(elfFiles, io.env);
    }
    binaries?.end(artifacts.ok ? [...capabilityLines(artifacts.value, verbose), totals(artifacts.value, walked, verbose)] : [`not inspected: ${artifacts.error}`]);
  } finally {
    status.done();
  }
  const facts = factsOf(host, cwd, { artifacts });
  if (vulnDb) facts.vulns = artifacts.ok ? { ok: true, value: matchBinaries(vulnDb, artifacts.value) } : { ok: false, error: "no binaries were read" };
  const extra = [];
  if (govulncheckProgram && vulnDb && facts.vulns?.ok) {
    const v = facts.vulns.value;
    v.govulncheck = await runGovulncheck(host, govulncheckProgram, vulnDb.dir, [...goBinaries].map(([shown, abs]) => ({ kind: "binary", path: abs, shown })));
    const ours = /* @__PURE__ */ __name((target) => v.binaries.filter((b) => b.path === target).flatMap((b) => [...b.stdlib, ...b.modules.flatMap((m) => m.advisories)].map((a) => a.id)), "ours");
    extra.push(govulncheckSection(v.govulncheck, ours));
  }
  return runCommand(io, {
    command: "inspect",
    facts,
    rules: vulnDb ? [...ARTIFACT_RULES, ...ARTIFACT_VULN_RULES] : ARTIFACT_RULES,
    config,
    timings: { artifacts: artifacts.ms ?? 0 },
    sections: [...artifacts.ok ? inspectSections(artifacts.value, format, modules, verbose) : [], ...format === "json" || format === "sarif" ? [] : extra]
  }, { ...values, format });
}
__name(run, "run");
async function fileCapabilities(elfFiles, env) {
  const read = await readFileCaps(new LocalHost(env), [...elfFiles.keys()]);
  const files = [...read.caps].map(([abs, c]) => ({ path: elfFiles.get(abs) ?? abs, ...c }));
  return { reader: read.reader, problem: read.problem, files };
}
__name(fileCapabilities, "fileCapabilities");
function capabilityLines(a, verbose) {
  const caps = a.capabilities;
  if (!caps) return [];
  const lines = caps.files.map((f) => `${f.path}: file capabilities ${capText(f)}`);
  if (caps.problem && (verbose || a.expect?.caps)) lines.push(`file capabilities: ${caps.problem}`);
  return lines;
}
__name(capabilityLines, "capabilityLines");
function parseRequire(v) {
  if (v === void 0) return null;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--require takes a positive whole number of binaries (got ${JSON.stringify(v)})`);
  return Number(v);
}
__name(parseRequire, "parseRequire");
async function lexists(host, p) {
  const st = await host.statWhy(p, { noFollow: true });
  return !isHostError(st) || st.code !== "ENOENT" && st.code !== "ENOTDIR";
}
__name(lexists, "lexists");
function displayPaths(display) {
  const roots = [...display].map(([abs, typed]) => ({ abs, under: abs + path2.sep, typed, prefix: joinPrefix(typed) }));
  return (p) => {
    for (const r of roots) {
      if (p === r.abs) return r.typed;
      if (p.startsWith(r.under)) return r.prefix + p.slice(r.under.length);
    }
    return p;
  };
}
__name(displayPaths, "displayPaths");
function relabel(a, show) {
  for (const p of a.problems) p.path = show(p.path);
  if (a.skipped instanceof SkippedFiles) a.skipped.relabel(show);
  for (const i of a.inputs) i.path = show(i.path);
}
__name(relabel, "relabel");
function binaryLines(b, modules, verbose) {
  if (!modules && !verbose) return [summaryLine(b)];
  const extra = [...b.buildInfo ? moduleListing(b.buildInfo) : b.recovered ? recoveredListing(b.recovered, verbose) : [], ...verbose ? linkageListing(b) : []];
  return [summaryLine(b), ...extra.map((l) => `	${l}`)];
}
__name(binaryLines, "binaryLines");
function totals(a, walked, verbose) {
  const n = a.binaries.length;
  const found = n === 0 ? "no Go binaries found" : counted(n, "Go binary", "Go binaries");
  const skipped = walked.skipped ? `, ${walked.skipped} skipped${verbose ? "" : " (-v lists them)"}` : "";
  return `${found}, ${counted(walked.files, "file")} looked at${skipped}`;
}
__name(totals, "totals");
var counted = /* @__PURE__ */ __name((n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`, "counted");
function inspectSections(a, format, modules, verbose) {
  if (format === "json" || format === "sarif") return [];
  const sections = [];
  if (format !== "text") {
    const lines = a.binaries.flatMap((b) => binaryLines(b, modules, verbose));
    if (a.binaries.length === 0) lines.push("no Go binaries found");
    lines.push(...capabilityLines(a, verbose));
    sections.push({ title: `Binaries (${a.binaries.length})`, lines });
  }
  if (verbose && a.skipped.length) sections.push({ title: `Skipped (${a.skipped.length})`, lines: Array.from(a.skipped, (s) => `${s.path}: ${s.reason}`) });
  return sections;
}
__name(inspectSections, "inspectSections");
export {
  inspectSections,
  run
};
