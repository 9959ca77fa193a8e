import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  hash1
} from "./chunk-MKTU6BHA.js";
import {
  describeFailure,
  parseEnvFile
} from "./chunk-B6TL6C7X.js";
import {
  earlierValue
} from "./chunk-7NBLZL43.js";
import {
  withNeutralDir
} from "./chunk-XVVG7EUA.js";
import "./chunk-77TINIMA.js";
import {
  moduleDownloadFiles
} from "./chunk-URFTV32G.js";
import {
  compareGoVersions,
  isValidGoVersion
} from "./chunk-S74V6A24.js";
import "./chunk-EDRERVNO.js";
import "./chunk-RGSSBWB6.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/collectors/verify/toolchain.ts
import * as path3 from "node:path";

// src/analyzers/toolchain/goroot-compare.ts
var BUILD_EXTENSIONS = /* @__PURE__ */ new Set([".go", ".s", ".S", ".sx", ".c", ".cc", ".cpp", ".cxx", ".h", ".hh", ".hpp", ".hxx", ".m", ".f", ".F", ".for", ".f90", ".swig", ".swigcxx", ".syso"]);
function extension(name) {
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot);
}
__name(extension, "extension");
function isBuildFile(rel) {
  const base = rel.slice(rel.lastIndexOf("/") + 1);
  if (base.startsWith("_") || base.startsWith(".")) return false;
  if (rel.split("/").includes("testdata")) return false;
  return BUILD_EXTENSIONS.has(extension(base));
}
__name(isBuildFile, "isBuildFile");
var dirOf = /* @__PURE__ */ __name((rel) => rel.includes("/") ? rel.slice(0, rel.lastIndexOf("/")) : "", "dirOf");
function importPathOfDir(dir) {
  return dir.startsWith("src/") ? dir.slice(4) : null;
}
__name(importPathOfDir, "importPathOfDir");
function compareTree(expected, actual, covered) {
  const out = { matched: 0, renamedGoMod: 0, modified: [], missing: [], extra: [], outsideCoverage: {}, outsideCoverageCount: 0 };
  const packageDirs = /* @__PURE__ */ new Set();
  for (const rel of expected.keys()) if (rel.startsWith("src/") && isBuildFile(rel)) packageDirs.add(dirOf(rel));
  for (const [rel, want] of expected) {
    if (!actual.has(rel)) {
      out.missing.push(rel);
      continue;
    }
    const got = actual.get(rel);
    if (got === want.hash) {
      out.matched++;
      if (want.renamedGoMod) out.renamedGoMod++;
    } else {
      out.modified.push({ path: rel, expected: want.hash, actual: got ?? "unreadable" });
    }
  }
  for (const rel of actual.keys()) {
    if (expected.has(rel)) continue;
    if (!covered(rel)) {
      const top = rel.includes("/") ? rel.slice(0, rel.indexOf("/")) + "/" : rel;
      out.outsideCoverage[top] = (out.outsideCoverage[top] ?? 0) + 1;
      out.outsideCoverageCount++;
      continue;
    }
    const dir = dirOf(rel);
    out.extra.push({ path: rel, package: packageDirs.has(dir) ? importPathOfDir(dir) : null, buildFile: isBuildFile(rel) });
  }
  out.missing.sort();
  out.modified.sort((a, b) => a.path < b.path ? -1 : 1);
  out.extra.sort((a, b) => a.path < b.path ? -1 : 1);
  return out;
}
__name(compareTree, "compareTree");

// src/knowledge/toolchain-module.ts
var TOOLCHAIN_MODULE = "golang.org/toolchain";
var FIRST_TOOLCHAIN_MODULE_RELEASE = "go1.21.0";
function toolchainModuleVersion(release, goos, goarch) {
  return `v0.0.1-${release}.${goos}-${goarch}`;
}
__name(toolchainModuleVersion, "toolchainModuleVersion");
function gorootNameOfZipEntry(name) {
  const slash = name.indexOf("/", name.indexOf("@"));
  if (slash < 0) return null;
  const rel = name.slice(slash + 1);
  if (rel === "_go.mod" || rel.endsWith("/_go.mod")) return { rel: rel.slice(0, -"_go.mod".length) + "go.mod", renamedGoMod: true };
  return { rel, renamedGoMod: false };
}
__name(gorootNameOfZipEntry, "gorootNameOfZipEntry");
var DISTPACK_TOOLS = /* @__PURE__ */ new Set(["asm", "cgo", "compile", "cover", "fix", "link", "preprofile", "vet"]);
var DISTPACK_BIN = /* @__PURE__ */ new Set(["go", "gofmt"]);
var NEVER_DISTRIBUTED = [/^\.git(\/|$)/, /^\.gitattributes$/, /^\.github\//, /^\.gitignore$/, /^VERSION\.cache$/, /(^|\/)\.DS_Store$/, /\.exe~$/, /^src\/cmd\/dist\/dist(\.exe)?$/, /^misc\/cgo\/[^/]+\/_obj\//];
function coveredByToolchainZip(rel, goosGoarch) {
  if (NEVER_DISTRIBUTED.some((re) => re.test(rel))) return false;
  const top = rel.split("/", 1)[0];
  if (top === "api" || top === "doc" || top === "misc" || top === "test") return false;
  if (top === "bin") return DISTPACK_BIN.has(rel.slice(4).replace(/\.exe$/, ""));
  if (top === "pkg") {
    if (rel.startsWith("pkg/include/")) return true;
    const tools = `pkg/tool/${goosGoarch}/`;
    return rel.startsWith(tools) && !rel.slice(tools.length).includes("/") && DISTPACK_TOOLS.has(rel.slice(tools.length).replace(/\.exe$/, ""));
  }
  return true;
}
__name(coveredByToolchainZip, "coveredByToolchainZip");

// src/collectors/verify/reference.ts
import * as path2 from "node:path";
import { createHash } from "node:crypto";

// src/analyzers/zip/read-zip.ts
import { inflateRawSync } from "node:zlib";
var EOCD_SIG = 101010256;
var CEN_SIG = 33639248;
var LOC_SIG = 67324752;
function findEndOfCentralDirectory(buf) {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) return i;
  }
  throw new Error("not a zip file: no end of central directory record");
}
__name(findEndOfCentralDirectory, "findEndOfCentralDirectory");
function listZip(buf) {
  const eocd = findEndOfCentralDirectory(buf);
  const count = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 65535 || cdOffset === 4294967295) throw new Error("zip64 archives are not supported (module zips are never zip64)");
  const out = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CEN_SIG) throw new Error(`corrupt zip: central directory entry ${i} at offset ${p}`);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    out.push({ name, method, compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}
__name(listZip, "listZip");
function readZipEntry(buf, e) {
  const p = e.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOC_SIG) throw new Error(`corrupt zip: local header of ${e.name}`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const raw = buf.subarray(start, start + e.compressedSize);
  if (raw.length !== e.compressedSize) throw new Error(`corrupt zip: ${e.name} is truncated`);
  const data = e.method === 0 ? raw : e.method === 8 ? inflateRawSync(raw) : null;
  if (!data) throw new Error(`zip entry ${e.name} uses compression method ${e.method} (module zips use stored or deflate)`);
  if (data.length !== e.size) throw new Error(`corrupt zip: ${e.name} inflates to ${data.length} bytes, header says ${e.size}`);
  return data;
}
__name(readZipEntry, "readZipEntry");

// src/collectors/verify/tree.ts
import * as path from "node:path";
async function walkTree(host, root, limit = 2e5) {
  const p = host.platform === "win32" ? path.win32 : path.posix;
  const files = [];
  const seen = /* @__PURE__ */ new Set();
  const stack = [{ abs: root, rel: "" }];
  while (stack.length) {
    const { abs, rel } = stack.pop();
    const real = await host.realpath(abs);
    if (real === null || seen.has(real)) continue;
    seen.add(real);
    for (const e of await host.readdirTyped(abs) ?? []) {
      const childAbs = p.join(abs, e.name);
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      let isDir = e.isDir;
      let isFile = e.isFile;
      if (e.isSymlink) {
        const st = await host.stat(childAbs);
        isDir = !!st?.isDir;
        isFile = !!st?.isFile || !st;
      }
      if (isDir) stack.push({ abs: childAbs, rel: childRel });
      else if (isFile) {
        if (files.length >= limit) return { files, truncated: true };
        files.push({ rel: childRel, abs: childAbs });
      }
    }
  }
  return { files, truncated: false };
}
__name(walkTree, "walkTree");
async function hashFiles(host, files, algorithm, concurrency = 8) {
  const out = /* @__PURE__ */ new Map();
  let next = 0;
  const worker = /* @__PURE__ */ __name(async () => {
    while (next < files.length) {
      const f = files[next++];
      out.set(f.rel, await host.hashFile(f.abs, algorithm));
    }
  }, "worker");
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return out;
}
__name(hashFiles, "hashFiles");

// src/collectors/verify/reference.ts
var MAX_ZIP = 500 << 20;
function moduleCachePaths(gomodcache, modVersion) {
  return moduleDownloadFiles(gomodcache, TOOLCHAIN_MODULE, modVersion);
}
__name(moduleCachePaths, "moduleCachePaths");
async function recordedZiphash(host, file) {
  return (await host.readText(file, 4096))?.trim() || null;
}
__name(recordedZiphash, "recordedZiphash");
async function zipReference(host, zipPath, ziphashPath, goosGoarch, kind = "module-zip") {
  const buf = await host.readBytes(zipPath, MAX_ZIP + 1);
  if (!buf) return null;
  if (buf.length > MAX_ZIP) throw new Error(`${zipPath} is larger than a module zip may be (500 MiB)`);
  const entries = listZip(buf).filter((e) => !e.name.endsWith("/"));
  const expected = /* @__PURE__ */ new Map();
  const byRel = /* @__PURE__ */ new Map();
  const hashed = entries.map((e) => {
    const sha256 = createHash("sha256").update(readZipEntry(buf, e)).digest("hex");
    const g = gorootNameOfZipEntry(e.name);
    if (g) {
      expected.set(g.rel, { hash: sha256, renamedGoMod: g.renamedGoMod });
      byRel.set(g.rel, e);
    }
    return { name: e.name, sha256 };
  });
  const first = entries[0]?.name ?? "";
  return {
    kind,
    paths: [zipPath],
    module: first.includes("/", first.indexOf("@")) ? first.slice(0, first.indexOf("/", first.indexOf("@"))) : null,
    recordedHash: await recordedZiphash(host, ziphashPath),
    computedHash: hash1(hashed),
    note: null,
    algorithm: "sha256",
    expected,
    covered: /* @__PURE__ */ __name((rel) => coveredByToolchainZip(rel, goosGoarch), "covered"),
    content: /* @__PURE__ */ __name(async (rel) => {
      const e = byRel.get(rel);
      return e ? readZipEntry(buf, e) : null;
    }, "content")
  };
}
__name(zipReference, "zipReference");
async function moduleDirReference(host, dir, ziphashPath, module, goosGoarch) {
  if (!(await host.stat(dir))?.isDir) return null;
  const { files } = await walkTree(host, dir);
  const hashes = await hashFiles(host, files, "sha256");
  const expected = /* @__PURE__ */ new Map();
  const hashed = [];
  const absOf = /* @__PURE__ */ new Map();
  for (const f of files) {
    const sha256 = hashes.get(f.rel);
    if (!sha256) continue;
    const name = `${module}/${f.rel}`;
    hashed.push({ name, sha256 });
    const g = gorootNameOfZipEntry(name);
    if (g) {
      expected.set(g.rel, { hash: sha256, renamedGoMod: g.renamedGoMod });
      absOf.set(g.rel, f.abs);
    }
  }
  return {
    kind: "module-dir",
    paths: [dir],
    module,
    recordedHash: await recordedZiphash(host, ziphashPath),
    computedHash: hash1(hashed),
    note: "the module cache holds the extracted module, not its zip",
    algorithm: "sha256",
    expected,
    covered: /* @__PURE__ */ __name((rel) => coveredByToolchainZip(rel, goosGoarch), "covered"),
    content: /* @__PURE__ */ __name(async (rel) => {
      const a = absOf.get(rel);
      return a ? host.readBytes(a, 64 * 1024) : null;
    }, "content")
  };
}
__name(moduleDirReference, "moduleDirReference");
async function downloadedReference(host, goBinary, moduleAtVersion, goosGoarch, timeoutMs) {
  return withNeutralDir(host, async (cwd) => {
    const p = host.platform === "win32" ? path2.win32 : path2.posix;
    const gomodcache = p.join(cwd, "modcache");
    const goflags = [host.env.GOFLAGS, "-modcacherw"].filter(Boolean).join(" ");
    const env = { ...host.env, GOMODCACHE: gomodcache, GOTOOLCHAIN: "local", GOFLAGS: goflags };
    const r = await host.run(goBinary, ["mod", "download", "-json", moduleAtVersion], { cwd, env, timeoutMs, maxBytes: 1 << 20 });
    let info = {};
    try {
      info = JSON.parse(r.stdout);
    } catch {
    }
    if (!info.Zip || info.Error) return { ref: null, error: info.Error ?? (r.timedOut ? `go mod download timed out after ${timeoutMs} ms` : (r.stderr || r.error || `go mod download exited ${r.code}`).trim().slice(0, 2e3)) };
    const ref = await zipReference(host, info.Zip, info.Zip.replace(/\.zip$/, ".ziphash"), goosGoarch, "downloaded");
    return { ref, error: ref ? null : `go mod download reported ${info.Zip}, which cannot be read` };
  });
}
__name(downloadedReference, "downloadedReference");
function parseDpkgSearch(out) {
  const pkgs = /* @__PURE__ */ new Set();
  for (const line of out.split("\n")) {
    const colon = line.indexOf(": ");
    if (colon < 0 || line.startsWith("diversion")) continue;
    for (const p of line.slice(0, colon).split(",")) if (p.trim()) pkgs.add(p.trim());
  }
  return [...pkgs].sort();
}
__name(parseDpkgSearch, "parseDpkgSearch");
async function realRoots(host, goroot) {
  const p = host.platform === "win32" ? path2.win32 : path2.posix;
  const roots = /* @__PURE__ */ new Map();
  const top = await host.realpath(goroot);
  if (top) roots.set(top, "");
  for (const e of await host.readdirTyped(goroot) ?? []) {
    const real = e.isSymlink ? await host.realpath(p.join(goroot, e.name)) : null;
    if (real && (await host.stat(real))?.isDir) roots.set(real, e.name);
  }
  return roots;
}
__name(realRoots, "realRoots");
async function expectedOfRecorded(host, roots, files, byReal) {
  const expected = /* @__PURE__ */ new Map();
  const reached = /* @__PURE__ */ new Set();
  for (const f of files) {
    const real = await host.realpath(f.abs);
    const hash = real ? byReal.get(real) : void 0;
    if (hash && real) {
      expected.set(f.rel, { hash, renamedGoMod: false });
      reached.add(real);
    }
  }
  const sortedRoots = [...roots].sort((a, b) => b[0].length - a[0].length);
  for (const [real, hash] of byReal) {
    if (reached.has(real)) continue;
    const root = sortedRoots.find(([dir]) => real.startsWith(dir + "/"));
    if (!root) continue;
    const rest = real.slice(root[0].length + 1);
    expected.set(root[1] ? `${root[1]}/${rest}` : rest, { hash, renamedGoMod: false });
  }
  return expected;
}
__name(expectedOfRecorded, "expectedOfRecorded");
async function dpkgReference(host, goroot, files, timeoutMs) {
  const roots = await realRoots(host, goroot);
  const r = await host.run("dpkg-query", ["-S", ...roots.keys()], { timeoutMs, maxBytes: 1 << 20 });
  const pkgs = parseDpkgSearch(r.stdout);
  if (pkgs.length === 0) return { ref: null, error: `dpkg-query -S names no package for ${[...roots.keys()].join(", ")}${r.error ? ` (${r.error})` : ""}` };
  const byReal = /* @__PURE__ */ new Map();
  const paths = [];
  const unreadable = [];
  for (const pkg of pkgs) {
    const name = pkg.split(":")[0];
    let text = null;
    for (const c of [`/var/lib/dpkg/info/${pkg}.md5sums`, `/var/lib/dpkg/info/${name}.md5sums`]) {
      text = await host.readText(c, 32 << 20);
      if (text !== null) {
        paths.push(c);
        break;
      }
    }
    if (text === null) {
      unreadable.push(pkg);
      continue;
    }
    for (const line of text.split("\n")) {
      const m = /^([0-9a-f]{32}) {2}(.+)$/.exec(line);
      if (m) byReal.set("/" + m[2], m[1]);
    }
  }
  return {
    ref: {
      kind: "dpkg",
      paths,
      module: pkgs.join(", "),
      recordedHash: null,
      computedHash: null,
      note: `dpkg's md5sums of ${pkgs.join(", ")} (what dpkg --verify checks)${unreadable.length ? `; no md5sums for ${unreadable.join(", ")}` : ""}`,
      algorithm: "md5",
      expected: await expectedOfRecorded(host, roots, files, byReal),
      covered: /* @__PURE__ */ __name(() => true, "covered"),
      content: /* @__PURE__ */ __name(async () => null, "content")
    },
    error: null
  };
}
__name(dpkgReference, "dpkgReference");
var RPM_DIGEST_ALGORITHMS = {
  "(none)": "md5",
  "1": "md5",
  "2": "sha1",
  "8": "sha256",
  "9": "sha384",
  "10": "sha512",
  "11": "sha224"
};
var RPMFILE_GHOST = 1 << 6;
var RPM_FILES_FORMAT = "pkg	%{NEVRA}	%{FILEDIGESTALGO}\n[file	%{FILEFLAGS}	%{FILEDIGESTS}	%{FILENAMES}\n]";
function parseRpmOwners(out) {
  return [...new Set(out.split("\n").filter((l) => l.startsWith("pkg	")).map((l) => l.slice(4).trim()).filter(Boolean))].sort();
}
__name(parseRpmOwners, "parseRpmOwners");
function parseRpmFiles(out) {
  const pkgs = [];
  for (const line of out.split("\n")) {
    const f = line.split("	");
    if (f[0] === "pkg" && f.length === 3) pkgs.push({ nevra: f[1], algorithm: RPM_DIGEST_ALGORITHMS[f[2]] ?? null, algorithmNumber: f[2], digests: /* @__PURE__ */ new Map() });
    else if (f[0] === "file" && f.length >= 4 && pkgs.length) {
      const [, flags, digest] = f;
      const name = f.slice(3).join("	");
      if (/^[0-9a-f]{32,128}$/.test(digest) && name.startsWith("/") && !(Number(flags) & RPMFILE_GHOST)) pkgs[pkgs.length - 1].digests.set(name, digest);
    }
  }
  return pkgs;
}
__name(parseRpmFiles, "parseRpmFiles");
async function rpmReference(host, goroot, files, timeoutMs) {
  const p = host.platform === "win32" ? path2.win32 : path2.posix;
  const roots = await realRoots(host, goroot);
  const asked = new Set(roots.keys());
  for (const e of await host.readdirTyped(goroot) ?? []) {
    const real = await host.realpath(p.join(goroot, e.name));
    if (real) asked.add(real);
  }
  const owners = await host.run("rpm", ["-qf", "--qf", "pkg	%{NEVRA}\n", ...asked], { timeoutMs, maxBytes: 1 << 20 });
  const nevras = parseRpmOwners(owners.stdout);
  if (nevras.length === 0) return { ref: null, error: `rpm -qf names no package for ${[...roots.keys()].join(", ")}${owners.code === 0 ? "" : ` (${describeFailure(owners, "rpm -qf")})`}` };
  const r = await host.run("rpm", ["-q", "--qf", RPM_FILES_FORMAT, ...nevras], { timeoutMs, maxBytes: 64 << 20 });
  const pkgs = parseRpmFiles(r.stdout);
  if (pkgs.length === 0) return { ref: null, error: `rpm -q lists no files for ${nevras.join(", ")} (${describeFailure(r, "rpm -q")})` };
  const algorithm = pkgs.find((k) => k.algorithm)?.algorithm ?? null;
  if (!algorithm) return { ref: null, error: `the RPM database's digest algorithm ${pkgs[0].algorithmNumber} for ${nevras.join(", ")} is not one godiag can compute` };
  const used = pkgs.filter((k) => k.algorithm === algorithm);
  const skipped = pkgs.filter((k) => k.algorithm !== algorithm).map((k) => `${k.nevra} (digest algorithm ${k.algorithmNumber})`);
  const byReal = new Map(used.flatMap((k) => [...k.digests]));
  const names = used.map((k) => k.nevra).join(", ");
  return {
    ref: {
      kind: "rpm",
      paths: [],
      module: names,
      recordedHash: null,
      computedHash: null,
      note: `the RPM database's ${algorithm} file digests of ${names} (what rpm -V compares)${skipped.length ? `; not compared: ${skipped.join(", ")}` : ""}`,
      algorithm,
      expected: await expectedOfRecorded(host, roots, files, byReal),
      covered: /* @__PURE__ */ __name(() => true, "covered"),
      content: /* @__PURE__ */ __name(async () => null, "content")
    },
    error: null
  };
}
__name(rpmReference, "rpmReference");

// src/collectors/verify/toolchain.ts
var DIFF_MAX = 16 * 1024;
function targets(earlier, all) {
  const toolchains = earlierValue(earlier, "toolchains");
  const goenv = earlierValue(earlier, "goenv");
  const installs = [...toolchains?.installs ?? [], ...toolchains?.offPath ?? []];
  const winner = goenv?.settings.GOROOT?.value || installs[0]?.goroot || null;
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = /* @__PURE__ */ __name((goroot, install) => {
    if (!goroot || seen.has(goroot)) return;
    seen.add(goroot);
    out.push({ goroot, install });
  }, "add");
  add(winner, installs.find((i) => i.goroot === winner) ?? null);
  if (all) for (const i of installs) add(i.goroot, i);
  return out;
}
__name(targets, "targets");
async function platformOf(host, goroot, install) {
  if (install?.reportedPlatform) return install.reportedPlatform.replace("/", "_");
  const p = host.platform === "win32" ? path3.win32 : path3.posix;
  const dirs = (await host.readdir(p.join(goroot, "pkg", "tool")) ?? []).filter((d) => /^[a-z0-9]+_[a-z0-9]+$/.test(d));
  return dirs.length === 1 ? dirs[0] : null;
}
__name(platformOf, "platformOf");
var isText = /* @__PURE__ */ __name((b) => !b.includes(0), "isText");
function envChanges(before, after) {
  const last = /* @__PURE__ */ __name((text) => new Map(parseEnvFile(text, "go.env").entries.map((e) => [e.key, e.value])), "last");
  const a = last(before);
  const b = last(after);
  const keys = [.../* @__PURE__ */ new Set([...a.keys(), ...b.keys()])].sort();
  return keys.filter((k) => a.get(k) !== b.get(k)).map((k) => ({ key: k, from: a.get(k) ?? null, to: b.get(k) ?? null }));
}
__name(envChanges, "envChanges");
async function describeModified(host, goroot, ref, m) {
  const p = host.platform === "win32" ? path3.win32 : path3.posix;
  let diff = null;
  let changes = null;
  const want = await ref.content(m.path);
  const got = want && want.length <= DIFF_MAX ? await host.readBytes(p.join(goroot, ...m.path.split("/")), DIFF_MAX + 1) : null;
  if (want && got && got.length <= DIFF_MAX && isText(want) && isText(got)) {
    const { createTwoFilesPatch } = await import("./libesm-5BU4AK6W.js");
    const patch = createTwoFilesPatch(`release/${m.path}`, `installed/${m.path}`, want.toString("utf8"), got.toString("utf8"), void 0, void 0, { context: 2 });
    diff = patch.slice(patch.indexOf("--- "));
    if (m.path === "go.env") changes = envChanges(want.toString("utf8"), got.toString("utf8"));
  }
  return { path: m.path, algorithm: ref.algorithm, expected: m.expected, actual: m.actual, diff, envChanges: changes };
}
__name(describeModified, "describeModified");
async function findReference(host, t, files, release, goosGoarch, gomodcache, goBinary, vopts, timeoutMs) {
  const kind = t.install?.installKind ?? "unknown";
  const notes = [];
  const fromPackage = kind === "debian-package" ? dpkgReference : kind === "rpm-package" ? rpmReference : null;
  if (fromPackage) {
    const { ref, error } = await fromPackage(host, t.goroot, files, timeoutMs);
    if (ref) return { ref, module: null, note: "" };
    notes.push(error ?? "no package data");
  }
  const [goos, goarch] = goosGoarch.split("_");
  const modVersion = toolchainModuleVersion(release, goos, goarch);
  const module = `${TOOLCHAIN_MODULE}@${modVersion}`;
  if (!isValidGoVersion(release) || compareGoVersions(release, FIRST_TOOLCHAIN_MODULE_RELEASE) < 0) {
    notes.push(`${release} predates the toolchain modules (published from ${FIRST_TOOLCHAIN_MODULE_RELEASE} on): compare the tree with the archive from https://go.dev/dl/ instead`);
    return { ref: null, module: null, note: notes.join("; ") };
  }
  if (gomodcache) {
    const c = moduleCachePaths(gomodcache, modVersion);
    const zip = await zipReference(host, c.zip, c.ziphash, goosGoarch);
    if (zip) return { ref: zip, module, note: "" };
    const [realDir, realRoot] = await Promise.all([host.realpath(c.dir), host.realpath(t.goroot)]);
    if (realDir && realDir !== realRoot) {
      const dir = await moduleDirReference(host, c.dir, c.ziphash, module, goosGoarch);
      if (dir) return { ref: dir, module, note: "" };
    }
    notes.push(`${module} is not in the module cache ${gomodcache}${realDir && realDir === realRoot ? " (only as this very tree, which cannot check itself)" : ""}`);
  } else {
    notes.push("GOMODCACHE is unknown (go env failed)");
  }
  if (vopts.download && goBinary) {
    const { ref, error } = await downloadedReference(host, goBinary, module, goosGoarch, Math.max(timeoutMs, 3e5));
    if (ref) return { ref, module, note: "" };
    notes.push(`go mod download ${module} failed: ${error}`);
  }
  if (kind === "snap") notes.push("snap installs are a read-only squashfs image verified by snapd when mounted: `snap info go` shows the revision, `snap refresh go` replaces it");
  if (kind === "homebrew") notes.push("Homebrew keeps no per-file hashes after pouring a bottle: `brew reinstall go` replaces the tree; the module check works once the toolchain module is in the module cache");
  return { ref: null, module, note: notes.join("; ") };
}
__name(findReference, "findReference");
function expectUnderscoreGoMod(expected, files) {
  for (const f of files) {
    if (!(f.rel === "_go.mod" || f.rel.endsWith("/_go.mod"))) continue;
    const want = expected.get(f.rel.slice(0, -"_go.mod".length) + "go.mod");
    if (want?.renamedGoMod) expected.set(f.rel, want);
  }
}
__name(expectUnderscoreGoMod, "expectUnderscoreGoMod");
async function verifyToolchain(host, t, earlier, vopts, timeoutMs) {
  const t0 = performance.now();
  const p = host.platform === "win32" ? path3.win32 : path3.posix;
  const goenv = earlierValue(earlier, "goenv");
  const release = (await host.readText(p.join(t.goroot, "VERSION"), 4096))?.split("\n", 1)[0]?.trim() || null;
  const goosGoarch = await platformOf(host, t.goroot, t.install);
  const base = {
    goroot: t.goroot,
    release,
    platform: goosGoarch?.replace("_", "/") ?? null,
    installKind: t.install?.installKind ?? "unknown",
    reference: { kind: "none", paths: [], module: null, recordedHash: null, computedHash: null, note: null },
    expectedFiles: 0,
    matched: 0,
    renamedGoMod: 0,
    modified: [],
    missing: [],
    missingCount: 0,
    extra: [],
    extraCount: 0,
    outsideCoverage: {},
    outsideCoverageCount: 0,
    hashedFiles: 0,
    hashedBytes: 0,
    ms: 0
  };
  const done = /* @__PURE__ */ __name(() => ({ ...base, ms: Math.round(performance.now() - t0) }), "done");
  if (!release || !goosGoarch) {
    base.reference.note = !release ? `${t.goroot}/VERSION is missing or empty: the release cannot be named` : `the platform of ${t.goroot} cannot be told (no single pkg/tool/<goos>_<goarch> and no go version output)`;
    return done();
  }
  const gomodcache = goenv?.settings.GOMODCACHE?.value || null;
  const goBinary = t.install?.path ?? goenv?.goBinary ?? null;
  const walked = await walkTree(host, t.goroot);
  const found = await findReference(host, t, walked.files, release, goosGoarch, gomodcache, goBinary, vopts, timeoutMs);
  if (!found.ref) {
    base.reference = { ...base.reference, module: found.module, note: found.note };
    return done();
  }
  const ref = found.ref;
  base.reference = { kind: ref.kind, paths: ref.paths, module: ref.module, recordedHash: ref.recordedHash, computedHash: ref.computedHash, note: ref.note };
  const { truncated } = walked;
  const files = walked.files;
  if (ref.kind !== "dpkg" && ref.kind !== "rpm") expectUnderscoreGoMod(ref.expected, files);
  if (truncated) base.reference.note = [ref.note, `the tree has more than ${files.length} files; the rest were not looked at`].filter(Boolean).join("; ");
  const toHash = files.filter((f) => ref.expected.has(f.rel));
  const hashes = await hashFiles(host, toHash, ref.algorithm);
  const actual = new Map(files.map((f) => [f.rel, hashes.get(f.rel) ?? null]));
  for (const f of toHash) base.hashedBytes += (await host.stat(f.abs))?.size ?? 0;
  base.hashedFiles = toHash.length;
  const cmp = compareTree(ref.expected, actual, ref.covered);
  base.expectedFiles = ref.expected.size;
  base.matched = cmp.matched;
  base.renamedGoMod = cmp.renamedGoMod;
  base.modified = await Promise.all(cmp.modified.slice(0, 200).map((m) => describeModified(host, t.goroot, ref, m)));
  base.missing = cmp.missing.slice(0, 200);
  base.missingCount = cmp.missing.length;
  base.extra = cmp.extra.slice(0, 500);
  base.extraCount = cmp.extra.length;
  base.outsideCoverage = cmp.outsideCoverage;
  base.outsideCoverageCount = cmp.outsideCoverageCount;
  return done();
}
__name(verifyToolchain, "verifyToolchain");
async function collectVerify(host, opts, earlier) {
  const vopts = { all: opts.verifyAll, download: opts.fetchToolchainModule };
  const out = [];
  for (const t of targets(earlier, !!vopts.all)) {
    opts.progress?.(`hashing ${t.goroot}`);
    out.push(await verifyToolchain(host, t, earlier, vopts, opts.timeoutMs ?? 8e3));
  }
  return { toolchains: out };
}
__name(collectVerify, "collectVerify");
export {
  collectVerify,
  verifyToolchain
};
