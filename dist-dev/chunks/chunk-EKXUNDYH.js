import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  lookPath
} from "./chunk-UQYNX74J.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/analyzers/binary/file-caps.ts
var CAP_NAMES = [
  "cap_chown",
  "cap_dac_override",
  "cap_dac_read_search",
  "cap_fowner",
  "cap_fsetid",
  "cap_kill",
  "cap_setgid",
  "cap_setuid",
  "cap_setpcap",
  "cap_linux_immutable",
  "cap_net_bind_service",
  "cap_net_broadcast",
  "cap_net_admin",
  "cap_net_raw",
  "cap_ipc_lock",
  "cap_ipc_owner",
  "cap_sys_module",
  "cap_sys_rawio",
  "cap_sys_chroot",
  "cap_sys_ptrace",
  "cap_sys_pacct",
  "cap_sys_admin",
  "cap_sys_boot",
  "cap_sys_nice",
  "cap_sys_resource",
  "cap_sys_time",
  "cap_sys_tty_config",
  "cap_mknod",
  "cap_lease",
  "cap_audit_write",
  "cap_audit_control",
  "cap_setfcap",
  "cap_mac_override",
  "cap_mac_admin",
  "cap_syslog",
  "cap_wake_alarm",
  "cap_block_suspend",
  "cap_audit_read",
  "cap_perfmon",
  "cap_bpf",
  "cap_checkpoint_restore"
];
function normalizeCapName(name) {
  const n = name.trim().toLowerCase();
  const full = n.startsWith("cap_") ? n : `cap_${n}`;
  return CAP_NAMES.includes(full) ? full : null;
}
__name(normalizeCapName, "normalizeCapName");
var capName = /* @__PURE__ */ __name((bit) => CAP_NAMES[bit] ?? `cap_${bit}`, "capName");
var VFS_CAP_REVISION_MASK = 4278190080;
var VFS_CAP_FLAGS_EFFECTIVE = 1;
var PAIRS = { 16777216: 1, 33554432: 2, 50331648: 2 };
function decodeVfsCapData(buf) {
  if (buf.length < 4) return null;
  const magic = buf.readUInt32LE(0);
  const pairs = PAIRS[(magic & VFS_CAP_REVISION_MASK) >>> 0];
  if (!pairs || buf.length < 4 + pairs * 8) return null;
  const permitted = [];
  const inheritable = [];
  for (let i = 0; i < pairs; i++) {
    const p = buf.readUInt32LE(4 + i * 8);
    const inh = buf.readUInt32LE(8 + i * 8);
    for (let bit = 0; bit < 32; bit++) {
      if (p & 1 << bit) permitted.push(capName(i * 32 + bit));
      if (inh & 1 << bit) inheritable.push(capName(i * 32 + bit));
    }
  }
  return { permitted, inheritable, effective: (magic & VFS_CAP_FLAGS_EFFECTIVE) !== 0 };
}
__name(decodeVfsCapData, "decodeVfsCapData");
function parseCapText(text) {
  const flags = /* @__PURE__ */ new Map();
  for (const clause of text.trim().split(/\s+/).filter(Boolean)) {
    const m = /^([a-z0-9_,]*)((?:[=+-][eip]*)+)$/i.exec(clause);
    if (!m) return null;
    const names = m[1].toLowerCase();
    const caps = names === "" || names === "all" ? [...CAP_NAMES] : names.split(",").map((n) => normalizeCapName(n) ?? n);
    for (const [, op, fl] of m[2].matchAll(/([=+-])([eip]*)/gi)) {
      for (const c of caps) {
        const set = flags.get(c) ?? /* @__PURE__ */ new Set();
        if (op === "=") set.clear();
        for (const f of fl.toLowerCase()) op === "-" ? set.delete(f) : set.add(f);
        flags.set(c, set);
      }
    }
  }
  const having = /* @__PURE__ */ __name((f) => [...flags].filter(([, s]) => s.has(f)).map(([c]) => c), "having");
  return { permitted: having("p"), inheritable: having("i"), effective: having("e").length > 0 };
}
__name(parseCapText, "parseCapText");
function parseGetcapOutput(stdout, asked) {
  const out = /* @__PURE__ */ new Map();
  const longestFirst = [...asked].sort((a, b) => b.length - a.length);
  for (const line of stdout.split("\n")) {
    const file = longestFirst.find((p) => line.startsWith(`${p} `));
    if (!file) continue;
    const caps = parseCapText(line.slice(file.length).replace(/^\s*=\s/, " "));
    if (caps) out.set(file, caps);
  }
  return out;
}
__name(parseGetcapOutput, "parseGetcapOutput");
function parseGetfattrHex(stdout) {
  const out = /* @__PURE__ */ new Map();
  let file = null;
  for (const line of stdout.split("\n")) {
    if (line.startsWith("# file: ")) file = line.slice(8);
    const m = /^security\.capability=0x([0-9a-f]+)$/i.exec(line.trim());
    if (m && file !== null) {
      const caps = decodeVfsCapData(Buffer.from(m[1], "hex"));
      if (caps) out.set(file, caps);
    }
  }
  return out;
}
__name(parseGetfattrHex, "parseGetfattrHex");
function capText(c) {
  const parts = [];
  if (c.permitted.length) parts.push(`${c.permitted.join(",")}=${c.effective ? "e" : ""}p${c.inheritable.length && sameList(c.permitted, c.inheritable) ? "i" : ""}`);
  const extraInh = c.inheritable.filter((x) => !sameList(c.permitted, c.inheritable) || !c.permitted.includes(x));
  if (extraInh.length) parts.push(`${extraInh.join(",")}+i`);
  return parts.join(" ") || "(empty)";
}
__name(capText, "capText");
var sameList = /* @__PURE__ */ __name((a, b) => a.length === b.length && a.every((x, i) => x === b[i]), "sameList");

// src/collectors/file-caps.ts
var SBIN = ["/usr/sbin", "/sbin", "/usr/bin", "/bin"];
var PER_RUN = 200;
var TIMEOUT_MS = 1e4;
async function findTool(host, name) {
  const onPath = await lookPath(host, name);
  if (onPath) return onPath;
  for (const dir of SBIN) if (await host.isExecutable(`${dir}/${name}`)) return `${dir}/${name}`;
  return null;
}
__name(findTool, "findTool");
async function readFileCaps(host, files, readers = ["getcap", "getfattr"]) {
  const caps = /* @__PURE__ */ new Map();
  if (host.platform !== "linux") return { reader: null, problem: `file capabilities are a Linux feature (this host is ${host.platform})`, caps };
  if (files.length === 0) return { reader: null, problem: null, caps };
  const getcap = readers.includes("getcap") ? await findTool(host, "getcap") : null;
  const getfattr = getcap || !readers.includes("getfattr") ? null : await findTool(host, "getfattr");
  if (!getcap && !getfattr) {
    return { reader: null, problem: "neither getcap (libcap2-bin) nor getfattr (attr) is installed, and Node cannot read extended attributes itself: file capabilities not read", caps };
  }
  const reader = getcap ? "getcap" : "getfattr";
  const problems = [];
  for (let i = 0; i < files.length; i += PER_RUN) {
    const batch = files.slice(i, i + PER_RUN);
    const args = getcap ? ["--", ...batch] : ["-n", "security.capability", "-e", "hex", "--absolute-names", "--", ...batch];
    const r = await host.run(getcap ?? getfattr, args, { timeoutMs: TIMEOUT_MS, maxBytes: 4 * 1024 * 1024, env: { PATH: "/usr/bin:/bin", LC_ALL: "C" } });
    if (!r.ok || r.timedOut) {
      problems.push(`${reader} did not run: ${r.timedOut ? `killed after ${TIMEOUT_MS / 1e3} s` : r.error ?? `exit ${r.code}`}`);
      continue;
    }
    const found = getcap ? parseGetcapOutput(r.stdout, batch) : parseGetfattrHex(r.stdout);
    for (const [f, c] of found) caps.set(f, c);
    if (getcap && r.code !== 0) problems.push(`getcap exited ${r.code}: ${r.stderr.trim().split("\n")[0] ?? ""}`);
    if (!getcap) {
      const failed = r.stderr.split("\n").filter((l) => l.trim() && !/No such attribute|No data available/i.test(l));
      if (failed.length) problems.push(`getfattr: ${failed[0]}`);
    }
  }
  return { reader, problem: problems.length ? problems.join("; ") : null, caps };
}
__name(readFileCaps, "readFileCaps");

export {
  normalizeCapName,
  capText,
  readFileCaps
};
