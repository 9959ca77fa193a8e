import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  findRule
} from "./chunk-QDX7MBD6.js";
import "./chunk-I4IKHWZ2.js";
import "./chunk-Z5KYQY4S.js";
import "./chunk-76J5DVE5.js";
import {
  createTwoFilesPatch
} from "./chunk-C5MLSTUT.js";
import {
  doctorReport
} from "./chunk-PLLV4H7S.js";
import "./chunk-TUA3ZO57.js";
import "./chunk-T4FF3R5O.js";
import "./chunk-TEAIDRKW.js";
import "./chunk-VLRNGUAR.js";
import "./chunk-3TF2Q6ZZ.js";
import {
  collectDoctorFacts,
  localHost,
  parseTimeout
} from "./chunk-5CLRHSWL.js";
import "./chunk-VFMCARKJ.js";
import "./chunk-EKXUNDYH.js";
import "./chunk-FXICBWLO.js";
import "./chunk-SW3IABDB.js";
import "./chunk-UQYNX74J.js";
import "./chunk-MKTU6BHA.js";
import "./chunk-KB37XK2A.js";
import "./chunk-HCNRKEPA.js";
import "./chunk-CBPLS572.js";
import "./chunk-MYFXW2B4.js";
import "./chunk-IBXMN5CX.js";
import "./chunk-NKKUPBPJ.js";
import "./chunk-CTKGUG5O.js";
import "./chunk-UUY3J6IC.js";
import "./chunk-B6TL6C7X.js";
import "./chunk-7NBLZL43.js";
import "./chunk-XVVG7EUA.js";
import "./chunk-YKY675GG.js";
import {
  loadUserConfig
} from "./chunk-SODXAFS5.js";
import {
  SCHEMA_VERSION
} from "./chunk-4IQ5MCPK.js";
import {
  COMMON_FLAGS,
  checkFormat,
  parseFlags,
  projectDir
} from "./chunk-CWEQVTLD.js";
import {
  UsageError
} from "./chunk-2UDLJF23.js";
import "./chunk-NUDDGLDA.js";
import {
  redactString
} from "./chunk-OQWCGIDS.js";
import "./chunk-MGOUR3LB.js";
import "./chunk-ER3ZTGQR.js";
import {
  FileRefused,
  cleanStaleTemps,
  createExclusive,
  makeDir,
  makeTempDir,
  missingParents,
  processAlive,
  readEditable,
  remove,
  removeEmptyDir,
  rename,
  resolveLink,
  writeAtomic,
  writeFile
} from "./chunk-77TINIMA.js";
import "./chunk-SFO5HY6L.js";
import "./chunk-URFTV32G.js";
import "./chunk-W5XSRNJ5.js";
import "./chunk-S74V6A24.js";
import "./chunk-N5CH7USA.js";
import "./chunk-EDRERVNO.js";
import "./chunk-3CEM5G56.js";
import {
  listLocal,
  readCapped,
  readCappedText,
  statLocal
} from "./chunk-SDAAKID4.js";
import "./chunk-RGSSBWB6.js";
import "./chunk-XSTZCV6U.js";
import "./chunk-K5NCYCDB.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/fix/plan.ts
function simpleArgv(command) {
  const argv = [];
  let cur = "";
  let inWord = false;
  for (let i = 0; i < command.length; i++) {
    const c = command[i];
    if (c === "'") {
      const end = command.indexOf("'", i + 1);
      if (end < 0) return null;
      cur += command.slice(i + 1, end);
      i = end;
      inWord = true;
    } else if (c === "\\" && i + 1 < command.length && command[i + 1] !== "\n") {
      cur += command[++i];
      inWord = true;
    } else if (c === " " || c === "	") {
      if (inWord) argv.push(cur);
      cur = "";
      inWord = false;
    } else if (/[\\"$`;&|<>(){}*?#~\n]/.test(c)) {
      return null;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (inWord) argv.push(cur);
  return argv;
}
__name(simpleArgv, "simpleArgv");
function isGoEnvEdit(argv) {
  return argv[0] === "go" && argv[1] === "env" && (argv[2] === "-w" || argv[2] === "-u") && argv.length >= 4 && argv.slice(3).every((a) => /^[A-Z][A-Z0-9_]*(=.*)?$/.test(a));
}
__name(isGoEnvEdit, "isGoEnvEdit");
function applicableArgv(fix2) {
  if (fix2.kind !== "command" || fix2.safety !== "safe") return null;
  const argv = simpleArgv(fix2.command);
  return argv && isGoEnvEdit(argv) ? argv : null;
}
__name(applicableArgv, "applicableArgv");
function planFixes(findings, onlyRules = []) {
  const plan = [];
  const manual = [];
  for (const f of findings) {
    if (onlyRules.length && !onlyRules.includes(f.ruleId) && !onlyRules.includes(f.ruleName)) continue;
    let taken = 0;
    for (const fix2 of f.fixes) {
      if (fix2.kind === "edit" && fix2.safety === "safe") {
        plan.push({ ruleId: f.ruleId, fix: fix2 });
      } else {
        const argv = applicableArgv(fix2);
        if (!argv || fix2.kind !== "command") break;
        plan.push({ ruleId: f.ruleId, fix: fix2, argv });
      }
      taken++;
    }
    if (taken === 0 && f.fixes.length > 0) manual.push(f);
  }
  return { plan, manual };
}
__name(planFixes, "planFixes");

// src/fix/changes.ts
import * as os from "node:os";
import * as path from "node:path";

// src/fix/files.ts
var MAX_EDIT_BYTES = 4 * 1024 * 1024;
function readForEdit(p) {
  const target = resolveLink(p);
  const now = readEditable(target, MAX_EDIT_BYTES);
  if (!now) return { path: p, target, existed: false, bytes: null, mode: 420, uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
  return { path: p, target, existed: true, ...now };
}
__name(readForEdit, "readForEdit");

// src/fix/changes.ts
function expandHome(file, home) {
  if (file === "~" || file.startsWith("~/")) return path.join(home ?? os.homedir(), file.slice(1));
  return file;
}
__name(expandHome, "expandHome");
function blockRange(lines, marker) {
  const start = lines.findIndex((l) => l.includes(`>>> ${marker} >>>`));
  if (start < 0) return null;
  const end = lines.findIndex((l, i) => i > start && l.includes(`<<< ${marker} <<<`));
  return end < 0 ? null : { start, end };
}
__name(blockRange, "blockRange");
function editText(before, fix2) {
  const replacement = fix2.replacement.replace(/\n$/, "");
  if (fix2.range) {
    if (before === null) throw new FileRefused(`${fix2.file} does not exist`);
    const lines = before.split("\n");
    const { startLine, endLine } = fix2.range;
    if (startLine < 1 || endLine > lines.length || startLine > endLine) throw new FileRefused(`${fix2.file} no longer has lines ${startLine}-${endLine}`);
    lines.splice(startLine - 1, endLine - startLine + 1, ...replacement === "" ? [] : replacement.split("\n"));
    return lines.join("\n");
  }
  const base = before ?? "";
  if (fix2.marker) {
    const lines = base.split("\n");
    const r = blockRange(lines, fix2.marker);
    if (r) {
      lines.splice(r.start, r.end - r.start + 1, ...replacement.split("\n"));
      return lines.join("\n");
    }
  }
  return base + (base && !base.endsWith("\n") ? "\n" : "") + replacement + "\n";
}
__name(editText, "editText");
async function goEnvAfter(ctx, current, argv) {
  if (!ctx.goBinary) throw new FileRefused("no go on PATH to compute the go env change");
  const dir = makeTempDir("godiag-goenv-");
  try {
    const copy = path.join(dir, "env");
    if (current) writeFile(copy, current);
    const r = await ctx.host.run(ctx.goBinary, argv.slice(1), { env: { ...ctx.host.env, GOENV: copy, GOTOOLCHAIN: "local", GOFLAGS: "" }, timeoutMs: 15e3, cwd: dir });
    if (!r.ok || r.code !== 0) throw new FileRefused(`${argv.join(" ")} failed: ${(r.stderr || r.error || "").trim()}`);
    return readCapped(copy, 2 * MAX_EDIT_BYTES) ?? Buffer.alloc(0);
  } finally {
    remove(dir, { recursive: true });
  }
}
__name(goEnvAfter, "goEnvAfter");
async function computeChanges(plan, ctx) {
  const byTarget = /* @__PURE__ */ new Map();
  const unchanged = [];
  const failed = [];
  const seen = /* @__PURE__ */ new Set();
  for (const p of plan) {
    const name = p.fix.kind === "edit" ? expandHome(p.fix.file, ctx.home) : ctx.goEnvFile;
    const key = `${name}\0${"argv" in p ? p.argv.join("\0") : `${p.fix.marker ?? ""}\0${p.fix.replacement}`}`;
    if (seen.has(key)) continue;
    seen.add(key);
    try {
      if (name === null) throw new FileRefused("go reports no go env file (GOENV=off?)");
      if (!path.isAbsolute(name)) throw new FileRefused(`${name} is not an absolute path`);
      let entry = [...byTarget.values()].find((e) => e.before.path === name);
      if (!entry) {
        const before = readForEdit(name);
        entry = byTarget.get(before.target) ?? { before, current: before.bytes, fixes: [] };
        byTarget.set(before.target, entry);
      }
      const next = "argv" in p ? await goEnvAfter(ctx, entry.current, p.argv) : Buffer.from(editText(entry.current?.toString("utf8") ?? null, p.fix));
      if (entry.current && next.equals(entry.current)) {
        unchanged.push({ ruleId: p.ruleId, title: p.fix.title, detail: `${name} already has it` });
        continue;
      }
      entry.current = next;
      entry.fixes.push({ ruleId: p.ruleId, title: p.fix.title });
    } catch (e) {
      if (!(e instanceof FileRefused) && !isErrno(e)) throw e;
      failed.push({ ruleId: p.ruleId, title: p.fix.title, detail: e.message });
    }
  }
  const changes = [];
  for (const e of byTarget.values()) {
    if (e.fixes.length === 0 || e.current === null) continue;
    if (e.before.bytes && e.current.equals(e.before.bytes)) continue;
    changes.push({ before: e.before, after: e.current, fixes: e.fixes });
  }
  return { changes, unchanged, failed };
}
__name(computeChanges, "computeChanges");
function isErrno(e) {
  return e instanceof Error && typeof e.code === "string";
}
__name(isErrno, "isErrno");

// src/fix/journal.ts
import * as path2 from "node:path";
import { createHash } from "node:crypto";
function sha256(b) {
  return createHash("sha256").update(b).digest("hex");
}
__name(sha256, "sha256");
function journalRoot(env) {
  const state = env.XDG_STATE_HOME && path2.isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : path2.join(env.HOME ?? "/nonexistent", ".local", "state");
  return path2.join(state, "godiag", "fix");
}
__name(journalRoot, "journalRoot");
var LOCK = "lock";
var MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
function lock(root) {
  makeDir(root, { recursive: true, mode: 448 });
  const file = path2.join(root, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    if (createExclusive(file, String(process.pid), 384)) return () => remove(file);
    const pid = Number((readCappedText(file, 64) ?? "").trim());
    const running = pid > 0 && pid !== process.pid && processAlive(pid);
    if (running) throw new FileRefused(`another godiag fix is running (pid ${pid}); try again when it ends`);
    remove(file);
  }
  throw new FileRefused(`cannot take the lock ${file}`);
}
__name(lock, "lock");
function cleanPartialJournals(root) {
  for (const name of safeList(root)) {
    if (name.startsWith(".partial-")) remove(path2.join(root, name), { recursive: true });
    else if (name.startsWith("apply-")) cleanStaleTemps(path2.join(root, name, "manifest.json"));
  }
}
__name(cleanPartialJournals, "cleanPartialJournals");
function safeList(dir) {
  return listLocal(dir) ?? [];
}
__name(safeList, "safeList");
function record(root, changes, now = /* @__PURE__ */ new Date()) {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const name = `apply-${stamp}-${process.pid}`;
  const partial = path2.join(root, `.partial-${name}`);
  makeDir(partial, { recursive: true, mode: 448 });
  const entries = changes.map((c, i) => {
    const backup = c.before.existed ? `backup-${i}` : null;
    if (backup) writeAtomic(path2.join(partial, backup), c.before.bytes, { mode: 384, uid: c.before.uid, gid: c.before.gid });
    return {
      path: c.before.path,
      target: c.before.target,
      existed: c.before.existed,
      backup,
      mode: c.before.mode,
      uid: c.before.uid,
      gid: c.before.gid,
      createdDirs: c.createdDirs,
      sha256Before: c.before.bytes ? sha256(c.before.bytes) : null,
      sha256After: sha256(c.after)
    };
  });
  writeManifest(partial, { version: 1, createdAt: now.toISOString(), state: "applying", entries });
  const final = path2.join(root, name);
  rename(partial, final);
  return final;
}
__name(record, "record");
function writeManifest(dir, m) {
  writeAtomic(path2.join(dir, "manifest.json"), Buffer.from(JSON.stringify(m, null, 2) + "\n"), { mode: 384, uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 });
}
__name(writeManifest, "writeManifest");
function readManifest(dir) {
  try {
    const m = JSON.parse(readCappedText(path2.join(dir, "manifest.json"), MAX_MANIFEST_BYTES) ?? "");
    return m.version === 1 && Array.isArray(m.entries) ? m : null;
  } catch {
    return null;
  }
}
__name(readManifest, "readManifest");
function lastApply(root) {
  for (const name of safeList(root).filter((n) => n.startsWith("apply-")).reverse()) {
    const dir = path2.join(root, name);
    const manifest = readManifest(dir);
    if (manifest && manifest.state !== "undone") return { dir, manifest };
  }
  return null;
}
__name(lastApply, "lastApply");

// src/fix/apply.ts
function withLock(env, targets, run2) {
  const root = journalRoot(env);
  const release = lock(root);
  try {
    cleanPartialJournals(root);
    const last = lastApply(root);
    for (const t of /* @__PURE__ */ new Set([...targets, ...last?.manifest.entries.map((e) => e.target) ?? []])) cleanStaleTemps(t);
    return run2(root);
  } finally {
    release();
  }
}
__name(withLock, "withLock");
function applyChanges(changes, env) {
  return withLock(env, changes.map((c) => c.before.target), (root) => {
    const outcomes = [];
    const ready = [];
    for (const change of changes) {
      const now = readForEdit(change.before.path);
      const same = now.existed === change.before.existed && (!now.bytes || !change.before.bytes || now.bytes.equals(change.before.bytes));
      if (!same || now.target !== change.before.target) {
        outcomes.push({ path: change.before.path, outcome: "skipped", detail: "changed since the plan was made; run godiag fix again" });
        continue;
      }
      ready.push({ change, createdDirs: change.before.existed ? [] : missingParents(change.before.target) });
    }
    const journal = record(root, ready.map((r) => ({ before: r.change.before, after: r.change.after, createdDirs: r.createdDirs })));
    for (const { change, createdDirs } of ready) {
      const b = change.before;
      try {
        for (const d of createdDirs) makeDir(d, { mode: 493 });
        writeAtomic(b.target, change.after, { mode: b.mode, uid: b.uid, gid: b.gid });
        outcomes.push({ path: b.path, outcome: "written", detail: b.target === b.path ? "" : `through the symbolic link, in ${b.target}` });
      } catch (e) {
        outcomes.push({ path: b.path, outcome: "failed", detail: e.message });
      }
    }
    const m = readManifest(journal);
    if (!m) throw new FileRefused(`the record of this apply (${journal}/manifest.json) cannot be read back`);
    writeManifest(journal, { ...m, state: "applied" });
    return { journal, outcomes };
  });
}
__name(applyChanges, "applyChanges");
function undoLast(env) {
  return withLock(env, [], (root) => {
    const last = lastApply(root);
    if (!last) return { journal: null, outcomes: [] };
    const outcomes = [];
    for (const e of [...last.manifest.entries].reverse()) {
      try {
        const now = statLocal(e.target) ? readForEdit(e.target) : null;
        const untouched = now?.bytes ? sha256(now.bytes) === e.sha256After || sha256(now.bytes) === e.sha256Before : true;
        if (!untouched) {
          outcomes.push({ path: e.path, outcome: "skipped", detail: "changed since godiag wrote it; not restored (the backup is in the journal)" });
          continue;
        }
        if (e.existed) {
          const backup = readCapped(`${last.dir}/${e.backup}`, MAX_EDIT_BYTES);
          if (!backup) throw new FileRefused(`the backup ${last.dir}/${e.backup} is missing or unreadable; not restored`);
          writeAtomic(e.target, backup, { mode: e.mode, uid: e.uid, gid: e.gid });
          outcomes.push({ path: e.path, outcome: "restored", detail: "" });
        } else {
          remove(e.target);
          for (const d of [...e.createdDirs].reverse()) {
            if (!removeEmptyDir(d)) break;
          }
          outcomes.push({ path: e.path, outcome: "removed", detail: "godiag had created it" });
        }
      } catch (err) {
        if (!(err instanceof FileRefused) && typeof err.code !== "string") throw err;
        outcomes.push({ path: e.path, outcome: "failed", detail: err.message });
      }
    }
    writeManifest(last.dir, { ...last.manifest, state: "undone" });
    return { journal: last.dir, outcomes };
  });
}
__name(undoLast, "undoLast");

// src/fix/diff.ts
function unifiedDiff(c) {
  const name = c.before.path;
  const via = c.before.target === name ? "" : ` (link to ${c.before.target})`;
  const patch = createTwoFilesPatch(c.before.existed ? name : "/dev/null", name, c.before.bytes?.toString("utf8") ?? "", c.after.toString("utf8"), void 0, void 0, { context: 3 });
  const body = patch.slice(patch.indexOf("--- "));
  return `${via ? `# ${name}${via}
` : ""}${body}`;
}
__name(unifiedDiff, "unifiedDiff");

// src/report/fix.ts
function planText(r) {
  const out = [];
  if (r.changes.length === 0) out.push("Nothing to change: godiag has no fix of its own to apply here.");
  else out.push(r.applying ? "Applying these changes:\n" : "Changes godiag would make (run again with --apply to make exactly these):\n");
  for (const c of r.changes) {
    for (const f of c.fixes) out.push(`${f.ruleId}: ${f.title}`);
    out.push(c.diff);
  }
  if (r.unchanged.length) out.push(["Already in place:", ...r.unchanged.map((u) => `  ${u.ruleId} ${u.title}: ${u.detail}`)].join("\n"));
  if (r.failed.length) out.push(["Cannot apply:", ...r.failed.map((u) => `  ${u.ruleId} ${u.title}: ${u.detail}`)].join("\n"));
  if (r.manual.length) out.push(["To fix by hand (godiag doctor shows how):", ...r.manual.map((m) => `  ${m}`)].join("\n"));
  return out;
}
__name(planText, "planText");
var outcomeLines = /* @__PURE__ */ __name((r) => (r.outcomes ?? []).map((o) => `${o.outcome.padEnd(9)} ${o.path}${o.detail ? `: ${o.detail}` : ""}`), "outcomeLines");
var FIX_REPORTERS = {
  text: /* @__PURE__ */ __name((r) => {
    if (r.undo) {
      const lines2 = r.journal ? [`Undoing ${r.journal}:`, ...outcomeLines(r)] : ["Nothing to undo: no godiag fix --apply on record."];
      return lines2.join("\n") + "\n";
    }
    const lines = planText(r);
    if (r.outcomes) lines.push(...outcomeLines(r), `
Backups and the record of this apply: ${r.journal}
Undo it with: godiag fix --undo`);
    return lines.join("\n") + "\n";
  }, "text"),
  json: /* @__PURE__ */ __name((r) => JSON.stringify({ schemaVersion: SCHEMA_VERSION, command: r.undo ? "fix --undo" : "fix", ...r }, null, 2) + "\n", "json")
};

// src/cli/commands/fix.ts
var HELP = `usage: godiag fix [--apply] [--rule ID ...] [--cwd DIR] [--format text|json]
       godiag fix --undo [--format text|json]

Show, as a unified diff, the changes godiag can make by itself for doctor's findings: marked
blocks in the startup file each shell reads, and go env -w/-u changes to the go env file.
Nothing changes without --apply, which writes exactly the diff shown: atomically, through
symbolic links to the file they name, keeping mode and owner, after a backup of every file.
Applying again changes nothing. --undo puts back every file of the last apply, byte for byte.
Backups: $XDG_STATE_HOME/godiag/fix (default ~/.local/state/godiag/fix).
`;
async function run(argv, io) {
  const { values } = parseFlags(argv, {
    help: COMMON_FLAGS.help,
    cwd: COMMON_FLAGS.cwd,
    config: COMMON_FLAGS.config,
    format: COMMON_FLAGS.format,
    apply: { type: "boolean", default: false },
    undo: { type: "boolean", default: false },
    rule: { type: "string", multiple: true },
    timeout: { type: "string" }
  }, false);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const rules = values.rule ?? [];
  for (const r of rules) if (!findRule(r)) throw new UsageError(`--rule ${JSON.stringify(r)}: no such rule (godiag rules lists them)`);
  if (values.undo && (values.apply || rules.length)) throw new UsageError("--undo takes no --apply or --rule: it restores the whole last apply");
  const format = checkFormat(values.format ?? "text", Object.keys(FIX_REPORTERS));
  const show = /* @__PURE__ */ __name((r) => io.stdout(redactString(FIX_REPORTERS[format](r))), "show");
  try {
    return values.undo ? undo(io, show) : await fix(io, show, { apply: values.apply, rules, cwd: values.cwd, config: values.config, timeout: values.timeout });
  } catch (e) {
    if (!(e instanceof FileRefused)) throw e;
    io.stderr(redactString(`godiag fix: ${e.message}`) + "\n");
    return 1;
  }
}
__name(run, "run");
async function fix(io, show, o) {
  const cwd = projectDir(io, o.cwd);
  const config = await loadUserConfig(o.config, cwd);
  const host = localHost(io.env);
  const timeoutMs = parseTimeout(o.timeout);
  const { facts } = await collectDoctorFacts({ cwd, privateHosts: config.privateHosts, ...timeoutMs ? { timeoutMs } : {} }, host);
  const model = doctorReport(facts, config, { command: "fix", format: "json", timings: {} });
  const { plan, manual } = planFixes(model.findings, o.rules);
  const goenv = facts.goenv?.ok ? facts.goenv.value : null;
  const set = await computeChanges(plan, {
    host,
    home: io.env.HOME,
    goEnvFile: goenv?.userFile.path ?? null,
    goBinary: facts.toolchains?.ok ? facts.toolchains.value.installs[0]?.path ?? null : null
  });
  const report = planReport(set, manual.map((f) => `${f.ruleId} ${f.fixes[0].title}`), o.apply);
  if (!o.apply || set.changes.length === 0) {
    show(report);
    return set.failed.length ? 1 : 0;
  }
  const { journal, outcomes } = applyChanges(set.changes, io.env);
  show({ ...report, outcomes, journal });
  return set.failed.length || outcomes.some((x) => x.outcome !== "written") ? 1 : 0;
}
__name(fix, "fix");
function planReport(set, manual, applying) {
  return {
    applying,
    changes: set.changes.map((c) => ({ path: c.before.path, fixes: c.fixes, diff: unifiedDiff(c) })),
    unchanged: set.unchanged,
    failed: set.failed,
    manual
  };
}
__name(planReport, "planReport");
function undo(io, show) {
  const { journal, outcomes } = undoLast(io.env);
  show({ applying: true, changes: [], unchanged: [], failed: [], manual: [], undo: true, journal, outcomes });
  if (!journal) return 0;
  return outcomes.every((o) => o.outcome === "restored" || o.outcome === "removed") ? 0 : 1;
}
__name(undo, "undo");
export {
  run
};
