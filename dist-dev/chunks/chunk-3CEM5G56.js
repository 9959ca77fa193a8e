import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/knowledge/go-vars.ts
function isGoVar(name) {
  return /^GO[A-Z0-9_]*$/.test(name) && name !== "GOPHER" || /^CGO_[A-Z0-9_]+$/.test(name);
}
__name(isGoVar, "isGoVar");
var GO_COMMAND_VARS = /* @__PURE__ */ new Set(["GO111MODULE", "GO386", "GOAMD64", "GOARCH", "GOARM", "GOARM64", "GOAUTH", "GOBIN", "GOCACHE", "GOCACHEPROG", "GOCOVERDIR", "GODEBUG", "GOENV", "GOEXPERIMENT", "GOFIPS140", "GOFLAGS", "GOINSECURE", "GOMIPS", "GOMIPS64", "GOMODCACHE", "GONOPROXY", "GONOSUMDB", "GOOS", "GOPATH", "GOPPC64", "GOPRIVATE", "GOPROXY", "GORISCV64", "GOROOT", "GOSUMDB", "GOTELEMETRY", "GOTELEMETRYDIR", "GOTMPDIR", "GOTOOLCHAIN", "GOVCS", "GOWASM", "GOWORK", "GO_EXTLINK_ENABLED"]);
function isGoSetting(name) {
  return GO_COMMAND_VARS.has(name) || /^CGO_[A-Z0-9_]+$/.test(name);
}
__name(isGoSetting, "isGoSetting");
var REPORTED_GO_VARS = ["GOROOT", "GOPATH", "GOBIN", "GOPROXY", "GOPRIVATE", "GONOPROXY", "GONOSUMDB", "GOSUMDB", "GOFLAGS", "GOTOOLCHAIN", "CGO_ENABLED", "GO111MODULE", "GOENV"];
var MODULE_ACCESS_VARS = ["GOPROXY", "GOPRIVATE", "GONOPROXY", "GONOSUMDB", "GOSUMDB", "GOINSECURE", "GOFLAGS"];
function isGoPathDir(dir, raw = "") {
  return /\$\{?(GOROOT|GOPATH|GOBIN)\b|\bgo\s+env\s+(GOROOT|GOPATH|GOBIN)\b/.test(raw) || /(^|\/)go(-?\d[\d.]*)?\/bin\/?$/.test(dir) || /\/go\/bin\b/.test(dir) || /(^|\/)\.?goenv\/(shims|bin)\/?$/.test(dir) || /\/sdk\/go[\d.]+\/bin\/?$/.test(dir) || /\/\.gvm\//.test(dir) || /libexec\/bin\/?$/.test(dir) && /go/.test(dir);
}
__name(isGoPathDir, "isGoPathDir");
var VERSION_MANAGERS = [
  ["goenv", /\bgoenv\s+init\b/],
  ["asdf", /\basdf\.(sh|fish)\b|\basdf\s+(exec|shell)\b|\/asdf\/asdf\.sh/],
  ["mise", /\b(mise|rtx)\s+activate\b/],
  ["gvm", /\.gvm\/scripts\/gvm\b|\bgvm\s+use\b/]
];
function versionManagerIn(text) {
  for (const [name, re] of VERSION_MANAGERS) if (re.test(text)) return name;
  return null;
}
__name(versionManagerIn, "versionManagerIn");

// src/knowledge/shell-startup.ts
var SHELLS = ["bash", "sh", "zsh", "fish", "busybox"];
var SHELL_CONTEXTS = ["login", "interactive", "noninteractive", "login-noninteractive"];
var SSH_COMMAND = "ssh-command";
var DIALECT = { bash: "bash", sh: "sh", zsh: "zsh", fish: "fish", busybox: "sh" };
function shellArgv(shell, ctx, bin, script) {
  const flag = ctx === "login" ? ["-l", "-i"] : ctx === "interactive" ? ["-i"] : ctx === "login-noninteractive" ? ["-l"] : [];
  if (shell === "busybox") return [bin, "sh", ...flag, "-c", script];
  return [bin, ...flag, "-c", script];
}
__name(shellArgv, "shellArgv");
var SOURCES = {
  bash: "man:bash(1) INVOCATION",
  dash: "man:dash(1) Invocation",
  zsh: "man:zsh(1) STARTUP/SHUTDOWN FILES",
  fish: "https://fishshell.com/docs/current/language.html#configuration-files",
  busybox: "https://git.busybox.net/busybox/tree/shell/ash.c",
  pamEnv: "man:pam_env.conf(5)",
  environmentD: "man:environment.d(5)",
  systemdExec: "man:systemd.exec(5)",
  crontab: "man:crontab(5)",
  pathHelper: "man:path_helper(8)",
  loginDefs: "man:login.defs(5)"
};
function startupSteps(shell, ctx, platform) {
  const mac = platform === "darwin";
  switch (shell) {
    case "bash":
      if (ctx === "login" || ctx === "login-noninteractive") {
        return [
          { file: "/etc/profile", why: `login shell reads /etc/profile (${SOURCES.bash})` },
          { file: "~/.bash_profile", group: "bash-login", why: `then the first that exists of ~/.bash_profile, ~/.bash_login, ~/.profile (${SOURCES.bash})` },
          { file: "~/.bash_login", group: "bash-login", why: "second candidate of the login group" },
          { file: "~/.profile", group: "bash-login", why: "third candidate of the login group" }
        ];
      }
      if (ctx === "interactive") {
        return [
          // Debian and macOS build bash with SYS_BASHRC; other distributions source it from ~/.bashrc.
          ...mac ? [] : [{ file: "/etc/bash.bashrc", why: `interactive non-login bash reads the system bashrc (Debian SYS_BASHRC, ${SOURCES.bash})` }],
          { file: "~/.bashrc", why: `interactive non-login shell reads ~/.bashrc (${SOURCES.bash})` }
        ];
      }
      if (ctx === SSH_COMMAND) {
        return [
          ...mac ? [] : [{ file: "/etc/bash.bashrc", why: `bash started by sshd to run a command reads the system bashrc (${SOURCES.bash}; Debian builds with SSH_SOURCE_BASHRC)` }],
          { file: "~/.bashrc", why: `bash started by sshd to run a command reads ~/.bashrc, non-interactive (${SOURCES.bash})` }
        ];
      }
      return [{ file: "", fromVar: "BASH_ENV", why: `non-interactive bash reads only the file named by $BASH_ENV (${SOURCES.bash})` }];
    case "sh":
    case "busybox": {
      const src = shell === "sh" ? SOURCES.dash : SOURCES.busybox;
      if (ctx === "login" || ctx === "login-noninteractive") {
        return [
          { file: "/etc/profile", why: `login shell reads /etc/profile (${src})` },
          { file: "~/.profile", why: `then ~/.profile (${src})` },
          { file: "", fromVar: "ENV", why: `an interactive login shell then reads $ENV (${src})` }
        ];
      }
      if (ctx === "interactive") return [{ file: "", fromVar: "ENV", why: `interactive shell reads the file named by $ENV (${src})` }];
      return [];
    }
    case "zsh": {
      const etc = /* @__PURE__ */ __name((n) => mac ? `/etc/${n}` : `/etc/zsh/${n}`, "etc");
      const steps = [
        { file: etc("zshenv"), why: `every zsh reads ${etc("zshenv")} (${SOURCES.zsh}; Debian builds use /etc/zsh)` },
        { file: "$ZDOTDIR/.zshenv", why: `then $ZDOTDIR/.zshenv, ZDOTDIR defaulting to HOME (${SOURCES.zsh})` }
      ];
      const login = ctx === "login" || ctx === "login-noninteractive";
      if (login) steps.push({ file: etc("zprofile"), why: `login: ${etc("zprofile")}${mac ? " (runs path_helper on macOS)" : ""}` }, { file: "$ZDOTDIR/.zprofile", why: "login: $ZDOTDIR/.zprofile" });
      if (ctx === "login" || ctx === "interactive") steps.push({ file: etc("zshrc"), why: `interactive: ${etc("zshrc")}` }, { file: "$ZDOTDIR/.zshrc", why: "interactive: $ZDOTDIR/.zshrc" });
      if (login) steps.push({ file: etc("zlogin"), why: `login: ${etc("zlogin")}` }, { file: "$ZDOTDIR/.zlogin", why: "login: $ZDOTDIR/.zlogin" });
      return steps;
    }
    case "fish":
      return [
        { file: "", dirGlob: "~/.config/fish/conf.d/*.fish", why: `conf.d snippets of the user, then vendor and system, by file name; a user file shadows a same-named system one (${SOURCES.fish})` },
        { file: "", dirGlob: "/etc/fish/conf.d/*.fish", why: "system conf.d snippets" },
        { file: "/etc/fish/config.fish", why: `then the system config.fish (${SOURCES.fish})` },
        { file: "~/.config/fish/config.fish", why: `then the user's config.fish (${SOURCES.fish})` }
      ];
  }
}
__name(startupSteps, "startupSteps");
function fixFileFor(shell, ctx, existing, home, zdotdir) {
  switch (shell) {
    case "bash": {
      if (ctx === "interactive") return `${home}/.bashrc`;
      if (ctx === "noninteractive") return `${home}/.profile`;
      for (const f of [".bash_profile", ".bash_login", ".profile"]) if (existing(`${home}/${f}`)) return `${home}/${f}`;
      return `${home}/.profile`;
    }
    case "sh":
    case "busybox":
      return `${home}/.profile`;
    case "zsh":
      return `${zdotdir}/.zshenv`;
    case "fish":
      return `${home}/.config/fish/conf.d/go.fish`;
  }
}
__name(fixFileFor, "fixFileFor");

export {
  isGoVar,
  isGoSetting,
  REPORTED_GO_VARS,
  MODULE_ACCESS_VARS,
  isGoPathDir,
  versionManagerIn,
  SHELLS,
  SHELL_CONTEXTS,
  SSH_COMMAND,
  DIALECT,
  shellArgv,
  SOURCES,
  startupSteps,
  fixFileFor
};
