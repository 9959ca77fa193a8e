import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  defineRule,
  fixTitle
} from "./chunk-NUDDGLDA.js";
import {
  holdsSecret
} from "./chunk-OQWCGIDS.js";
import {
  fishQuote,
  shQuote
} from "./chunk-ER3ZTGQR.js";
import {
  compareGoVersions
} from "./chunk-S74V6A24.js";
import {
  MODULE_ACCESS_VARS,
  REPORTED_GO_VARS,
  fixFileFor,
  isGoPathDir,
  isGoSetting,
  isGoVar
} from "./chunk-3CEM5G56.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/rules/shell/util.ts
var SHELL_SOURCES = {
  bash: "man:bash(1)",
  dash: "man:dash(1)",
  zsh: "man:zsh(1)",
  fish: "https://fishshell.com/docs/current/language.html#configuration-files",
  environmentD: "man:environment.d(5)",
  crontab: "man:crontab(5)",
  goEnv: "src/cmd/go/internal/cfg/cfg.go"
};
var MARKER = "godiag: Go environment";
function syntaxOf(file) {
  return file.endsWith(".fish") ? "fish" : file.includes("/environment.d/") ? "environment.d" : "sh";
}
__name(syntaxOf, "syntaxOf");
function setupBlock(file, settings, title, safety = "safe") {
  const kind = syntaxOf(file);
  if (settings.some((s) => holdsSecret("pathDir" in s ? s.pathDir : s.value))) return null;
  const lines = settings.map((s) => render(kind, s));
  if (lines.some((l) => l === null)) return null;
  const marker = `${MARKER}: ${settings.map((s) => "pathDir" in s ? `PATH ${JSON.stringify(s.pathDir)}${s.at === "last" ? " last" : ""}` : s.name).join(", ")}`;
  return {
    kind: "edit",
    title,
    file,
    replacement: [`# >>> ${marker} >>>`, ...lines, `# <<< ${marker} <<<`, ""].join("\n"),
    marker,
    safety
  };
}
__name(setupBlock, "setupBlock");
var ENV_D_PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;
function render(kind, s) {
  if ("pathDir" in s) {
    const last = s.at === "last";
    if (kind === "fish") return s.pathDir.includes("\n") ? null : `fish_add_path --path ${last ? "--append" : "--move"} ${fishQuote(s.pathDir)}`;
    if (kind === "environment.d") return ENV_D_PLAIN.test(s.pathDir) ? last ? `PATH=\${PATH}:${s.pathDir}` : `PATH=${s.pathDir}:\${PATH}` : null;
    const q = shQuote(s.pathDir);
    return last ? `case ":$PATH:" in *:${q}:*) ;; *) PATH=\${PATH:+$PATH:}${q} ;; esac; export PATH` : `case ":$PATH:" in :${q}:*) ;; *) PATH=${q}\${PATH:+:$PATH} ;; esac; export PATH`;
  }
  if (kind === "fish") return `set -gx ${s.name} ${fishQuote(s.value)}`;
  if (kind === "environment.d") return ENV_D_PLAIN.test(s.value) ? `${s.name}=${s.value}` : null;
  return `export ${s.name}=${shQuote(s.value)}`;
}
__name(render, "render");
function ctx(s, id) {
  return s.contexts.find((c) => c.id === id);
}
__name(ctx, "ctx");
function isUserFile(s, file) {
  return file.startsWith(s.home + "/");
}
__name(isUserFile, "isUserFile");
function environmentDFile(s) {
  return `${s.home}/.config/environment.d/50-go.conf`;
}
__name(environmentDFile, "environmentDFile");
function setupFileFor(s, shell) {
  const existing = /* @__PURE__ */ __name((p) => s.files.some((f) => f.path === p && f.exists), "existing");
  const known = ["bash", "sh", "zsh", "fish", "busybox"].find((x) => x === shell) ?? "sh";
  const zdotdir = s.contexts.find((c) => c.shell === "zsh")?.files.find((f) => f.path.endsWith("/.zshenv"))?.path.replace(/\/\.zshenv$/, "") ?? s.home;
  return fixFileFor(known, known === "zsh" ? "noninteractive" : "login", existing, s.home, zdotdir);
}
__name(setupFileFor, "setupFileFor");
function shellOfContext(id) {
  return id.split(":")[0];
}
__name(shellOfContext, "shellOfContext");
function loc(e) {
  return { file: e.file, line: e.line };
}
__name(loc, "loc");
function reexportsGoDefault(e) {
  return !!e.name && new RegExp(`[=\\s]"?\\$?\\(\\s*go\\s+env\\s+${e.name}\\s*(2>\\s*/dev/null\\s*)?\\)"?\\s*$`).test(e.text);
}
__name(reexportsGoDefault, "reexportsGoDefault");

// src/rules/shell/gd301-go-setup-interactive-only.ts
var NON_INTERACTIVE = /* @__PURE__ */ __name((id) => id.endsWith(":noninteractive") || id.endsWith(":login-noninteractive") || id === "cron" || id === "systemd-user" || id === "gui", "NON_INTERACTIVE");
function interactiveOnly(s, e) {
  if (!e.readBy.length || e.readBy.some(NON_INTERACTIVE)) return false;
  if (!s.contexts.some((c) => c.installed && e.readBy.includes(c.id))) return false;
  return true;
}
__name(interactiveOnly, "interactiveOnly");
function blocks(list) {
  return list.filter((f) => f !== null);
}
__name(blocks, "blocks");
function goroots(s) {
  const roots = new Set(s.goroots.filter((g) => g.exists).map((g) => g.path.replace(/\/+$/, "")));
  for (const c of s.contexts) for (const g of c.gos) if (g.realPath) roots.add(g.realPath.replace(/\/bin\/go$/, ""));
  return roots;
}
__name(goroots, "goroots");
function variableFixes(s, e, v, target, shell) {
  const where = `${e.file}:${e.line}`;
  if (v.name === "GOROOT") return [{ kind: "manual", title: fixTitle("deleteTheGorootLine"), steps: [`Delete ${where}: go finds its own installation from its executable (GD201); an exported GOROOT breaks the next Go upgrade (GD305)`] }];
  if (v.name === "GOPATH" && (goroots(s).has(v.value.replace(/\/+$/, "")) || v.value.split(":").some((p) => !p.startsWith("/")))) {
    return [{ kind: "manual", title: fixTitle("fixOrDeleteThe"), steps: [`${where} sets GOPATH=${v.value}, which GD306/GD204 report: delete it (the default is ~/go) or use an absolute directory of its own`] }];
  }
  const copy = { kind: "manual", title: fixTitle("copyTheLineTo", { target: target.replace(s.home, "~") }), steps: [`Repeat ${where} (${v.name}) in ${target}, which ${shell} reads`] };
  if (!e.known) return [copy];
  const fixes = blocks([
    setupBlock(target, [v], fixTitle("setItWhereEvery", { shell, target: target.replace(s.home, "~") })),
    setupBlock(environmentDFile(s), [v], fixTitle("setItForSystemd"))
  ]);
  return fixes.length ? fixes : [copy];
}
__name(variableFixes, "variableFixes");
var gd301 = defineRule({
  id: "GD301",
  name: "go-setup-interactive-only",
  category: "shell",
  severity: "warning",
  title: "Go variable or Go PATH entry set only for interactive shells",
  requires: ["shells"],
  messages: {
    variable: "{file}:{line} sets {name} only where interactive startup files are read ({contexts}); `bash -c`/`sh -c` scripts, CI steps, cron, systemd services and GUI-launched IDEs do not see it.",
    pathDir: "{file}:{line} adds {dir} to PATH only where interactive startup files are read ({contexts}); `bash -c`/`sh -c` scripts, CI steps, cron, systemd services and GUI-launched IDEs do not get it."
  },
  fixTitles: {
    deleteTheGorootLine: "Delete the GOROOT line instead of moving it",
    fixOrDeleteThe: "Fix or delete the GOPATH line instead of moving it",
    copyTheLineTo: "Copy the line to {target}",
    setItWhereEvery: "Set it where every {shell} reads it ({target})",
    setItForSystemd: "Set it for systemd user services and desktop apps",
    addItWhereEvery: "Add it where every {shell} reads it ({targetName})",
    addItForSystemd: "Add it for systemd user services and desktop apps",
    cronJobs: "Cron jobs"
  },
  sources: [SHELL_SOURCES.bash, SHELL_SOURCES.zsh, SHELL_SOURCES.environmentD, SHELL_SOURCES.crontab],
  fixable: true,
  docs: {
    what: "Reports a Go variable (GOROOT, GOPATH, GOPROXY, ...) or a Go PATH directory that only interactive shells end up with: it lives in ~/.bashrc, ~/.zshrc or a file they source, after a `return` guard for non-interactive shells, or under `status is-interactive`. A line that re-exports Go's own value (`export GOPATH=$(go env GOPATH)`) is not reported: every context gets that value anyway.",
    why: "bash reads ~/.bashrc only for interactive non-login shells; `bash -c`, cron jobs (/bin/sh with PATH=/usr/bin:/bin), systemd user services (environment.d) and apps started from the desktop read no interactive startup file, so the terminal works and everything else uses another go or none.",
    fix: "Put the setting where every context reads it: ~/.profile or ~/.zshenv for shells, ~/.config/environment.d/*.conf for systemd and desktop apps, and PATH= in the crontab. A GOROOT line, a GOPATH that is a Go installation or not absolute, and a value computed at start-up are not copied: delete or fix those lines (GD201, GD305, GD306, GD204)."
  },
  check({ shells }) {
    const reports = [];
    const nonInteractive = shells.contexts.filter((c) => NON_INTERACTIVE(c.id) && c.installed);
    for (const e of shells.events) {
      if (!interactiveOnly(shells, e)) continue;
      const contexts = e.readBy.join(", ");
      const readers = e.readBy.map(shellOfContext);
      const shell = readers.find((x) => x === shells.loginShell?.name) ?? readers[0];
      const target = setupFileFor(shells, shell);
      const targetName = target.replace(shells.home, "~");
      if (e.kind === "set" && e.name && isGoSetting(e.name) && e.exported && e.value !== void 0 && !reexportsGoDefault(e)) {
        if (nonInteractive.some((c) => c.vars[e.name]?.value === e.value)) continue;
        reports.push({
          messageId: "variable",
          data: { file: e.file, line: e.line, name: e.name, contexts },
          location: loc(e),
          evidence: { text: e.text, readBy: e.readBy, condition: e.condition ?? null },
          fixes: variableFixes(shells, e, { name: e.name, value: e.value }, target, shell)
        });
      }
      if (e.kind === "path") {
        for (const dir of e.dirs ?? []) {
          if (!isGoPathDir(dir, e.text) || nonInteractive.some((c) => c.path.some((p) => p.dir === dir))) continue;
          const setting = { pathDir: dir, at: e.op === "append" ? "last" : "first" };
          reports.push({
            messageId: "pathDir",
            data: { file: e.file, line: e.line, dir, contexts },
            location: loc(e),
            evidence: { text: e.text, readBy: e.readBy, condition: e.condition ?? null },
            fixes: [
              ...blocks([
                setupBlock(target, [setting], fixTitle("addItWhereEvery", { shell, targetName })),
                setupBlock(environmentDFile(shells), [setting], fixTitle("addItForSystemd"))
              ]),
              { kind: "manual", title: fixTitle("cronJobs"), steps: [`crontab -e, and add a first line: PATH=${dir}:/usr/bin:/bin`], url: "https://man7.org/linux/man-pages/man5/crontab.5.html" }
            ]
          });
        }
      }
    }
    return reports;
  }
});

// src/rules/shell/gd302-login-file-skips-go-setup.ts
var gd302 = defineRule({
  id: "GD302",
  name: "login-file-skips-go-setup",
  category: "shell",
  severity: "warning",
  title: "Login bash never reads the file that sets up Go",
  requires: ["shells"],
  messages: {
    skipsBashrc: "{winner} is what login bash reads, and it does not source {file}, where Go is set up (line {line}); ssh sessions, `bash -l` and macOS terminals miss it.",
    shadowsProfile: "{winner} exists, so login bash never reads {file}, where Go is set up (line {line})."
  },
  fixTitles: {
    sourceFrom: "Source {short} from {winner}"
  },
  sources: [`${SHELL_SOURCES.bash} INVOCATION`],
  fixable: true,
  docs: {
    what: "Reports Go set up in ~/.bashrc or ~/.profile when the login file bash actually reads (~/.bash_profile or ~/.bash_login) does not source that file.",
    why: "A login bash reads /etc/profile, then only the first of ~/.bash_profile, ~/.bash_login and ~/.profile that exists; it never reads ~/.bashrc by itself. An installer that creates ~/.bash_profile silently disables everything in ~/.profile.",
    fix: "Source the file from the login file bash reads (`[ -f ~/.bashrc ] && . ~/.bashrc`), or move the Go lines there."
  },
  check({ shells }) {
    const login = ctx(shells, "bash:login");
    if (!login) return [];
    const home = shells.home;
    const winner = login.files.find((f) => [`${home}/.bash_profile`, `${home}/.bash_login`].includes(f.path))?.path;
    if (!winner) return [];
    const reports = [];
    for (const [file, messageId] of [[`${home}/.bashrc`, "skipsBashrc"], [`${home}/.profile`, "shadowsProfile"]]) {
      if (login.files.some((f) => f.path === file)) continue;
      const goLine = shells.events.find((e) => e.file === file && (e.kind === "set" && e.name && isGoVar(e.name) || e.kind === "path" && (e.dirs ?? []).some((d) => isGoPathDir(d, e.text))));
      if (!goLine) continue;
      const short = file.replace(home, "~");
      reports.push({
        messageId,
        data: { winner: winner.replace(home, "~"), file: short, line: goLine.line },
        location: { file: winner },
        evidence: { loginFilesRead: login.files.map((f) => f.path), goLine: goLine.text },
        fixes: [{
          kind: "edit",
          title: fixTitle("sourceFrom", { short, winner: winner.replace(home, "~") }),
          file: winner,
          safety: "review",
          marker: `${MARKER}: source ${short}`,
          replacement: `# >>> ${MARKER}: source ${short} >>>
[ -f ${short} ] && . ${short}
# <<< ${MARKER}: source ${short} <<<
`
        }]
      });
    }
    return reports;
  }
});

// src/rules/shell/gd303-duplicate-go-setup.ts
var gd303 = defineRule({
  id: "GD303",
  name: "duplicate-go-setup",
  category: "shell",
  severity: "info",
  title: "The same Go setup line is repeated, or a PATH entry appears twice",
  requires: ["shells"],
  messages: {
    repeatedLine: "{file} repeats `{text}` on lines {lines}.",
    duplicatePath: "{dir} is on PATH {count} times in {context} (added at {origins})."
  },
  fixTitles: {
    removeTheRepeatedLine: "Remove the repeated line {lines}"
  },
  sources: [`${SHELL_SOURCES.bash} (PATH search)`],
  fixable: true,
  docs: {
    what: "Reports an export or PATH line that appears more than once in a startup file (an install snippet appended twice), and directories that end up on PATH more than once.",
    why: "Duplicates are harmless only while they agree: the first PATH match wins, so editing one copy of a repeated line (say, to switch Go versions) silently does nothing. They also make PATH grow each time a file is re-sourced.",
    fix: 'Keep one copy of the line. For PATH, guard the prepend (case ":$PATH:" in *":dir:"*) or use `typeset -U path` (zsh) or fish_add_path, which skip present entries.'
  },
  check({ shells }) {
    const reports = [];
    const byText = /* @__PURE__ */ new Map();
    for (const e of shells.events) {
      if (e.kind !== "set" && e.kind !== "path" || e.conditional || !isUserFile(shells, e.file)) continue;
      const key = `${e.file}\0${e.text.trim()}`;
      const g = byText.get(key) ?? { file: e.file, text: e.text.trim(), lines: [] };
      if (!g.lines.includes(e.line)) g.lines.push(e.line);
      byText.set(key, g);
    }
    for (const g of byText.values()) {
      if (g.lines.length < 2) continue;
      const lines = g.lines.sort((a, b) => a - b);
      reports.push({
        messageId: "repeatedLine",
        data: { file: g.file, text: g.text, lines: lines.join(", ") },
        location: { file: g.file, line: lines[1] },
        fixes: [{ kind: "edit", title: fixTitle("removeTheRepeatedLine", { lines: lines[1] }), file: g.file, range: { startLine: lines[1], endLine: lines[1] }, replacement: "", safety: "review" }]
      });
    }
    const seen = /* @__PURE__ */ new Set();
    for (const c of shells.contexts) {
      const count = /* @__PURE__ */ new Map();
      for (const p of c.path) if (!p.origin?.condition) count.set(p.dir, (count.get(p.dir) ?? 0) + 1);
      for (const [dir, n] of count) {
        if (n < 2 || seen.has(dir)) continue;
        const origins = c.path.filter((p) => p.dir === dir && p.origin && isUserFile(shells, p.origin.file)).map((p) => `${p.origin.file}:${p.origin.line}`);
        if (!origins.length) continue;
        seen.add(dir);
        reports.push({ messageId: "duplicatePath", data: { dir, count: n, context: c.id, origins: [...new Set(origins)].join(", ") }, evidence: { path: c.path.map((p) => p.dir) } });
      }
    }
    return reports;
  }
});

// src/rules/shell/gd304-older-go-first-in-context.ts
var SHELLS = ["bash", "sh", "zsh", "fish", "busybox"];
var gd304 = defineRule({
  id: "GD304",
  name: "older-go-first-in-context",
  category: "shell",
  severity: "warning",
  title: "A shell context runs an older go while a newer one is later on its PATH",
  requires: ["shells"],
  messages: {
    older: "In {contexts}, PATH finds {first} ({firstVersion}, entry from {firstOrigin}) before {newer} ({newerVersion}, entry from {newerOrigin})."
  },
  fixTitles: {
    putFirstOnPath: "Put {dir} first on PATH ({file})"
  },
  sources: [`${SHELL_SOURCES.bash} (COMMAND EXECUTION: PATH search)`, "https://go.dev/doc/manage-install"],
  fixable: true,
  docs: {
    what: "Reports, per shell context, a go binary that wins the PATH search although a newer Go sits in a later PATH directory (versions read from each GOROOT/VERSION file; nothing is run).",
    why: 'The first match on PATH runs. Appending a new Go (PATH="$PATH:/usr/local/go/bin") after a distribution package keeps the old one in charge, and which one wins can differ between login, interactive and non-interactive shells.',
    fix: 'Put the newer Go bin directory first on PATH, even when it is already on PATH further back (a guard that skips "already on PATH" leaves the older go first), at the end of the file that context reads; or remove the older install.'
  },
  check({ shells }) {
    const groups = /* @__PURE__ */ new Map();
    for (const c of shells.contexts) {
      const first = c.gos[0];
      if (!first?.version) continue;
      const newer = c.gos.slice(1).filter((g2) => g2.version && compareGoVersions(g2.version, first.version) > 0).sort((a, b) => compareGoVersions(b.version, a.version))[0];
      if (!newer) continue;
      const key = `${first.path}\0${newer.path}`;
      const where = /* @__PURE__ */ __name((o) => o ? `${o.file}:${o.line}` : "the inherited PATH", "where");
      const g = groups.get(key) ?? { contexts: [], targets: /* @__PURE__ */ new Set(), dir: newer.dir, file: newer.origin && isUserFile(shells, newer.origin.file) ? newer.origin.file : null, data: { first: first.path, firstVersion: first.version, firstOrigin: where(first.origin), newer: newer.path, newerVersion: newer.version, newerOrigin: where(newer.origin) } };
      g.contexts.push(c.id);
      if (newer.origin && isUserFile(shells, newer.origin.file)) g.targets.add(newer.origin.file);
      else if (SHELLS.includes(shellOfContext(c.id))) g.targets.add(setupFileFor(shells, shellOfContext(c.id)));
      groups.set(key, g);
    }
    const reports = [];
    for (const g of groups.values()) {
      reports.push({
        messageId: "older",
        data: { ...g.data, contexts: g.contexts.join(", ") },
        evidence: { contexts: g.contexts },
        ...g.file ? { location: { file: g.file } } : {},
        fixes: [...g.targets].map((file) => setupBlock(file, [{ pathDir: g.dir }], fixTitle("putFirstOnPath", { dir: g.dir, file: file.replace(shells.home, "~") }))).filter((f) => f !== null)
      });
    }
    return reports;
  }
});

// src/rules/shell/gd305-goroot-export-invalid.ts
var gd305 = defineRule({
  id: "GD305",
  name: "goroot-export-invalid",
  category: "shell",
  severity: "error",
  title: "A startup file exports a GOROOT that is missing or belongs to another Go",
  requires: ["shells"],
  messages: {
    missing: '{file}:{line} exports GOROOT={goroot}, which does not exist: go fails with "cannot find GOROOT directory" in {contexts}.',
    otherVersion: '{file}:{line} exports GOROOT={goroot} ({gorootVersion}) but {contexts} run {go} ({goVersion}); builds fail with "compile: version \u2026 does not match go tool version".'
  },
  fixTitles: {
    deleteTheGorootExport: "Delete the GOROOT export"
  },
  sources: [SHELL_SOURCES.goEnv, "src/cmd/go/internal/cfg/cfg.go findGOROOT", "https://go.dev/doc/install/source#environment"],
  fixable: true,
  docs: {
    what: "Reports GOROOT exported by a startup file when that directory does not exist, or contains a different Go version than the go binary that context runs.",
    why: "Without GOROOT, go finds its own tree from its executable (cfg.go findGOROOT). An exported GOROOT overrides that and is not checked against the running go: a missing directory stops every command, another version fails at compile time.",
    fix: "Delete the GOROOT export; go locates its own installation."
  },
  check({ shells }) {
    const reports = [];
    const seen = /* @__PURE__ */ new Set();
    for (const c of shells.contexts) {
      const v = c.vars.GOROOT;
      if (!v?.exported || !v.known || !v.origin) continue;
      const info = shells.goroots.find((g) => g.path === v.value);
      if (!info) continue;
      const go = c.gos[0];
      const sameContexts = /* @__PURE__ */ __name((pred) => shells.contexts.filter((x) => x.vars.GOROOT?.value === v.value && x.vars.GOROOT.origin?.file === v.origin.file && pred(x)).map((x) => x.id).join(", "), "sameContexts");
      const key = `${v.origin.file}:${v.origin.line}`;
      if (seen.has(key)) continue;
      const fix = { kind: "edit", title: fixTitle("deleteTheGorootExport"), file: v.origin.file, range: { startLine: v.origin.line, endLine: v.origin.line }, replacement: "", safety: "review" };
      if (!info.exists) {
        seen.add(key);
        reports.push({ messageId: "missing", data: { file: v.origin.file, line: v.origin.line, goroot: v.value, contexts: sameContexts(() => true) }, location: loc(v.origin), fixes: [fix] });
      } else if (go?.version && info.version && go.version !== info.version) {
        seen.add(key);
        reports.push({
          messageId: "otherVersion",
          location: loc(v.origin),
          fixes: [fix],
          data: { file: v.origin.file, line: v.origin.line, goroot: v.value, gorootVersion: info.version, go: go.path, goVersion: go.version, contexts: sameContexts((x) => x.gos[0]?.version === go.version) }
        });
      }
    }
    return reports;
  }
});

// src/rules/shell/gd306-gopath-set-to-goroot.ts
var gd306 = defineRule({
  id: "GD306",
  name: "gopath-set-to-goroot",
  category: "shell",
  severity: "warning",
  title: "A startup file sets GOPATH to the Go installation (GOROOT)",
  requires: ["shells"],
  messages: {
    same: '{file}:{line} sets GOPATH={gopath}, the Go installation itself (GOROOT of {context}): every go command warns (go1.26.8: "both GOPATH and GOROOT are the same directory"; go1.19.8: "GOPATH set to GOROOT ... has no effect") and the module cache and go install write into the toolchain tree.'
  },
  fixTitles: {
    deleteTheGopathLine: "Delete the GOPATH line (default ~/go)"
  },
  sources: ["src/cmd/go/main.go (main: the GOPATH = GOROOT warning)", "https://go.dev/wiki/GOPATH"],
  fixable: true,
  docs: {
    what: "Reports a GOPATH exported by a startup file that equals the GOROOT of the go that context runs (or its exported GOROOT).",
    why: 'GOPATH holds downloaded modules and installed tools; GOROOT is the toolchain. cmd/go/main.go warns on every command, with "warning: both GOPATH and GOROOT are the same directory (%s)" in go1.26.8 and "warning: GOPATH set to GOROOT (%s) has no effect" in go1.19.8, yet the setting is used: GOMODCACHE becomes GOROOT/pkg/mod and go install writes GOROOT/bin, inside the toolchain that an upgrade deletes.',
    fix: "Remove the GOPATH line (the default is ~/go) or point it at a directory of its own."
  },
  check({ shells }) {
    const reports = [];
    const seen = /* @__PURE__ */ new Set();
    for (const c of shells.contexts) {
      const gp = c.vars.GOPATH;
      if (!gp?.known || !gp.origin) continue;
      const goroot = c.vars.GOROOT?.value ?? (c.gos[0]?.realPath ? c.gos[0].realPath.replace(/\/bin\/go$/, "") : null);
      const norm = /* @__PURE__ */ __name((p) => p.replace(/\/+$/, ""), "norm");
      if (!goroot || norm(gp.value) !== norm(goroot)) continue;
      const key = `${gp.origin.file}:${gp.origin.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      reports.push({
        messageId: "same",
        data: { file: gp.origin.file, line: gp.origin.line, gopath: gp.value, context: c.id },
        location: loc(gp.origin),
        fixes: [{ kind: "edit", title: fixTitle("deleteTheGopathLine"), file: gp.origin.file, range: { startLine: gp.origin.line, endLine: gp.origin.line }, replacement: "", safety: "review" }]
      });
    }
    return reports;
  }
});

// src/rules/shell/gd307-export-overrides-go-env-w.ts
var gd307 = defineRule({
  id: "GD307",
  name: "export-overrides-go-env-w",
  category: "shell",
  severity: "warning",
  title: "A startup file export silently overrides a go env -w setting",
  requires: ["shells", "goenv"],
  messages: {
    overrides: "{file}:{line} exports {name}={value}, which overrides `go env -w {name}={written}` ({userFile}) in {contexts}: the environment always wins.",
    writeIgnored: "{file}:{line} runs `go env -w {name}=\u2026` but {exportFile}:{exportLine} exports {name}, so the written value never applies in {contexts}."
  },
  fixTitles: {
    deleteTheExportKeep: "Delete the export (keep go env -w)",
    orDropTheGo: "Or drop the go env -w value (keep the export)"
  },
  sources: [SHELL_SOURCES.goEnv, "src/cmd/go/internal/envcmd/env.go", "https://go.dev/doc/go1.13#go-env-w"],
  fixable: true,
  docs: {
    what: "Reports a Go variable exported by a startup file that is also written to the go env file (`go env -w`) with another value, and `go env -w` calls whose variable a startup file also exports.",
    why: 'cmd/go reads a setting from the process environment first, then the user config file written by `go env -w`, then $GOROOT/go.env (cfg.go). An export therefore hides the `go env -w` value, and `go env -w` only warns "does not override conflicting OS environment variable" when run from that shell.',
    fix: "Keep one source: delete the export, or `go env -u NAME` and keep the export."
  },
  check({ shells, goenv }) {
    const reports = [];
    const seen = /* @__PURE__ */ new Set();
    for (const entry of goenv.userFile.entries) {
      const hits = shells.contexts.filter((c) => {
        const v = c.vars[entry.key];
        return v?.exported && v.origin && v.value !== entry.value;
      });
      const byOrigin = /* @__PURE__ */ new Map();
      for (const c of hits) {
        const o = c.vars[entry.key].origin;
        const k = `${o.file}:${o.line}`;
        byOrigin.set(k, [...byOrigin.get(k) ?? [], c]);
      }
      for (const group of byOrigin.values()) {
        const v = group[0].vars[entry.key];
        const contexts = group;
        reports.push({
          messageId: "overrides",
          location: loc(v.origin),
          data: { file: v.origin.file, line: v.origin.line, name: entry.key, value: v.value, written: entry.value, userFile: goenv.userFile.path, contexts: contexts.map((c) => c.id).join(", ") },
          fixes: [
            { kind: "edit", title: fixTitle("deleteTheExportKeep"), file: v.origin.file, range: { startLine: v.origin.line, endLine: v.origin.line }, replacement: "", safety: "review" },
            { kind: "command", title: fixTitle("orDropTheGo"), command: `go env -u ${entry.key}`, safety: "review" }
          ]
        });
      }
    }
    for (const e of shells.events.filter((x) => x.kind === "go-env-w" && x.name)) {
      const hits = shells.contexts.filter((c) => c.vars[e.name]?.exported && c.vars[e.name].origin && e.readBy.includes(c.id));
      const first = hits[0];
      if (!first || seen.has(`${e.file}:${e.line}:${e.name}`)) continue;
      seen.add(`${e.file}:${e.line}:${e.name}`);
      const o = first.vars[e.name].origin;
      reports.push({ messageId: "writeIgnored", location: loc(e), data: { file: e.file, line: e.line, name: e.name, exportFile: o.file, exportLine: o.line, contexts: hits.map((c) => c.id).join(", ") } });
    }
    return reports;
  }
});

// src/rules/shell/gd308-go-env-w-in-startup-file.ts
var gd308 = defineRule({
  id: "GD308",
  name: "go-env-w-in-startup-file",
  category: "shell",
  severity: "warning",
  title: "A startup file runs go env -w on every shell start",
  requires: ["shells"],
  messages: {
    everyStart: "{file}:{line} runs `go env -w {name}={value}` each time {contexts} start{s}: it starts go (and may select or download a toolchain) before the prompt, and rewrites the go env file."
  },
  fixTitles: {
    runItOnce: "Run it once",
    deleteTheLine: "Delete the line"
  },
  sources: ["src/cmd/go/internal/envcmd/env.go", "https://go.dev/ref/mod#go-env-w", "https://go.dev/doc/toolchain"],
  fixable: true,
  docs: {
    what: "Reports `go env -w` commands inside shell startup files.",
    why: "`go env -w` persists a setting in the go env file; running it from a startup file repeats that write on every shell, runs the go command (including toolchain selection under GOTOOLCHAIN=auto) before each prompt, and fails noisily when go is missing or the value is rejected.",
    fix: "Run `go env -w NAME=VALUE` once by hand and delete the line from the startup file."
  },
  check({ shells }) {
    return shells.events.filter((e) => e.kind === "go-env-w").map((e) => ({
      messageId: "everyStart",
      location: loc(e),
      data: { file: e.file, line: e.line, name: e.name ?? "?", value: e.value ?? "", contexts: e.readBy.length ? e.readBy.join(", ") : "no shell context (file not read)", s: e.readBy.length === 1 ? "s" : "" },
      fixes: [
        { kind: "command", title: fixTitle("runItOnce"), command: `go env -w ${e.name}=${e.value ?? ""}`, safety: "review" },
        { kind: "edit", title: fixTitle("deleteTheLine"), file: e.file, range: { startLine: e.line, endLine: e.line }, replacement: "", safety: "review" }
      ]
    }));
  }
});

// src/rules/shell/gd309-fish-universal-go-variable-conflict.ts
var gd309 = defineRule({
  id: "GD309",
  name: "fish-universal-go-variable-conflict",
  category: "shell",
  severity: "warning",
  title: "A fish universal Go variable conflicts with a config.fish setting",
  requires: ["shells"],
  messages: {
    shadowed: "{file}:{line} sets {name} globally ({value}), hiding the universal {name}={universal} from {varsFile}:{varsLine}; `set -U {name} \u2026` will appear to do nothing.",
    rewritten: "{file}:{line} runs `set` on {name} without a scope while a universal {name} exists ({varsFile}:{varsLine}): fish updates the universal variable on every start."
  },
  fixTitles: {
    eraseTheUniversalVariable: "Erase the universal variable"
  },
  sources: [SHELL_SOURCES.fish, "https://fishshell.com/docs/current/cmds/set.html", "https://fishshell.com/docs/current/language.html#variable-scope"],
  fixable: true,
  docs: {
    what: "Reports Go variables that exist as fish universal variables (fish_variables) and are also set in config.fish or conf.d.",
    why: "A global (`set -g`/`-gx`) shadows the universal variable of the same name, so `set -U` changes made later appear to do nothing; `set` without a scope modifies the existing universal variable, rewriting it for every fish session on each start.",
    fix: "Keep one: erase the universal variable (`set -eU NAME`) and keep `set -gx` in the config, or delete the config line and keep the universal one."
  },
  check({ shells }) {
    const reports = [];
    for (const u of shells.fishUniversal) {
      if (!isGoVar(u.name)) continue;
      for (const e of shells.events) {
        if (e.kind !== "set" || e.name !== u.name || !e.file.endsWith(".fish")) continue;
        const data = { file: e.file, line: e.line, name: u.name, value: e.value ?? "", universal: u.value, varsFile: u.file, varsLine: u.line };
        const fixes = [{ kind: "command", title: fixTitle("eraseTheUniversalVariable"), command: `set -eU ${u.name}`, shell: "fish", safety: "review" }];
        if (e.scope === "global") reports.push({ messageId: "shadowed", data, location: loc(e), fixes });
        else if (e.scope === "default") reports.push({ messageId: "rewritten", data, location: loc(e), fixes });
      }
    }
    return reports;
  }
});

// src/rules/shell/gd310-module-settings-other-shell.ts
var gd310 = defineRule({
  id: "GD310",
  name: "module-settings-other-shell",
  category: "shell",
  severity: "warning",
  title: "GOPROXY/GOPRIVATE are set only in the files of a shell that is not the login shell",
  requires: ["shells"],
  messages: {
    otherShell: "{name}={value} is set only for {shells} ({file}:{line}), but the login shell is {loginShell}: its sessions, and tools started from them, fetch modules without it."
  },
  fixTitles: {
    setItInToo: "Set it in {target} too, which {login} reads",
    orSetItFor: "Or set it for every shell and tool (the exports still win where they run)",
    copyTheLineTo: "Copy the line to {target}, which {login} reads"
  },
  sources: [SHELL_SOURCES.bash, SHELL_SOURCES.zsh, SHELL_SOURCES.fish, "https://go.dev/ref/mod#private-modules"],
  fixable: true,
  docs: {
    what: "Reports module-access settings (GOPROXY, GOPRIVATE, GONOPROXY, GONOSUMDB, GOSUMDB, GOINSECURE, GOFLAGS) exported only by startup files of a shell other than the user's login shell.",
    why: "Each shell reads its own files: a GOPRIVATE in ~/.zshrc does nothing in bash or fish sessions. Private modules then go to the public proxy and checksum database (failing with 404/410 or leaking module paths) only in some terminals.",
    fix: "Set the value once for every program: `go env -w NAME=VALUE` (the go env file is read by every go, whatever the shell), or in the login shell's startup file too."
  },
  check({ shells }) {
    const login = shells.loginShell?.name;
    if (!login || !["bash", "sh", "zsh", "fish"].includes(login)) return [];
    const reports = [];
    for (const name of MODULE_ACCESS_VARS) {
      const setIn = shells.contexts.filter((c) => c.installed && c.vars[name]?.exported && c.vars[name].origin && isUserFile(shells, c.vars[name].origin.file));
      if (!setIn.length || setIn.some((c) => shellOfContext(c.id) === login)) continue;
      const v = setIn[0].vars[name];
      const target = setupFileFor(shells, login);
      reports.push({
        messageId: "otherShell",
        location: { file: v.origin.file, line: v.origin.line },
        data: { name, value: v.value, shells: [...new Set(setIn.map((c) => shellOfContext(c.id)))].join(", "), file: v.origin.file, line: v.origin.line, loginShell: login },
        // A value computed at start-up (known false) cannot be copied as a value, nor a credential.
        fixes: v.known && !holdsSecret(v.value) ? [
          ...[setupBlock(target, [{ name, value: v.value }], fixTitle("setItInToo", { target: target.replace(shells.home, "~"), login }))].filter((f) => f !== null),
          { kind: "command", title: fixTitle("orSetItFor"), command: `go env -w ${shQuote(`${name}=${v.value}`)}`, safety: "review" }
        ] : [{ kind: "manual", title: fixTitle("copyTheLineTo", { target: target.replace(shells.home, "~"), login }), steps: [`${v.origin.file}:${v.origin.line} computes ${name} when the shell starts; repeat that line in ${target}`] }]
      });
    }
    return reports;
  }
});

// src/rules/shell/gd311-shell-startup-differs-from-files.ts
var gd311 = defineRule({
  id: "GD311",
  name: "shell-startup-differs-from-files",
  category: "shell",
  severity: "info",
  title: "A real shell ends up with another go or Go setting than its startup files say",
  requires: ["shells"],
  messages: {
    differs: "{context} really runs with {differences}, where its startup files give {expected}."
  },
  sources: [SHELL_SOURCES.bash, SHELL_SOURCES.zsh, SHELL_SOURCES.fish],
  fixable: false,
  docs: {
    what: "With --run-shells, compares what each shell really ended up with (`command -v go`, Go variables) to the static reading of its startup files.",
    why: `A difference means something the files do not show decides the outcome: a command's output (eval "$(\u2026)"), a version manager hook, a file outside the model, or a condition the analysis could not decide. Knowing which context differs tells where to look.`,
    fix: "Look at the context's command (shown in the report) and the lines the static analysis marked conditional or computed at startup."
  },
  check({ shells }) {
    if (!shells.dynamic) return [];
    const reports = [];
    for (const run of shells.dynamic) {
      if (!run.ok || !run.env) continue;
      const c = shells.contexts.find((x) => x.id === run.id);
      if (!c) continue;
      const got = [];
      const want = [];
      const staticGo = c.gos[0]?.path ?? null;
      if ((run.goPath ?? null) !== staticGo) {
        got.push(`go=${run.goPath ?? "none"}`);
        want.push(`go=${staticGo ?? "none"}`);
      }
      for (const k of REPORTED_GO_VARS) {
        const s = c.vars[k];
        if (s && !s.known) continue;
        const expected = s?.exported ? s.value : void 0;
        if (run.env[k] !== expected) {
          got.push(`${k}=${run.env[k] ?? "(unset)"}`);
          want.push(`${k}=${expected ?? "(unset)"}`);
        }
      }
      if (got.length) reports.push({ messageId: "differs", data: { context: run.id, differences: got.join(", "), expected: want.join(", ") }, evidence: { argv: run.argv, dynamic: run.env, staticFiles: c.files.map((f) => f.path) } });
    }
    return reports;
  }
});

// src/rules/shell/gd312-startup-file-problem.ts
var gd312 = defineRule({
  id: "GD312",
  name: "startup-file-problem",
  category: "shell",
  severity: "warning",
  title: "A startup file has a syntax error, a source loop, binary content, or hangs the shell",
  requires: ["shells"],
  messages: {
    syntaxError: "{file}:{line}:{column}: {message} \u2014 {shell} stops reading the file there, so the lines after it never run ({contexts}).",
    binary: "{file} is not a text file ({size} bytes with NUL bytes); {contexts} read it as a startup file.",
    truncated: "{file} is {size} bytes; only the first part was analysed.",
    sourceLoop: "{file}:{line} sources {target}, which is already being read: a loop the shell follows until it fails.",
    runFailed: "`{command}` did not finish: {error}.",
    notChecked: "{files} startup file(s) were not syntax-checked, so a file that stops early would go unreported: {error}. Reinstall godiag (its sh-syntax dependency ships main.wasm)."
  },
  sources: [SHELL_SOURCES.bash, SHELL_SOURCES.dash, "https://github.com/mvdan/sh"],
  fixable: false,
  docs: {
    what: "Reports startup files that a shell cannot fully read: syntax errors (checked with mvdan/sh; zsh results are advisory and not reported), binary content, size beyond what is analysed, `source` loops, and \u2014 with --run-shells \u2014 shells that time out, wait for input or fail before their startup finishes. When the syntax checker itself does not load (a broken install without its WASM), that is an error finding rather than a silent pass.",
    why: "A shell stops reading a sourced file at a syntax error, so exports after it silently never happen; a loop or a command waiting for input blocks every new shell, script and IDE that starts one.",
    fix: "Fix the reported line (`bash -n FILE` checks syntax); remove the loop; move interactive commands behind an interactive check."
  },
  check({ shells }) {
    const reports = [];
    if (shells.syntaxCheckError) {
      const checked = shells.files.filter((f) => f.dialect === "sh" || f.dialect === "bash" || f.dialect === "zsh");
      const first = checked.find((f) => f.readBy.length && isUserFile(shells, f.path)) ?? checked.find((f) => f.readBy.length) ?? checked[0];
      reports.push({ messageId: "notChecked", severity: "error", data: { files: checked.length, error: shells.syntaxCheckError }, ...first ? { location: { file: first.path } } : {} });
    }
    for (const f of shells.files) {
      const contexts = f.readBy.join(", ") || "no context";
      if (f.binary) reports.push({ messageId: "binary", data: { file: f.path, size: f.size, contexts }, location: { file: f.path } });
      else if (f.syntaxError && !f.syntaxError.advisory && f.readBy.length) {
        reports.push({ messageId: "syntaxError", data: { file: f.path, line: f.syntaxError.line, column: f.syntaxError.column, message: f.syntaxError.message, shell: f.dialect, contexts }, location: { file: f.path, line: f.syntaxError.line, column: f.syntaxError.column } });
      }
      if (f.truncated) reports.push({ messageId: "truncated", severity: "info", data: { file: f.path, size: f.size }, location: { file: f.path } });
    }
    for (const e of shells.events) {
      if (e.kind === "source" && e.problem?.startsWith("source loop")) reports.push({ messageId: "sourceLoop", data: { file: e.file, line: e.line, target: e.target ?? "" }, location: { file: e.file, line: e.line } });
    }
    for (const r of shells.dynamic ?? []) {
      if (!r.ok) reports.push({ messageId: "runFailed", data: { command: r.argv.map((a) => /\s/.test(a) ? `'${a}'` : a).join(" ").slice(0, 160), error: r.error ?? "unknown error" }, evidence: { stderrTail: r.stderrTail, timedOut: r.timedOut, truncated: r.truncated } });
    }
    return reports;
  }
});

// src/rules/shell/gd313-startup-file-unreadable.ts
var gd313 = defineRule({
  id: "GD313",
  name: "startup-file-unreadable",
  category: "shell",
  severity: "error",
  title: "A startup file is a FIFO, a device, or unreadable",
  requires: ["shells"],
  messages: {
    blocks: "{file} is {problem}; {contexts} read it at start-up, so every such shell can hang there.",
    unreadable: '{file} exists but is {problem}; {contexts} skip it ("Permission denied"), so the Go setup in it never runs, and godiag could not analyse it.'
  },
  sources: [SHELL_SOURCES.bash, SHELL_SOURCES.dash, "man:fifo(7)", "man:open(2)"],
  fixable: false,
  docs: {
    what: "Reports startup files (and files they source) that exist but are not readable regular files: a FIFO, a character or block device (`. /dev/zero`), a socket or directory, or a file the user has no permission to read.",
    why: 'Opening a FIFO blocks until another process opens it for writing, and reading a device such as /dev/zero never reaches an end: a shell that reads such a file at start-up hangs, and with it every terminal, script and IDE that starts one. A file without read permission is skipped by the shell with a "Permission denied" message, so what it sets up silently never happens. godiag never opens such files; it reports them instead of treating them as absent.',
    fix: "Replace the file with a regular file (`ls -l FILE` shows a leading p for a FIFO, c or b for a device), remove the line that sources a device, or give the owner read permission (`chmod u+r FILE`)."
  },
  check({ shells }) {
    const reports = [];
    for (const f of shells.files) {
      if (!f.problem) continue;
      const contexts = f.readBy.join(", ") || "no shell context";
      if (f.problem.startsWith("unreadable")) reports.push({ messageId: "unreadable", severity: "warning", data: { file: f.path, problem: f.problem, contexts }, location: { file: f.path } });
      else reports.push({ messageId: "blocks", severity: f.readBy.length ? "error" : "warning", data: { file: f.path, problem: f.problem, contexts }, location: { file: f.path } });
    }
    return reports;
  }
});

// src/knowledge/shell-plugin-managers.ts
var MANAGER_SOURCES = {
  ohMyZsh: "https://github.com/ohmyzsh/ohmyzsh/blob/master/oh-my-zsh.sh",
  antidote: "https://antidote.sh/usage",
  zinit: "https://github.com/zdharma-continuum/zinit#ice-modifiers"
};

// src/rules/shell/gd316-loader-not-followed.ts
var gd316 = defineRule({
  id: "GD316",
  name: "loader-not-followed",
  category: "shell",
  severity: "info",
  title: "A startup file loads files the analysis could not follow",
  requires: ["shells"],
  messages: {
    mayLoad: "{file}:{line} `{text}` loads files godiag could not determine ({why}); it may source {candidates}. Go settings in them are not part of this report.",
    unknown: "{file}:{line} `{text}` loads files godiag could not determine ({why}); which files depends on what runs at startup, so Go settings they make are not part of this report.",
    deferred: "{file}:{line} `{text}`: {why}; it loads {candidates} only in terminals, after the prompt appears."
  },
  sources: [SHELL_SOURCES.bash, SHELL_SOURCES.zsh, MANAGER_SOURCES.zinit, MANAGER_SOURCES.antidote, MANAGER_SOURCES.ohMyZsh],
  fixable: false,
  docs: {
    what: "Reports each line of a startup file that sources files godiag cannot determine from the files alone: a loop over command output it does not model, a file name computed by a command, a plugin a manager downloads on first start, a load the manager defers until after the first prompt (zinit `wait`). The finding lists the files that may be sourced.",
    why: "godiag follows globs, `$(ls DIR)`, arrays filtered with zsh parameter flags, oh-my-zsh, antidote and zinit; anything else it cannot see would otherwise make its per-context answer silently incomplete. Deferred loads are a real difference too: `zsh -ic CMD`, IDE launchers and scripts never reach the prompt, so they never get what those files set.",
    fix: "Nothing to fix when the loaded files set nothing Go needs. Otherwise set Go variables and PATH in a file every context reads directly (~/.profile, ~/.zshenv, ~/.config/fish/conf.d/go.fish), not through a deferred or computed loader."
  },
  check({ shells }) {
    const reports = [];
    const seen = /* @__PURE__ */ new Set();
    for (const e of shells.events) {
      if (e.kind !== "source" || e.followed || !e.candidates) continue;
      if (e.readBy.length && !shells.contexts.some((c) => c.installed && e.readBy.includes(c.id))) continue;
      const key = `${e.file}:${e.line}:${e.target ?? ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const why = e.problem ?? "not modelled";
      const candidates = e.candidates.length > 8 ? `${e.candidates.slice(0, 8).join(", ")} and ${e.candidates.length - 8} more` : e.candidates.join(", ");
      const messageId = /after the first prompt|deferred/.test(why) ? "deferred" : e.candidates.length ? "mayLoad" : "unknown";
      reports.push({
        messageId,
        location: loc(e),
        data: { file: e.file, line: e.line, text: e.text.slice(0, 120), why, candidates },
        evidence: { loader: e.loader ?? null, candidates: e.candidates, readBy: e.readBy, condition: e.condition ?? null }
      });
    }
    return reports;
  }
});

// src/rules/shell/gd317-goroot-exported.ts
var VERSIONED = /\/Cellar\/go(@[\d.]+)?\/\d[^/]*|\/go-?1\.\d+(\.\d+)?(rc\d+|beta\d+)?(\/|$)|\/go@1\.\d+/;
var gd317 = defineRule({
  id: "GD317",
  name: "goroot-exported",
  category: "shell",
  severity: "info",
  title: "A startup file exports GOROOT",
  requires: ["shells"],
  messages: {
    exported: "{file}:{line} exports GOROOT={value}: go finds its own installation from its executable, so this line only matters when it is wrong.",
    versioned: '{file}:{line} exports GOROOT={value}, a versioned install directory: the next upgrade removes it and every go command fails with "cannot find GOROOT directory".',
    binDir: "{file}:{line} exports GOROOT={value}, a bin directory: GOROOT must be the root of the installation (the directory that holds bin, src and pkg), so go cannot find its standard library."
  },
  fixTitles: {
    deleteTheGorootExport: "Delete the GOROOT export"
  },
  sources: ["src/cmd/go/internal/cfg/cfg.go", "https://go.dev/doc/install/source#environment", "https://docs.brew.sh/FAQ#what-does-keg-only-mean"],
  fixable: true,
  docs: {
    what: "Reports every GOROOT export in a startup file, from its text: info in general, a warning when the value is a versioned install directory (a Homebrew Cellar version, /usr/local/go1.x, /usr/lib/go-1.x) and an error when it points at a bin directory. Unlike GD305 it does not depend on what is installed on the machine running godiag.",
    why: 'cmd/go finds GOROOT from its own executable (cfg.go findGOROOT); an exported GOROOT overrides that. A versioned directory breaks on the next upgrade, and `GOROOT=\u2026/go/bin` makes every build fail with "package fmt is not in std".',
    fix: "Delete the GOROOT export and put the installation's bin directory on PATH instead."
  },
  check({ shells }) {
    const reports = [];
    const seen = /* @__PURE__ */ new Set();
    for (const e of shells.events) {
      if (e.kind !== "set" || e.name !== "GOROOT" || !e.exported || !isUserFile(shells, e.file)) continue;
      const key = `${e.file}:${e.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const value = e.value ?? "";
      const messageId = e.known && /\/bin\/?$/.test(value) ? "binDir" : e.known && VERSIONED.test(value) ? "versioned" : "exported";
      reports.push({
        messageId,
        severity: messageId === "binDir" ? "error" : messageId === "versioned" ? "warning" : "info",
        location: loc(e),
        data: { file: e.file, line: e.line, value: e.known ? value : `${e.text.replace(/^export\s+GOROOT=/, "")} (computed at startup)` },
        evidence: { text: e.text, readBy: e.readBy },
        fixes: [{ kind: "edit", title: fixTitle("deleteTheGorootExport"), file: e.file, range: { startLine: e.line, endLine: e.line }, replacement: "", safety: "review" }]
      });
    }
    return reports;
  }
});

// src/rules/shell/gd318-go-path-entry-broken.ts
var gd318 = defineRule({
  id: "GD318",
  name: "go-path-entry-broken",
  category: "shell",
  severity: "warning",
  title: "A Go PATH entry expands an unset variable, or names the Go directory instead of its bin",
  requires: ["shells"],
  messages: {
    unsetVar: "{file}:{line} adds {entry} to PATH, but {name} is not set at that point in {contexts}: the entry becomes {becomes}, so go or the installed tools are not found there{later}.",
    dirNotBin: "{file}:{line} puts ${name} on PATH, not ${name}/bin: the go command and installed tools live in the bin directory below it."
  },
  sources: [`${SHELL_SOURCES.bash} (Parameter Expansion)`, "https://go.dev/doc/install", "https://go.dev/ref/mod#go-install"],
  fixable: false,
  docs: {
    what: "Reports a PATH edit that expands $GOROOT, $GOPATH or $GOBIN while that variable is unset in the context that runs it (for example a ~/.bashrc line a ~/.profile sources before it exports GOPATH), and `PATH=$GOPATH:$PATH` / `PATH=$GOROOT:$PATH`, which add the directory instead of its bin.",
    why: "An unset variable expands to nothing: `$GOROOT/bin` becomes `/bin` and `$GOPATH/bin` becomes `/bin`, so the intended directory is never searched. go itself and `go install`ed tools are in the bin subdirectory, not in GOROOT or GOPATH.",
    fix: "Export the variable before the PATH line (or write the directory out), and add `$GOPATH/bin` / `$GOROOT/bin`."
  },
  check({ shells }) {
    const reports = [];
    for (const e of shells.events) {
      if (e.kind !== "path" || !isUserFile(shells, e.file)) continue;
      for (const name of e.unsetVars ?? []) {
        const contexts = (e.unsetIn ?? []).filter((id) => shells.contexts.some((c) => c.id === id && c.installed));
        if (!contexts.length) continue;
        const entry = new RegExp(`[^:="'\\s]*\\$\\{?${name}\\}?[^:="'\\s]*`).exec(e.text)?.[0] ?? `$${name}`;
        const later = shells.events.find((x) => x.kind === "set" && x.name === name && x.readBy.some((id) => contexts.includes(id)) && (x.file !== e.file || x.line > e.line));
        reports.push({
          messageId: "unsetVar",
          location: loc(e),
          data: { file: e.file, line: e.line, entry, name, contexts: contexts.join(", "), becomes: entry.replace(/\$\{?\w+\}?/, "") || "(empty: the current directory)", later: later ? `; ${name} is set later, at ${later.file}:${later.line}` : "" },
          evidence: { text: e.text, contexts }
        });
      }
      const m = /(?:^|[:="'])\$\{?(GOROOT|GOPATH)\}?(?=[:"'\s]|$)/.exec(e.text.replace(/^[^=]*=/, "="));
      if (m) reports.push({ messageId: "dirNotBin", location: loc(e), data: { file: e.file, line: e.line, name: m[1] }, evidence: { text: e.text } });
    }
    return reports;
  }
});

// src/rules/shell/gd319-go-dir-quoted-tilde.ts
var DIR_VARS = /* @__PURE__ */ new Set(["GOPATH", "GOBIN", "GOMODCACHE", "GOCACHE", "GOROOT", "GOTMPDIR", "GOENV"]);
var gd319 = defineRule({
  id: "GD319",
  name: "go-dir-quoted-tilde",
  category: "shell",
  severity: "error",
  title: "A Go directory variable keeps a literal ~ (quoted tilde)",
  requires: ["shells"],
  messages: {
    literal: `{file}:{line} sets {name}={value}: inside quotes the shell does not expand ~, so go receives the literal "~"; for GOPATH it stops with "GOPATH entry cannot start with shell metacharacter '~'".`
  },
  fixTitles: {
    useHomeInsteadOf: "Use $HOME instead of ~"
  },
  sources: [`${SHELL_SOURCES.bash} (Tilde Expansion)`, "src/cmd/go/internal/modload/init.go", "https://go.dev/wiki/GOPATH"],
  fixable: true,
  docs: {
    what: 'Reports a Go directory variable (GOPATH, GOBIN, GOMODCACHE, GOCACHE, GOROOT, GOTMPDIR, GOENV) whose value, as the shell expands it, still starts with ~ \u2014 `export GOPATH="~/go"`.',
    why: "The shell expands ~ only when it is unquoted at the start of a word (or after : or = in an assignment). go does not expand it: a GOPATH starting with ~ is an error for every command, other variables point at a directory literally named ~ under the current directory.",
    fix: 'Write $HOME instead of ~ inside quotes: `export GOPATH="$HOME/go"`.'
  },
  check({ shells }) {
    const reports = [];
    const seen = /* @__PURE__ */ new Set();
    for (const e of shells.events) {
      if (e.kind !== "set" || !e.name || !DIR_VARS.has(e.name) || !e.known || !isUserFile(shells, e.file)) continue;
      if (!(e.value ?? "").split(":").some((p) => p.startsWith("~"))) continue;
      const key = `${e.file}:${e.line}:${e.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const fixed = e.text.replace(/~(?=\/|["':]|$)/g, "$HOME");
      reports.push({
        messageId: "literal",
        location: loc(e),
        data: { file: e.file, line: e.line, name: e.name, value: e.value ?? "" },
        fixes: [{ kind: "edit", title: fixTitle("useHomeInsteadOf"), file: e.file, range: { startLine: e.line, endLine: e.line }, replacement: `${fixed}
`, safety: "review" }]
      });
    }
    return reports;
  }
});

// src/rules/shell/gd320-go-command-at-startup.ts
var gd320 = defineRule({
  id: "GD320",
  name: "go-command-at-startup",
  category: "shell",
  severity: "info",
  title: "A startup file runs go (go env) on every shell start",
  requires: ["shells"],
  messages: {
    runsGo: "{file}:{line} runs `{command}` each time {contexts} start{s}: every shell starts go first (tens of milliseconds, toolchain selection under GOTOOLCHAIN=auto), and fails noisily where go is missing."
  },
  sources: ["src/cmd/go/internal/envcmd/env.go", "https://go.dev/doc/toolchain", `${SHELL_SOURCES.bash} (Command Substitution)`],
  fixable: false,
  docs: {
    what: "Reports command substitutions that run the go command \u2014 `$(go env GOPATH)`, fish `(go env GOROOT)` \u2014 in startup files. `go env -w` is GD308.",
    why: "A startup file runs for every shell, script and terminal. Running go there adds its start-up time to each of them, may select or download a toolchain (GOTOOLCHAIN=auto), and prints an error in every shell where go is not on PATH yet. The values it asks for are usually Go's defaults, which go uses anyway.",
    fix: 'Write the value out (`export PATH="$PATH:$HOME/go/bin"`), or drop the line when it only repeats Go\'s default.'
  },
  check({ shells }) {
    const reports = [];
    const seen = /* @__PURE__ */ new Set();
    for (const e of shells.events) {
      if (e.kind !== "set" && e.kind !== "path" || e.known && !/go\s+env/.test(e.text)) continue;
      const m = /\$?\(\s*((?:[\w./-]*\/)?go\s+env(?:\s+[-\w]+)*)\s*(?:2>\s*\/dev\/null\s*)?\)/.exec(e.text);
      if (!m) continue;
      const key = `${e.file}:${e.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      reports.push({
        messageId: "runsGo",
        location: loc(e),
        data: { file: e.file, line: e.line, command: m[1].trim(), contexts: e.readBy.length ? e.readBy.join(", ") : "no shell context (file not read)", s: e.readBy.length === 1 ? "s" : "" }
      });
    }
    return reports;
  }
});

// src/rules/shell/gd321-gopath-overrides-version-manager.ts
var gd321 = defineRule({
  id: "GD321",
  name: "gopath-overrides-version-manager",
  category: "shell",
  severity: "warning",
  title: "GOPATH is set after a version manager that manages it (gvm)",
  requires: ["shells"],
  messages: {
    overrides: "{file}:{line} sets GOPATH after {manager} is loaded ({vmFile}:{vmLine}) in {contexts}: `gvm use` and `gvm pkgset use` set GOPATH per version and pkgset, and this line puts every version back on {value}."
  },
  fixTitles: {
    deleteTheGopathExport: "Delete the GOPATH export"
  },
  sources: ["https://github.com/moovweb/gvm#readme", "https://go.dev/wiki/GOPATH"],
  fixable: true,
  docs: {
    what: "Reports a GOPATH assignment that runs after gvm is loaded in the same context (same file, later line, or a file read afterwards).",
    why: "gvm switches Go versions by setting GOROOT, PATH and GOPATH (one per version and pkgset). Exporting GOPATH after loading it makes every version share that GOPATH, so tools built with one Go version overwrite another's and pkgsets stop isolating anything.",
    fix: "Delete the GOPATH export, or move it above the line that loads gvm."
  },
  check({ shells }) {
    const reports = [];
    const seen = /* @__PURE__ */ new Set();
    for (const vm of shells.events.filter((e) => e.kind === "version-manager" && e.name === "gvm")) {
      for (const c of shells.contexts.filter((x) => vm.readBy.includes(x.id) && x.installed)) {
        const order = c.files.map((f) => f.path);
        const after = /* @__PURE__ */ __name((e) => e.file === vm.file ? e.line > vm.line : order.indexOf(e.file) > order.indexOf(vm.file), "after");
        const gp = shells.events.find((e) => e.kind === "set" && e.name === "GOPATH" && e.readBy.includes(c.id) && isUserFile(shells, e.file) && !e.file.includes("/.gvm/") && after(e));
        if (!gp) continue;
        const key = `${gp.file}:${gp.line}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const contexts = shells.contexts.filter((x) => gp.readBy.includes(x.id) && vm.readBy.includes(x.id)).map((x) => x.id).join(", ");
        reports.push({
          messageId: "overrides",
          location: loc(gp),
          data: { file: gp.file, line: gp.line, manager: "gvm", vmFile: vm.file, vmLine: vm.line, contexts, value: gp.value ?? "" },
          fixes: [{ kind: "edit", title: fixTitle("deleteTheGopathExport"), file: gp.file, range: { startLine: gp.line, endLine: gp.line }, replacement: "", safety: "review" }]
        });
      }
    }
    return reports;
  }
});

// src/rules/shell/gd322-go-setup-conditional.ts
var gd322 = defineRule({
  id: "GD322",
  name: "go-setup-conditional",
  category: "shell",
  severity: "info",
  title: "Go is set up only under a condition the startup files do not decide",
  requires: ["shells"],
  messages: {
    conditional: "{file}:{line} sets {what} only if `{condition}`: {contexts} get it only when that holds at startup; {others} never run the line."
  },
  sources: [SHELL_SOURCES.bash, SHELL_SOURCES.zsh, SHELL_SOURCES.fish],
  fixable: false,
  docs: {
    what: 'Reports a Go variable or Go PATH directory set under a condition that depends on the running system \u2014 an OS test (`uname`, `$OSTYPE`), whether a program is installed (`command -v go`, `hash go`, fish `command -q go`), a guard variable (`[ -z "$LOADED" ]`), TERM or TMUX \u2014 and lists which contexts read the line and which never do. A line that re-exports Go\'s own value (`export GOPATH=$(go env GOPATH)`) is not reported: contexts that skip it get that value anyway.',
    why: "A condition that holds in a terminal may not hold in `bash -lc`, an IDE, cron or a container: `command -v go` fails before PATH has go, a guard variable inherited from a parent shell skips the block, TERM is `dumb` or unset outside terminals. Go then works in some places and not others.",
    fix: "Set Go's variables and PATH unconditionally in a file every context reads (directories that may not exist are harmless on PATH)."
  },
  check({ shells }) {
    const reports = [];
    const seen = /* @__PURE__ */ new Set();
    const installed = shells.contexts.filter((c) => c.installed).map((c) => c.id);
    for (const e of shells.events) {
      if (!e.conditional || !e.condition || !e.readBy.length || !isUserFile(shells, e.file)) continue;
      if (e.kind === "set" && reexportsGoDefault(e)) continue;
      const what = e.kind === "set" && e.name && isGoSetting(e.name) && e.exported ? e.name : e.kind === "path" ? (e.dirs ?? []).filter((d) => isGoPathDir(d, e.text)).join(", ") : "";
      if (!what) continue;
      const key = `${e.file}:${e.line}:${what}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const contexts = e.readBy.filter((id) => installed.includes(id));
      if (!contexts.length) continue;
      const others = installed.filter((id) => !contexts.includes(id));
      reports.push({
        messageId: "conditional",
        location: loc(e),
        data: { file: e.file, line: e.line, what: e.kind === "path" ? `PATH entry ${what}` : what, condition: e.condition.slice(0, 160), contexts: contexts.join(", "), others: others.length ? others.join(", ") : "no other context" },
        evidence: { condition: e.condition, readBy: contexts, notReadBy: others }
      });
    }
    return reports;
  }
});

// src/rules/shell/gd323-go-only-in-shell-files.ts
var gd323 = defineRule({
  id: "GD323",
  name: "go-only-in-shell-files",
  category: "shell",
  severity: "info",
  title: "Go is set up only in shell startup files: systemd user services, cron and desktop apps get no go",
  requires: ["shells"],
  messages: {
    sessions: 'go comes from {dir} ({origin}) in {shellContexts}, but {sessions} get no go: editors and IDEs started from the desktop, `systemd --user` services and cron jobs that run go or Go tools fail with "go: not found".'
  },
  fixTitles: {
    addItForSystemd: "Add it for systemd user services and desktop apps"
  },
  sources: [SHELL_SOURCES.environmentD, SHELL_SOURCES.crontab, "man:systemd.exec(5)"],
  fixable: true,
  docs: {
    what: "Reports a Go bin directory that startup files put on PATH in shell contexts while the session contexts \u2014 the systemd user manager (services, desktop sessions started by systemd) and cron \u2014 end up with no go at all.",
    why: "Those contexts read no shell startup file: systemd takes the user environment from environment.d files, cron uses PATH=/usr/bin:/bin. An IDE launched from the desktop, a language server, a `systemd --user` unit or a cron job then cannot find go or `go install`ed tools although every terminal can.",
    fix: "Add the directory in ~/.config/environment.d/*.conf (systemd services and most desktop sessions) and PATH= in the crontab for cron jobs."
  },
  check({ shells }) {
    const sessions = shells.contexts.filter((c) => ["systemd-user", "gui", "cron"].includes(c.id) && !c.gos.length);
    if (!sessions.some((c) => c.id !== "cron")) return [];
    const shellCtx = shells.contexts.filter((c) => c.installed && c.gos[0]?.origin && isUserFile(shells, c.gos[0].origin.file));
    const first = shellCtx[0]?.gos[0];
    if (!first) return [];
    const reports = [{
      messageId: "sessions",
      location: { file: first.origin.file, line: first.origin.line },
      data: { dir: first.dir, origin: `${first.origin.file}:${first.origin.line}`, shellContexts: shellCtx.filter((c) => c.gos[0]?.dir === first.dir).map((c) => c.id).join(", "), sessions: sessions.map((c) => c.id).join(", ") },
      fixes: [setupBlock(environmentDFile(shells), [{ pathDir: first.dir }], fixTitle("addItForSystemd"))].filter((f) => f !== null)
    }];
    return reports;
  }
});

// src/rules/shell/gd324-zsh-skips-profile.ts
var gd324 = defineRule({
  id: "GD324",
  name: "zsh-skips-profile",
  category: "shell",
  severity: "warning",
  title: "Go is set up in ~/.profile, which zsh never reads",
  requires: ["shells"],
  messages: {
    skipped: "{file}:{line} sets {what}, but zsh reads ~/.zshenv, ~/.zprofile, ~/.zshrc and ~/.zlogin, never ~/.profile: {contexts} do not get it{login}."
  },
  fixTitles: {
    setItForZsh: "Set it for zsh too ({target})"
  },
  sources: [`${SHELL_SOURCES.zsh} STARTUP/SHUTDOWN FILES`],
  fixable: true,
  docs: {
    what: "Reports Go variables and Go PATH directories set in ~/.profile when zsh is in use (installed with zsh startup files, or the login shell) and no zsh context gets them.",
    why: "zsh reads ~/.profile only when started as sh or ksh (emulation); as itself it reads its own files. Switching the login shell to zsh (the macOS default since Catalina) silently drops everything ~/.profile set up.",
    fix: "Put the lines in ~/.zprofile (login) or ~/.zshenv (every zsh), or source ~/.profile from ~/.zprofile: `emulate sh -c '. ~/.profile'`."
  },
  check({ shells }) {
    const login = ctx(shells, "zsh:login");
    if (!login?.installed) return [];
    const usesZsh = shells.loginShell?.name === "zsh" || shells.files.some((f) => /\/\.z(shenv|profile|shrc|login)$/.test(f.path) && f.exists);
    if (!usesZsh) return [];
    const profile = `${shells.home}/.profile`;
    const zshCtx = shells.contexts.filter((c) => c.shell === "zsh" && c.installed);
    const reports = [];
    for (const e of shells.events.filter((x) => x.file === profile)) {
      const name = e.kind === "set" && e.name && isGoVar(e.name) && e.exported ? e.name : null;
      const dirs = e.kind === "path" ? (e.dirs ?? []).filter((d) => isGoPathDir(d, e.text)) : [];
      const missing = zshCtx.filter((c) => name ? !c.vars[name] : dirs.length ? dirs.some((d) => !c.path.some((p) => p.dir === d)) : false);
      if (!missing.length || missing.length < zshCtx.length || !name && !dirs.length) continue;
      const target = setupFileFor(shells, "zsh");
      reports.push({
        messageId: "skipped",
        location: { file: e.file, line: e.line },
        data: { file: e.file, line: e.line, what: name ?? `PATH entry ${dirs.join(", ")}`, contexts: missing.map((c) => c.id).join(", "), login: shells.loginShell?.name === "zsh" ? ", and zsh is the login shell" : "" },
        fixes: [setupBlock(target, name ? [{ name, value: e.value ?? "" }] : dirs.map((d) => ({ pathDir: d })), fixTitle("setItForZsh", { target: target.replace(shells.home, "~") }))].filter((f) => f !== null)
      });
    }
    return reports;
  }
});

// src/rules/shell/gd325-gobin-inside-goroot.ts
var gd325 = defineRule({
  id: "GD325",
  name: "gobin-inside-goroot",
  category: "shell",
  severity: "warning",
  title: "GOBIN points into the Go installation (GOROOT)",
  requires: ["shells"],
  messages: {
    inside: "{file}:{line} sets GOBIN={gobin}, inside GOROOT {goroot} ({context}): `go install` writes tools into the toolchain tree, where they can replace go or gofmt and vanish with the next upgrade."
  },
  fixTitles: {
    deleteTheGobinLine: "Delete the GOBIN line"
  },
  sources: ["https://go.dev/ref/mod#go-install", "src/cmd/go/internal/cfg/cfg.go", "https://go.dev/doc/manage-install"],
  fixable: true,
  docs: {
    what: "Reports a GOBIN set by a startup file that is GOROOT or a directory below it \u2014 GOROOT as exported, or the root of the go that context runs.",
    why: "`go install` writes binaries to GOBIN. Inside GOROOT they mix with the toolchain (a tool named like one of Go's own replaces it), need write access to the installation, and are deleted when Go is upgraded by replacing that directory.",
    fix: "Remove the GOBIN line (tools then go to $GOPATH/bin, ~/go/bin by default) or point it at a directory of its own and put that on PATH."
  },
  check({ shells }) {
    const reports = [];
    const seen = /* @__PURE__ */ new Set();
    for (const c of shells.contexts) {
      const gb = c.vars.GOBIN;
      if (!gb?.known || !gb.origin) continue;
      const root = c.vars.GOROOT?.known ? c.vars.GOROOT.value : c.gos[0]?.realPath?.endsWith("/bin/go") ? c.gos[0].realPath.slice(0, -"/bin/go".length) : null;
      if (!root) continue;
      const norm = /* @__PURE__ */ __name((p) => p.replace(/\/+$/, ""), "norm");
      if (norm(gb.value) !== norm(root) && !norm(gb.value).startsWith(`${norm(root)}/`)) continue;
      const key = `${gb.origin.file}:${gb.origin.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      reports.push({
        messageId: "inside",
        location: loc(gb.origin),
        data: { file: gb.origin.file, line: gb.origin.line, gobin: gb.value, goroot: root, context: c.id },
        fixes: [{ kind: "edit", title: fixTitle("deleteTheGobinLine"), file: gb.origin.file, range: { startLine: gb.origin.line, endLine: gb.origin.line }, replacement: "", safety: "review" }]
      });
    }
    return reports;
  }
});

// src/rules/shell/gd326-go-bin-prepended-over-manager.ts
var gd326 = defineRule({
  id: "GD326",
  name: "go-bin-prepended-over-manager",
  category: "shell",
  severity: "warning",
  title: "A Go bin directory is prepended to PATH ahead of a version manager's go",
  requires: ["shells"],
  messages: {
    shadowsManager: "{file}:{line} prepends {dir} to PATH after {manager} is activated ({vmFile}:{vmLine}) in {contexts}: its go runs first, so `{manager}` version switches have no effect there."
  },
  sources: [`${SHELL_SOURCES.bash} (COMMAND EXECUTION: PATH search)`, "https://github.com/go-nv/goenv", "https://mise.jdx.dev/dev-tools/shims.html"],
  fixable: false,
  docs: {
    what: "Reports a Go installation's bin directory (GOROOT/bin, /usr/local/go/bin, ...) prepended to PATH after a version manager (goenv, asdf, mise, gvm) was activated in the same context.",
    why: "The first go on PATH runs. A version manager works by putting its shims or the selected version first; prepending a fixed Go afterwards shadows it, so `goenv local`, `.tool-versions` or `mise use` silently do nothing in those shells.",
    fix: "Drop the fixed Go from PATH and let the version manager provide go, or append that directory instead of prepending it."
  },
  check({ shells }) {
    const reports = [];
    const seen = /* @__PURE__ */ new Set();
    for (const vm of shells.events.filter((e) => e.kind === "version-manager")) {
      for (const e of shells.events) {
        if (e.kind !== "path" || e.op !== "prepend" || !isUserFile(shells, e.file) || /\$\{?(GOPATH|GOBIN)\b/.test(e.text)) continue;
        const dir = (e.dirs ?? []).find((d) => isGoPathDir(d, e.text) && /(^|\/)go(-?[\d.]+)?\/bin\/?$|\/libexec\/bin\/?$/.test(d) && !/\/(shims|\.goenv|\.asdf|mise|\.gvm)\//.test(d));
        if (!dir) continue;
        const contexts = shells.contexts.filter((c) => c.installed && e.readBy.includes(c.id) && vm.readBy.includes(c.id)).filter((c) => {
          const order = c.files.map((f) => f.path);
          return e.file === vm.file ? e.line > vm.line : order.indexOf(e.file) > order.indexOf(vm.file);
        });
        if (!contexts.length) continue;
        const key = `${e.file}:${e.line}`;
        if (seen.has(key)) continue;
        seen.add(key);
        reports.push({ messageId: "shadowsManager", location: loc(e), data: { file: e.file, line: e.line, dir, manager: vm.name ?? "a version manager", vmFile: vm.file, vmLine: vm.line, contexts: contexts.map((c) => c.id).join(", ") } });
      }
    }
    return reports;
  }
});

// src/rules/shell/gd327-gopath-list-bin-on-path.ts
var gd327 = defineRule({
  id: "GD327",
  name: "gopath-list-bin-on-path",
  category: "shell",
  severity: "warning",
  title: "$GOPATH/bin is put on PATH while GOPATH lists several directories",
  requires: ["shells"],
  messages: {
    list: "{file}:{line} adds $GOPATH/bin to PATH while GOPATH is {gopath} in {contexts}: the shell appends /bin to the whole list, so PATH gets {becomes} instead of {wanted}."
  },
  sources: [`${SHELL_SOURCES.bash} (Parameter Expansion)`, "src/cmd/go/internal/help/helpdoc.go (go help gopath: a colon-separated list on Unix)", "https://go.dev/ref/mod#go-install"],
  fixable: false,
  docs: {
    what: 'Reports a PATH edit in a POSIX shell file that expands `$GOPATH/bin` where GOPATH holds more than one directory (`GOPATH="$HOME/go:$GOPATH"`, which also leaves an empty entry when GOPATH was unset).',
    why: "GOPATH is a colon-separated list (go help gopath). `$GOPATH/bin` is plain text substitution, so `/home/u/go:/work` becomes the PATH entries `/home/u/go` and `/work/bin`: the first directory's bin, where `go install` puts tools, is never searched, and an empty element adds `/bin` or the current directory. fish is not affected: it expands `$GOPATH/bin` once per list element.",
    fix: 'Add each bin directory: `PATH="$PATH:${GOPATH//://bin:}/bin"` in bash and zsh, or write the directories out; or keep GOPATH to one directory.'
  },
  check({ shells }) {
    const reports = [];
    for (const e of shells.events) {
      if (e.kind !== "path" || !isUserFile(shells, e.file) || e.file.endsWith(".fish")) continue;
      if (!/\$\{?GOPATH\}?\/bin\b/.test(e.text)) continue;
      const lists = shells.contexts.filter((c) => c.installed && e.readBy.includes(c.id) && (c.vars.GOPATH?.value ?? "").includes(":"));
      if (!lists.length) continue;
      const gopath = lists[0].vars.GOPATH.value;
      const parts = gopath.split(":");
      reports.push({
        messageId: "list",
        location: loc(e),
        data: { file: e.file, line: e.line, gopath, contexts: lists.map((c) => c.id).join(", "), becomes: `${gopath}/bin`.split(":").map((x) => x || "(empty: the current directory)").join(", "), wanted: parts.filter(Boolean).map((p) => `${p}/bin`).join(", ") },
        evidence: { text: e.text, gopath }
      });
    }
    return reports;
  }
});

// src/rules/shell/index.ts
var SHELL_RULES = [gd301, gd302, gd303, gd304, gd305, gd306, gd307, gd308, gd309, gd310, gd311, gd312, gd313, gd316, gd317, gd318, gd319, gd320, gd321, gd322, gd323, gd324, gd325, gd326, gd327];

// src/rules/remote/gd970-target-session-broken.ts
var gd970 = defineRule({
  id: "GD970",
  name: "target-session-broken",
  category: "remote",
  severity: "error",
  title: "Remote target stopped answering while it was diagnosed",
  requires: [],
  messages: {
    broken: "The session with {target} broke while collecting ({reason}); facts gathered after that are missing, so this report is incomplete."
  },
  sources: [
    "https://pubs.opengroup.org/onlinepubs/9699919799/utilities/sh.html",
    "https://man.openbsd.org/ssh#T",
    "https://docs.docker.com/reference/cli/docker/container/exec/"
  ],
  fixable: false,
  docs: {
    what: "doctor, shell and snapshot --on URL drive one `sh -s` on the target through its transport (ssh -T, docker/podman/kubectl exec -i, chroot). This rule reports when that shell hung past a request's deadline, printed something that is not an answer, answered more than it was asked for, or closed mid-answer.",
    why: "Every check after the break saw no file and no command on the target, so an absent finding means nothing: the target may have the very problem that was not checked.",
    fix: "Look at the reason: a hung network filesystem or an overloaded target (raise --timeout), a login shell that prints to stdout (move the output to stderr or to interactive shells only), or a transport that drops the connection; then run again."
  },
  check({ all }) {
    const reason = all.host.targetError;
    if (!reason) return [];
    return [{ messageId: "broken", data: { target: all.host.target ?? "the target", reason }, evidence: { target: all.host.target ?? null, reason } }];
  }
});

// src/rules/remote/gd971-target-unreachable.ts
var gd971 = defineRule({
  id: "GD971",
  name: "target-unreachable",
  category: "remote",
  severity: "error",
  title: "A fleet target could not be diagnosed",
  requires: [],
  messages: {
    unreachable: "{target} was not diagnosed: {reason}. None of its checks ran, so it has no other finding to show."
  },
  sources: [
    "https://man.openbsd.org/ssh#EXIT_STATUS",
    "https://man.openbsd.org/ssh_config#ConnectTimeout",
    "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_exec/",
    "https://docs.docker.com/reference/cli/docker/container/exec/"
  ],
  fixable: false,
  docs: {
    what: "`godiag fleet` reaches each target through its transport (ssh, docker/podman/kubectl exec, chroot) and runs doctor there. This rule reports a target whose transport did not start a shell (unknown host, refused key, stopped container, missing pod), or whose diagnosis did not finish within --target-timeout.",
    why: "A fleet table that leaves an unreachable machine out, or shows it with zero findings, tells the reader that machine is fine. It was never checked.",
    fix: "Read the transport's own words in the finding: fix the address, key or kubeconfig context, start the container, or raise --connect-timeout/--target-timeout for a slow target; then run fleet again."
  },
  check({ all }) {
    const reason = all.host.unreachable;
    if (!reason) return [];
    return [{ messageId: "unreachable", data: { target: all.host.target ?? "the target", reason }, evidence: { target: all.host.target ?? null, reason } }];
  }
});

// src/rules/remote/index.ts
var REMOTE_RULES = [gd970, gd971];

export {
  syntaxOf,
  setupBlock,
  setupFileFor,
  SHELL_RULES,
  REMOTE_RULES
};
