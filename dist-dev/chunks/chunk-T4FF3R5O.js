import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  SETTING_FIX_TITLES,
  coveredPublic,
  gd525,
  gd527,
  isPublicProxy,
  privateReason,
  settingFixes
} from "./chunk-VLRNGUAR.js";
import {
  VERSION_MATCHING,
  VULN_SOURCES,
  earliestFix,
  fixedInAll,
  listAdvisories,
  semverToGo
} from "./chunk-3TF2Q6ZZ.js";
import {
  DEFAULT_GOPROXY,
  parseGovcs,
  proxyHost
} from "./chunk-HCNRKEPA.js";
import {
  patternProblems,
  splitPatterns
} from "./chunk-CBPLS572.js";
import {
  fetchedVersion
} from "./chunk-MYFXW2B4.js";
import {
  defineRule,
  fixTitle
} from "./chunk-NUDDGLDA.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/rules/modules/gd501-checksum-db-off.ts
var gd501 = defineRule({
  id: "GD501",
  name: "checksum-db-off",
  category: "modules",
  severity: "warning",
  title: "GOSUMDB=off disables the checksum database for every module",
  requires: ["modules"],
  messages: {
    off: "GOSUMDB=off (from {source}): new module versions are trusted on first download, with no check against the public checksum log."
  },
  fixTitles: {
    ...SETTING_FIX_TITLES,
    exemptPrivateModulesInstead: "Exempt private modules instead"
  },
  sources: ["https://go.dev/ref/mod#checksum-database", "src/cmd/go/internal/modfetch/fetch.go", "https://go.dev/ref/mod#private-modules"],
  fixable: true,
  docs: {
    what: "Reports GOSUMDB=off, wherever it is set (environment, go env -w file, go.env).",
    why: "With the checksum database off, a version missing from go.sum is accepted as whatever the proxy or origin serves the first time, so a compromised proxy, a moved tag or a man in the middle goes unnoticed. Dotfiles often carry GOSUMDB=off to make private modules work, when GOPRIVATE or GONOSUMDB would exempt only those. Toolchain downloads are still verified.",
    fix: "Remove GOSUMDB=off and exempt only private paths with GOPRIVATE (or GONOSUMDB)."
  },
  check({ modules }) {
    if (modules.sumdb.kind !== "off") return [];
    return [{
      messageId: "off",
      data: { source: modules.sources.GOSUMDB ?? "default" },
      evidence: { GOSUMDB: modules.env.GOSUMDB, GOPRIVATE: modules.env.GOPRIVATE, source: modules.sources.GOSUMDB },
      fixes: [
        ...settingFixes(modules, "GOSUMDB", null, "the default sum.golang.org applies again"),
        { kind: "manual", title: fixTitle("exemptPrivateModulesInstead"), steps: ["go env -w GOPRIVATE=corp.example.com,*.corp.example.com"], url: "https://go.dev/ref/mod#private-modules" }
      ]
    }];
  }
});

// src/rules/modules/gd502-broad-module-exemption.ts
var gd502 = defineRule({
  id: "GD502",
  name: "broad-module-exemption",
  category: "modules",
  severity: "warning",
  title: "A GONOSUMDB, GOPRIVATE or GOINSECURE pattern covers public modules",
  requires: ["modules"],
  messages: {
    nosumdb: "{key} pattern {pattern} also covers public modules such as {example}: they skip the checksum database.",
    insecure: "GOINSECURE pattern {pattern} also covers public modules such as {example}: direct fetches may use plain HTTP and unchecked certificates."
  },
  fixTitles: { ...SETTING_FIX_TITLES },
  sources: ["https://go.dev/ref/mod#private-modules", "src/cmd/go/internal/modfetch/fetch.go", "src/cmd/vendor/golang.org/x/mod/module/module.go"],
  fixable: true,
  docs: {
    what: "Matches GONOSUMDB (which defaults to GOPRIVATE) and GOINSECURE against well-known public module paths with the go command's own prefix-glob rules and reports patterns such as `*`, `github.com` or `*.com` that cover them.",
    why: "An exemption is meant for the company's own modules. One that covers public hosts silently turns off checksum verification (GONOSUMDB) or TLS and HTTPS enforcement for direct fetches (GOINSECURE) for code from anyone. GOINSECURE does not switch off the checksum database, but it removes transport security.",
    fix: "Narrow the pattern to the private host or organisation: corp.example.com, *.corp.example.com, github.com/acme."
  },
  check({ modules }) {
    const out = [];
    const nosumdb = coveredPublic(modules.env.GONOSUMDB);
    if (nosumdb && modules.sumdb.kind !== "off") {
      const key = modules.sources.GONOSUMDB === "default" && modules.env.GOPRIVATE ? "GOPRIVATE" : "GONOSUMDB";
      out.push({ messageId: "nosumdb", data: { key, ...nosumdb }, evidence: { GONOSUMDB: modules.env.GONOSUMDB, GOPRIVATE: modules.env.GOPRIVATE }, fixes: settingFixes(modules, key, null, "then list only private prefixes") });
    }
    const insecure = coveredPublic(modules.env.GOINSECURE);
    if (insecure) out.push({ messageId: "insecure", data: insecure, evidence: { GOINSECURE: modules.env.GOINSECURE }, fixes: settingFixes(modules, "GOINSECURE", null, "then list only hosts that truly lack TLS") });
    return out;
  }
});

// src/rules/modules/gd503-proxy-bypassed.ts
var gd503 = defineRule({
  id: "GD503",
  name: "proxy-bypassed",
  category: "modules",
  severity: "info",
  title: "GOPROXY is direct or off, or lists entries after direct/off",
  requires: ["modules"],
  messages: {
    direct: "GOPROXY={value} (from {source}) starts with direct: every module comes straight from its VCS host, with no mirror cache; fetches are slower and fail when a repository moves or disappears.{ignoredNote}",
    off: "GOPROXY={value} (from {source}) starts with off: the go command cannot download any module that is not already in the module cache{privateNote}.{ignoredNote}",
    ignored: "GOPROXY={value} (from {source}): the entries after {stop}, {ignored}, are never used: the go command stops at direct and off (modfetch proxyList), so they are no fallback."
  },
  fixTitles: { ...SETTING_FIX_TITLES },
  sources: ["https://go.dev/ref/mod#module-proxy", "src/cmd/go/internal/modfetch/proxy.go (proxyList: direct and off end the list)"],
  fixable: true,
  docs: {
    what: "Reports a GOPROXY whose first entry is `direct` or `off`, and entries after `direct` or `off`, which modfetch proxyList never reads.",
    why: 'With `direct`, each module is cloned from its origin with git (or hg, svn...), which is slower, needs the VCS tools and credentials, and breaks when an upstream repository is deleted or force-pushed; the module mirror keeps copies. With `off`, any module missing from the cache fails with "module lookup disabled by GOPROXY=off" (paths matched by GONOPROXY are still fetched directly).',
    fix: "Use the default https://proxy.golang.org,direct (or a company proxy followed by it) and exempt private modules with GOPRIVATE."
  },
  check({ modules }) {
    const first = modules.proxy.entries[0];
    if (!first || modules.proxy.error) return [];
    const stop = modules.proxy.entries.find((e) => e.kind !== "proxy")?.kind ?? "direct";
    const ignored = modules.proxy.ignored.join(", ");
    const data = {
      value: modules.env.GOPROXY,
      source: modules.sources.GOPROXY ?? "default",
      stop,
      ignored,
      privateNote: modules.env.GONOPROXY ? ` (paths matching GONOPROXY=${modules.env.GONOPROXY} are still fetched directly)` : "",
      ignoredNote: ignored ? ` The entries after ${stop} (${ignored}) are never used: the go command stops there.` : ""
    };
    if (first.kind === "proxy") {
      if (!ignored) return [];
      const kept = modules.proxy.entries.map((e) => e.url).join(",");
      return [{ messageId: "ignored", severity: "warning", data, evidence: { GOPROXY: modules.env.GOPROXY, ignored: modules.proxy.ignored }, fixes: settingFixes(modules, "GOPROXY", kept, `without the entries Go never reaches; put a fallback proxy before ${stop} if you meant one`) }];
    }
    const fixes = settingFixes(modules, "GOPROXY", "https://proxy.golang.org,direct", "the module mirror first, then direct");
    if (first.kind === "direct") return [{ messageId: "direct", data, evidence: { GOPROXY: modules.env.GOPROXY }, fixes }];
    return [{ messageId: "off", data, evidence: { GOPROXY: modules.env.GOPROXY }, fixes, severity: "warning" }];
  }
});

// src/rules/modules/gd504-credentials-in-goproxy.ts
var gd504 = defineRule({
  id: "GD504",
  name: "credentials-in-goproxy",
  category: "modules",
  severity: "error",
  title: "GOPROXY carries credentials in its URL",
  requires: ["modules"],
  messages: {
    userinfo: "GOPROXY entry {url} (from {source}) has credentials in the URL; they end up in `go env` output, CI logs, bug reports and process listings."
  },
  fixTitles: {
    ...SETTING_FIX_TITLES,
    keepTheCredentialsIn: "Keep the credentials in ~/.netrc (chmod 600) instead"
  },
  sources: ["https://go.dev/ref/mod#private-module-proxy-auth", "src/cmd/go/internal/auth/auth.go", "https://go.dev/doc/go1.24#go-command"],
  fixable: true,
  docs: {
    what: "Reports GOPROXY entries of the form https://user:token@host.",
    why: "GOPROXY is printed by `go env` and `go bug`, copied into CI logs and visible in the environment of every process. The go command can send the same credentials from ~/.netrc (or $NETRC) or, since Go 1.24, from a GOAUTH command, without putting them in a variable.",
    fix: "Move the credentials to a netrc entry for the proxy host (or a GOAUTH helper) and remove them from GOPROXY. Rotate the token if the value was ever logged."
  },
  check({ modules }) {
    return modules.proxy.entries.filter((e) => e.hasUserinfo).map((e) => {
      const host = proxyHost(e.url) ?? "proxy.example.com";
      return {
        messageId: "userinfo",
        data: { url: e.url, source: modules.sources.GOPROXY ?? "default" },
        evidence: { GOPROXY: modules.env.GOPROXY },
        fixes: [
          { kind: "manual", title: fixTitle("keepTheCredentialsIn"), steps: [`printf 'machine ${host.replace(/:\d+$/, "")} login USER password TOKEN\\n' >> ~/.netrc && chmod 600 ~/.netrc`, "Rotate the token if GOPROXY was ever printed in a log"], url: "https://go.dev/ref/mod#private-module-proxy-auth" },
          ...settingFixes(modules, "GOPROXY", modules.env.GOPROXY.replace(/\/\/[^/@,|]*@/g, "//"), "the same proxy without credentials")
        ]
      };
    });
  }
});

// src/rules/modules/gd505-proxy-fallthrough.ts
function withSeparator(entries, at, sep) {
  return entries.map((e, j) => e.url + (j === entries.length - 1 ? "" : j === at ? sep : e.fallBackOnError ? "|" : ",")).join("");
}
__name(withSeparator, "withSeparator");
var gd505 = defineRule({
  id: "GD505",
  name: "proxy-fallthrough",
  category: "modules",
  severity: "info",
  title: "GOPROXY fall-through will not happen when expected, or leaks paths onward",
  requires: ["modules"],
  messages: {
    commaStops: "GOPROXY lists {next} after {url} with a comma: if {url} times out, refuses the connection or answers 5xx/403, the go command stops there; {next} is tried only on 404 or 410.",
    pipeLeaks: "GOPROXY lists {next} after {url} with `|`: any error from {url} (a timeout, a 401) sends the request, module path included, on to {next}."
  },
  fixTitles: { ...SETTING_FIX_TITLES },
  sources: ["https://go.dev/ref/mod#goproxy-protocol", "src/cmd/go/internal/modfetch/proxy.go", "https://go.dev/doc/go1.15#go-command"],
  fixable: true,
  docs: {
    what: "Looks at each GOPROXY separator after a company (non-public) proxy: a comma that will not fall through on network errors, or a pipe that forwards requests meant for it to a public proxy.",
    why: "After `,` the go command tries the next entry only when a proxy answers 404 or 410 (fs.ErrNotExist); after `|` it tries the next entry on any error (Go 1.15+). Users who list a company proxy first usually expect the public mirror to take over when the company proxy is down, which needs `|`; but `|` also sends the company proxy's module paths to the public mirror whenever the company proxy fails.",
    fix: "Use `|` after a proxy when falling through on outages is wanted and the paths are public; keep `,` and exempt private paths with GOPRIVATE/GONOPROXY when they must not leave."
  },
  check({ modules }) {
    const entries = modules.proxy.entries;
    const out = [];
    for (let i = 0; i + 1 < entries.length; i++) {
      const e = entries[i];
      const next = entries[i + 1];
      if (e.kind !== "proxy" || next.kind === "off" || isPublicProxy(e.url)) continue;
      const data = { url: e.url, next: next.url };
      if (!e.fallBackOnError) {
        out.push({ messageId: "commaStops", data, evidence: { GOPROXY: modules.env.GOPROXY }, fixes: settingFixes(modules, "GOPROXY", withSeparator(entries, i, "|"), "fall through on any error") });
      } else if (next.kind === "direct" || isPublicProxy(next.url)) {
        out.push({ messageId: "pipeLeaks", data, evidence: { GOPROXY: modules.env.GOPROXY, GONOPROXY: modules.env.GONOPROXY }, fixes: settingFixes(modules, "GOPROXY", withSeparator(entries, i, ","), "fall through only on 404/410") });
      }
    }
    return out;
  }
});

// src/rules/modules/gd506-private-pattern-never-matches.ts
var WHY = {
  whitespace: "Go does not trim spaces around commas, and module paths contain none",
  scheme: "patterns are module path prefixes, never URLs",
  "bad-pattern": "it is not a valid path.Match pattern, so it matches nothing",
  ellipsis: "`...` is the go command's package wildcard; here it is three literal dots (the prefix alone already covers every path below it)",
  "has-version": "patterns hold paths, not path@version",
  uppercase: "module path hosts are lower case"
};
function suggestion(glob) {
  return glob.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").replace(/\/\.\.\.$/, "").replace(/@.*$/, "").replace(/^[^/]*/, (h) => h.toLowerCase());
}
__name(suggestion, "suggestion");
var gd506 = defineRule({
  id: "GD506",
  name: "private-pattern-never-matches",
  category: "modules",
  severity: "warning",
  title: "A GOPRIVATE, GONOPROXY, GONOSUMDB or GOINSECURE pattern can never match",
  requires: ["modules"],
  messages: {
    never: "{key} pattern {pattern} can never match a module path: {why}. Did you mean {suggestion}?"
  },
  fixTitles: { ...SETTING_FIX_TITLES },
  sources: ["src/cmd/vendor/golang.org/x/mod/module/module.go", "src/path/match.go", "https://go.dev/ref/mod#private-modules"],
  fixable: true,
  docs: {
    what: "Checks every comma-separated pattern of GOPRIVATE, GONOPROXY, GONOSUMDB and GOINSECURE for forms that module.MatchPrefixPatterns can never match: surrounding spaces, URL schemes, `/...`, @versions, upper-case hosts and malformed globs.",
    why: 'A pattern that never matches leaves the private modules it was meant for on the default route: their paths go to proxy.golang.org and sum.golang.org, the fetch fails with 404/410 or "verifying module", and nothing says the pattern was ignored.',
    fix: "Write plain path prefixes separated by commas without spaces: corp.example.com,*.corp.example.com,github.com/acme."
  },
  check({ modules }) {
    const out = [];
    const keys = ["GOPRIVATE", "GONOPROXY", "GONOSUMDB", "GOINSECURE"];
    for (const key of keys) {
      if (key !== "GOPRIVATE" && key !== "GOINSECURE" && modules.sources[key] === "default") continue;
      for (const glob of splitPatterns(modules.env[key])) {
        const problems = patternProblems(glob);
        if (problems.length === 0) continue;
        const fixed = splitPatterns(modules.env[key]).map((g) => patternProblems(g).length ? suggestion(g) : g).join(",");
        out.push({
          messageId: "never",
          data: { key, pattern: JSON.stringify(glob), why: problems.map((p) => WHY[p]).join("; "), suggestion: suggestion(glob) },
          evidence: { [key]: modules.env[key], problems },
          fixes: settingFixes(modules, key, fixed, "patterns Go can match")
        });
      }
    }
    return out;
  }
});

// src/rules/modules/gd507-private-module-leaks.ts
var gd507 = defineRule({
  id: "GD507",
  name: "private-module-leaks",
  category: "modules",
  severity: "warning",
  title: "A private-looking requirement is not covered by GOPRIVATE/GONOPROXY/GONOSUMDB",
  requires: ["modules"],
  messages: {
    leaks: '{module} looks private ({reason}) but is requested from {where}: its path leaks to a public service and the fetch fails with 404/410 or "verifying module".'
  },
  fixTitles: { ...SETTING_FIX_TITLES },
  sources: ["https://go.dev/ref/mod#private-modules", "src/cmd/go/internal/modfetch/proxy.go", "src/cmd/go/internal/modfetch/fetch.go"],
  fixable: true,
  docs: {
    what: "For every requirement of the current go.mod/go.work whose host is an IP address, an internal name (.internal, .corp, .local, .lan ...) or a prefix listed in privateHosts of the godiag config, checks the route the go command would take: a public proxy first, or the public checksum database.",
    why: `Unless GOPRIVATE (or GONOPROXY and GONOSUMDB) covers a path, the go command asks proxy.golang.org for it and checks new versions against sum.golang.org. That discloses the private module's path, and the public services answer 404/410 ("verifying module: ... reading https://sum.golang.org/lookup/...: 404 Not Found").`,
    fix: "Add the private prefixes to GOPRIVATE, keeping its current entries (go env -w GOPRIVATE=existing,corp.example.com), so they are fetched directly and skipped by the checksum database. Every finding proposes the same merged list, so applying one or all keeps every prefix."
  },
  check({ modules }) {
    const leaks = [];
    for (const req of modules.requirements) {
      const reason = privateReason(req.path, modules.privateHosts);
      const route = modules.routes.find((r) => r.module === req.path);
      if (!reason || !route || route.error) continue;
      const firstProxy = route.steps[0]?.kind === "proxy" && isPublicProxy(route.steps[0].url) ? route.steps[0].url : null;
      const sumdb = route.sumdb.consulted && route.sumdb.name === "sum.golang.org" ? "sum.golang.org" : null;
      if (!firstProxy && !sumdb) continue;
      const prefix = modules.privateHosts.find((h) => req.path.startsWith(h)) ?? req.path.split("/")[0];
      leaks.push({ req, reason, route, firstProxy, sumdb, prefix });
    }
    const prefixes = [...new Set(leaks.map((l) => l.prefix))];
    const merged = [...modules.env.GOPRIVATE ? modules.env.GOPRIVATE.split(",") : [], ...prefixes].filter(Boolean).join(",");
    const why = `${prefixes.join(", ")} ${prefixes.length > 1 ? "are" : "is"} fetched directly and not checked against sum.golang.org`;
    return leaks.map(({ req, reason, route, firstProxy, sumdb }) => ({
      messageId: "leaks",
      data: { module: req.path, reason, where: [firstProxy, sumdb && `the checksum database ${sumdb}`].filter(Boolean).join(" and ") },
      evidence: { route: route.steps.map((s) => s.url), sumdb: route.sumdb, GOPRIVATE: modules.env.GOPRIVATE, GONOPROXY: modules.env.GONOPROXY, GONOSUMDB: modules.env.GONOSUMDB },
      location: { file: req.file, line: req.line },
      fixes: settingFixes(modules, "GOPRIVATE", merged, why, "safe")
    }));
  }
});

// src/rules/modules/gd508-private-module-no-credentials.ts
var gd508 = defineRule({
  id: "GD508",
  name: "private-module-no-credentials",
  category: "modules",
  severity: "warning",
  title: "Private modules are fetched directly but no credentials are configured",
  requires: ["modules"],
  messages: {
    none: '{module} is fetched directly from {host}, but there is no netrc entry for it, no git insteadOf rewrite, no git credential helper and no GOAUTH command; with prompts disabled, git fails with "could not read Username ... terminal prompts disabled".'
  },
  fixTitles: {
    useSshForThis: "Use SSH for this host (needs an SSH key the host accepts)",
    orStoreAnHttps: "Or store an HTTPS token in ~/.netrc"
  },
  sources: ["https://go.dev/ref/mod#private-module-repo-auth", "src/cmd/go/internal/modload/init.go", "src/cmd/go/internal/auth/auth.go", "man:git-config(1)"],
  fixable: true,
  docs: {
    what: "For requirements routed straight to their origin by GONOPROXY/GOPRIVATE, checks for any credential source: a ~/.netrc (or $NETRC) machine entry for the host, a git url.<base>.insteadOf rewrite (to SSH or with a token), a git credential.helper, or a GOAUTH git/command entry.",
    why: 'In module mode the go command sets GIT_TERMINAL_PROMPT=0 unless it is already set, so git cannot ask for a password; an HTTPS fetch of a private repository without stored credentials fails with "terminal prompts disabled", 401 or 403, typically only in CI where no helper is configured.',
    fix: 'Add a netrc entry for the host, or rewrite HTTPS to SSH (git config --global url."git@host:".insteadOf "https://host/"), or configure a credential helper; in CI, inject a token.'
  },
  check({ modules }) {
    const out = [];
    const hosts = /* @__PURE__ */ new Set();
    const hasHelper = modules.git.credentialHelpers.length > 0;
    const goauthProvides = modules.goauth.commands.some((c) => c !== "netrc" && c !== "off");
    if (hasHelper || goauthProvides || modules.gitTerminalPrompt === "1") return [];
    for (const route of modules.routes) {
      if (route.noProxyPattern === null || route.steps[0]?.kind !== "direct") continue;
      const host = route.module.split("/")[0];
      if (coveredPublic(route.noProxyPattern ?? "") && !privateReason(route.module, modules.privateHosts)) continue;
      if (hosts.has(host)) continue;
      hosts.add(host);
      if (modules.netrc.machines.includes(host)) continue;
      const rewritten = modules.git.insteadOf.some((r) => r.insteadOf.includes(host));
      if (rewritten) continue;
      const req = modules.requirements.find((r) => r.path === route.module);
      out.push({
        messageId: "none",
        data: { module: route.module, host },
        evidence: { netrc: modules.netrc.path, netrcMachines: modules.netrc.machines, insteadOf: modules.git.insteadOf, credentialHelpers: modules.git.credentialHelpers, GOAUTH: modules.env.GOAUTH, GIT_TERMINAL_PROMPT: modules.gitTerminalPrompt },
        ...req ? { location: { file: req.file, line: req.line } } : {},
        fixes: [
          { kind: "command", title: fixTitle("useSshForThis"), command: `git config --global url."git@${host}:".insteadOf "https://${host}/"`, safety: "review" },
          { kind: "manual", title: fixTitle("orStoreAnHttps"), steps: [`printf 'machine ${host} login USER password TOKEN\\n' >> ~/.netrc`, "chmod 600 ~/.netrc"], url: "https://go.dev/ref/mod#private-module-repo-auth" }
        ]
      });
    }
    return out;
  }
});

// src/rules/modules/gd509-invalid-module-setting.ts
var gd509 = defineRule({
  id: "GD509",
  name: "invalid-module-setting",
  category: "modules",
  severity: "error",
  title: "GOPROXY, GOSUMDB or GOAUTH is invalid",
  requires: ["modules"],
  messages: {
    goproxy: "GOPROXY={value} (from {source}) is rejected: {error}. Every module download fails with this error.",
    goproxyUnset: 'GOPROXY is empty: nothing sets it (no environment variable, no go env -w entry, and {gorootEnv} has no GOPROXY line), and since Go 1.21 the default lives only in that file, so every module download fails with "{error}".',
    gosumdb: "GOSUMDB={value} (from {source}) is rejected: {error}. Every checksum lookup fails, so new dependencies cannot be added.",
    goauth: "GOAUTH={value} (from {source}) is rejected: {error}. The go command exits the first time it needs credentials."
  },
  fixTitles: { ...SETTING_FIX_TITLES },
  sources: ["src/cmd/go/internal/modfetch/proxy.go (proxyList)", 'src/cmd/go/internal/cfg/cfg.go (GOPROXY defaults to "" without go.env)', "src/cmd/go/internal/modfetch/sumdb.go", "src/cmd/go/internal/auth/auth.go"],
  fixable: true,
  docs: {
    what: "Parses GOPROXY, GOSUMDB and GOAUTH exactly as the go command does and reports values it rejects: a proxy URL without scheme or with another scheme than https, http or file; a list with no entries; a GOSUMDB that is neither a known name nor name+hash+key; GOAUTH=off combined with other commands or a relative `git` directory.",
    why: "`go env` prints these values without checking them; the error appears only when a module must be downloaded or verified, often in CI.",
    fix: "Correct the value at its source; the defaults are GOPROXY=https://proxy.golang.org,direct, GOSUMDB=sum.golang.org, GOAUTH=netrc."
  },
  check({ modules }) {
    const out = [];
    const src = /* @__PURE__ */ __name((k) => modules.sources[k] ?? "default", "src");
    const removable = /* @__PURE__ */ __name((k) => src(k) === "env" || src(k) === "user-file", "removable");
    if (modules.proxy.error && src("GOPROXY") === "default" && modules.env.GOPROXY === "") {
      out.push({ messageId: "goproxyUnset", data: { gorootEnv: "$GOROOT/go.env", error: modules.proxy.error }, fixes: settingFixes(modules, "GOPROXY", DEFAULT_GOPROXY, "the value Go ships in $GOROOT/go.env") });
    } else if (modules.proxy.error) out.push({ messageId: "goproxy", data: { value: JSON.stringify(modules.env.GOPROXY), source: src("GOPROXY"), error: modules.proxy.error }, fixes: settingFixes(modules, "GOPROXY", removable("GOPROXY") ? null : DEFAULT_GOPROXY, "back to the default") });
    if (modules.sumdb.error) out.push({ messageId: "gosumdb", data: { value: JSON.stringify(modules.env.GOSUMDB), source: src("GOSUMDB"), error: modules.sumdb.error }, fixes: settingFixes(modules, "GOSUMDB", removable("GOSUMDB") ? null : "sum.golang.org", "back to sum.golang.org") });
    for (const error of modules.goauth.errors) out.push({ messageId: "goauth", data: { value: JSON.stringify(modules.env.GOAUTH), source: src("GOAUTH"), error }, fixes: settingFixes(modules, "GOAUTH", removable("GOAUTH") ? null : "netrc", "back to netrc") });
    return out;
  }
});

// src/rules/modules/gd510-vcs-missing.ts
var gd510 = defineRule({
  id: "GD510",
  name: "vcs-missing",
  category: "modules",
  severity: "error",
  title: "Modules are fetched directly but git (or hg) is not on PATH",
  requires: ["modules"],
  messages: {
    missing: '{count} requirement(s), e.g. {module}, can only be fetched directly with {vcs}, which is not on PATH: `go mod download` fails with "{vcs}: executable file not found in $PATH".'
  },
  fixTitles: {
    installDebianUbuntu: "Install {vcs} (Debian/Ubuntu)",
    installAlpine: "Install {vcs} (Alpine)"
  },
  sources: ["https://go.dev/ref/mod#vcs", "src/cmd/go/internal/vcs/vcs.go"],
  fixable: true,
  docs: {
    what: "Reports requirements whose only route is the origin (GONOPROXY/GOPRIVATE match, or GOPROXY=direct) when the version-control tool they need is not on PATH. git is assumed unless the path names another VCS (.hg, launchpad.net ...).",
    why: "Direct fetches run the VCS command. Minimal containers (alpine, distroless, scratch builders) often lack git, so private modules fail to download there while working on laptops.",
    fix: "Install git (apk add git, apt-get install git) in the environment that runs go, or serve the modules from a proxy."
  },
  check({ modules }) {
    const missing = /* @__PURE__ */ new Map();
    for (const r of modules.routes) {
      if (r.steps.length !== 1 || r.steps[0].kind !== "direct" || r.vendorOnly) continue;
      const vcs = r.vcs ?? "git";
      const present = vcs === "git" ? modules.git.path : vcs === "hg" ? modules.hgPath : "unknown";
      if (present) continue;
      missing.set(vcs, [...missing.get(vcs) ?? [], r.module]);
    }
    return [...missing].map(([vcs, mods]) => ({
      messageId: "missing",
      data: { count: mods.length, module: mods[0], vcs },
      evidence: { modules: mods },
      fixes: [
        { kind: "command", title: fixTitle("installDebianUbuntu", { vcs }), os: "debian", command: `sudo apt-get install -y ${vcs === "hg" ? "mercurial" : vcs}`, safety: "review" },
        { kind: "command", title: fixTitle("installAlpine", { vcs }), os: "alpine", command: `apk add --no-cache ${vcs === "hg" ? "mercurial" : vcs}`, safety: "review" }
      ]
    }));
  }
});

// src/rules/modules/gd511-goproxy-semicolon.ts
var gd511 = defineRule({
  id: "GD511",
  name: "goproxy-semicolon",
  category: "modules",
  severity: "error",
  title: 'GOPROXY separates entries with ";", which Go does not split on',
  requires: ["modules"],
  messages: {
    semicolon: 'GOPROXY={value} (from {source}) uses ";" between entries, but the go command splits only at "," and "|": {entry} is one URL with host {host}, so every download fails with "dial tcp: lookup {host}: no such host".'
  },
  fixTitles: { ...SETTING_FIX_TITLES },
  sources: ['src/cmd/go/internal/modfetch/proxy.go (proxyList: strings.IndexAny(goproxy, ",|"))', "https://go.dev/ref/mod#goproxy-protocol"],
  fixable: true,
  docs: {
    what: 'Reports a GOPROXY entry that contains ";", as written by people used to PATH-like lists on Windows or to GOAUTH, whose commands are ";"-separated.',
    why: 'proxyList splits GOPROXY at "," (fall through on 404/410) and "|" (fall through on any error) only. The entry keeps its ";" and the rest of the list, becomes the host part of the proxy URL, and DNS cannot resolve it: every module download fails, with an error that names a host nobody wrote.',
    fix: 'Separate entries with "," (or "|" to fall through on any error).'
  },
  check({ modules }) {
    const value = modules.env.GOPROXY;
    const entry = value.split(/[,|]/).map((e) => e.trim()).find((e) => e.includes(";"));
    if (!entry) return [];
    const host = /^[a-z][a-z0-9+.-]*:\/\/([^/]*)/i.exec(entry)?.[1]?.replace(/^[^@]*@/, "") ?? entry.split("/")[0];
    return [{
      messageId: "semicolon",
      data: { value, source: modules.sources.GOPROXY ?? "default", entry, host },
      evidence: { GOPROXY: value },
      fixes: settingFixes(modules, "GOPROXY", value.replace(/\s*;\s*/g, ","), "the same entries, separated by commas")
    }];
  }
});

// src/rules/modules/gd512-govcs-forbids-fetch.ts
var gd512 = defineRule({
  id: "GD512",
  name: "govcs-forbids-fetch",
  category: "modules",
  severity: "error",
  title: "GOVCS forbids the version control tool a direct fetch needs, or GOVCS is invalid",
  requires: ["modules"],
  messages: {
    refused: '{module} is fetched directly from its repository ({why}), but GOVCS={govcs} (from {source}) does not allow {vcs} for it: the fetch fails with "{error}".',
    invalid: 'GOVCS={govcs} (from {source}) is rejected: "{error}"; every direct fetch ({modules}) fails with it.'
  },
  fixTitles: { ...SETTING_FIX_TITLES },
  sources: ["src/cmd/go/internal/vcs/vcs.go (parseGOVCS, govcsConfig.allow, checkGOVCS)", "https://go.dev/ref/mod#vcs-govcs"],
  fixable: true,
  docs: {
    what: `Applies GOVCS to every requirement the go command fetches directly (GONOPROXY/GOPRIVATE, or GOPROXY=direct): the user's rules first, then the defaults private:all,public:git|hg; "private" means GOPRIVATE matches. Where the path does not name the tool (known hosts, .git/.hg elements), git is assumed.`,
    why: `checkGOVCS runs before any git, hg, svn, bzr or fossil command: a path whose rule does not list the tool fails with "GOVCS disallows using git for public example.com/x; see 'go help vcs'". A typo such as GOVCS=*:git;hg or a missing colon makes every direct fetch fail. Fetches through a proxy are never checked.`,
    fix: "Allow the tool for that path (GOVCS=example.com:git|hg, or private:all with the path in GOPRIVATE), or fetch it through a proxy."
  },
  check({ modules }) {
    const govcs = modules.env.GOVCS ?? "";
    const source = modules.sources.GOVCS ?? "default";
    const direct = modules.routes.filter((r) => r.steps[0]?.kind === "direct" && !r.error);
    const parsed = parseGovcs(govcs);
    if (parsed.error) {
      if (direct.length === 0) return [];
      return [{ messageId: "invalid", data: { govcs, source, error: parsed.error, modules: direct.slice(0, 3).map((r) => r.module).join(", ") + (direct.length > 3 ? ", ..." : "") }, fixes: settingFixes(modules, "GOVCS", source === "env" || source === "user-file" ? null : "", "back to the default private:all,public:git|hg") }];
    }
    return direct.filter((r) => r.govcs).map((r) => {
      const req = modules.requirements.find((q) => q.path === r.module);
      return {
        messageId: "refused",
        data: { module: r.module, why: r.noProxyPattern !== null ? `GONOPROXY/GOPRIVATE pattern ${r.noProxyPattern}` : "GOPROXY", govcs: govcs || "(default)", source, vcs: r.vcs ?? "git", error: r.govcs },
        evidence: { route: r.steps.map((s) => s.url), GOPRIVATE: modules.env.GOPRIVATE },
        ...req ? { location: { file: req.file, line: req.line } } : {},
        fixes: settingFixes(modules, "GOVCS", [`${r.module.split("/")[0]}:${r.vcs ?? "git"}`, govcs].filter(Boolean).join(","), `allow ${r.vcs ?? "git"} for ${r.module.split("/")[0]}`)
      };
    });
  }
});

// src/rules/modules/gosum-shared.ts
var WEAKENING_RULES = "GD501 (GOSUMDB=off), GD502 (broad GONOSUMDB/GOPRIVATE) and GD706 (GOFLAGS=-mod=mod in CI)";

// src/rules/modules/gd520-gosum-missing-entry.ts
var gd520 = defineRule({
  id: "GD520",
  name: "gosum-missing-entry",
  category: "modules",
  severity: "error",
  title: "go.mod requires a module version that go.sum has no line for",
  requires: ["project", "gosum"],
  messages: {
    noGoSum: '{file} requires {count} module version(s) but {gosum} does not exist: go commands that load the module graph fail with "missing go.sum entry".',
    goModLine: '{module} {version} is required, but go.sum has no "{module} {version}/go.mod" line: go commands that load the module graph fail with "missing go.sum entry for go.mod file".',
    zipLine: '{module} {version} is a direct requirement, but go.sum has no "{module} {version}" line (the hash of its content): building its packages fails with "missing go.sum entry for module providing package".'
  },
  fixTitles: {
    writeGoSum: "Write go.sum",
    addTheMissingLines: "Add the missing lines (checked against the checksum database)"
  },
  sources: ["src/cmd/go/internal/modfetch/fetch.go", "src/cmd/go/internal/modload/import.go", "https://go.dev/ref/mod#go-sum-files", "https://go.dev/ref/mod#authenticating"],
  fixable: true,
  docs: {
    what: `Reads go.mod and the go.sum beside it (no network) and reports each requirement (after replace directives; local directory replacements need no line) without a "/go.mod" hash line, and each direct requirement without a content hash line. In workspace mode go also reads go.work.sum, so nothing is reported there. Related: ${WEAKENING_RULES}, which switch off or hide this check.`,
    why: "go.sum is how the go command authenticates every module it downloads. Since Go 1.16 builds run with -mod=readonly and refuse to add missing lines themselves, so a go.sum edited by hand, merged badly or not committed makes builds fail in CI; with GOFLAGS=-mod=mod the lines are added silently, from whatever the proxy serves when GOSUMDB is off.",
    fix: "Run `go mod tidy` (or `go mod download <module>`) with the checksum database on, and commit go.sum."
  },
  check({ project, gosum }) {
    const mod = project.gomod;
    if (!mod || gosum.workspace || !gosum.path) return [];
    const fetched = mod.requires.map((r) => ({ r, v: fetchedVersion(mod.replaces, r.path, r.version) })).filter((x) => x.v !== null);
    if (fetched.length === 0) return [];
    if (!gosum.exists) {
      return [{ messageId: "noGoSum", data: { file: mod.path, count: fetched.length, gosum: gosum.path }, location: { file: mod.path }, fixes: [{ kind: "command", title: fixTitle("writeGoSum"), command: "go mod tidy", safety: "review" }] }];
    }
    const have = new Set(gosum.lines.map((l) => `${l.path} ${l.version}${l.goMod ? "/go.mod" : ""}`));
    const out = [];
    for (const { r, v } of fetched) {
      const data = { module: v.path, version: v.version };
      const fix = { kind: "command", title: fixTitle("addTheMissingLines"), command: `go mod download ${v.path}@${v.version}`, safety: "safe" };
      if (!have.has(`${v.path} ${v.version}/go.mod`)) out.push({ messageId: "goModLine", data, location: { file: mod.path, line: r.line }, fixes: [fix] });
      else if (!r.indirect && !have.has(`${v.path} ${v.version}`)) out.push({ messageId: "zipLine", data, location: { file: mod.path, line: r.line }, fixes: [fix] });
    }
    return out;
  }
});

// src/rules/modules/gd521-gosum-stale-entry.ts
var gd521 = defineRule({
  id: "GD521",
  name: "gosum-stale-entry",
  category: "modules",
  severity: "info",
  title: "go.sum holds content hashes of module versions no longer required",
  requires: ["project", "gosum"],
  messages: {
    stale: "{gosum} holds the content hash of {count} module version(s) go.mod no longer requires: {entries}. They are left from older requirements; `go mod tidy` removes them."
  },
  fixTitles: {
    tidyGoModAnd: "Tidy go.mod and go.sum"
  },
  sources: ["https://go.dev/ref/mod#go-sum-files", "src/cmd/go/internal/modload/init.go"],
  fixable: true,
  docs: {
    what: 'Lists go.sum content-hash lines ("module version h1:...", not "/go.mod" lines) for a module that go.mod requires at another version. "/go.mod" lines of other versions are kept: go needs them to load the module graph.',
    why: "Only the selected version of a module is downloaded and built, so the other content hashes are never consulted. They are harmless but hide what the project really depends on, and make reviews of go.sum changes noisier.",
    fix: "Run `go mod tidy`."
  },
  check({ project, gosum }) {
    const mod = project.gomod;
    if (!mod || gosum.workspace || !gosum.exists) return [];
    const required = /* @__PURE__ */ new Map();
    for (const r of mod.requires) {
      const v = fetchedVersion(mod.replaces, r.path, r.version);
      if (v) required.set(v.path, v.version);
    }
    const stale = gosum.lines.filter((l) => !l.goMod && required.has(l.path) && required.get(l.path) !== l.version);
    if (stale.length === 0) return [];
    const shown = stale.slice(0, 8).map((l) => `${l.path} ${l.version} (line ${l.line}; required: ${required.get(l.path)})`).join(", ");
    return [{
      messageId: "stale",
      data: { gosum: gosum.path ?? "go.sum", count: stale.length, entries: stale.length > 8 ? `${shown} and ${stale.length - 8} more` : shown },
      location: { file: gosum.path ?? "go.sum", line: stale[0].line },
      fixes: [{ kind: "command", title: fixTitle("tidyGoModAnd"), command: "go mod tidy", safety: "review" }]
    }];
  }
});

// src/rules/modules/gd522-gosum-cache-mismatch.ts
var gd522 = defineRule({
  id: "GD522",
  name: "gosum-cache-mismatch",
  category: "modules",
  severity: "error",
  title: "go.sum and the module cache disagree about a module version",
  requires: ["gosum"],
  messages: {
    mismatch: 'go.sum line {line} records {gosum} for {module} {version}{what}, but the module cache holds {cache} ({file}): go.sum or the cache was altered, and go commands using it fail with "checksum mismatch ... SECURITY ERROR".'
  },
  fixTitles: {
    reHashTheModule: "Re-hash the module cache against what go recorded"
  },
  sources: ["src/cmd/go/internal/modfetch/fetch.go", "src/cmd/go/internal/modfetch/cache.go", "https://go.dev/ref/mod#module-cache", "https://pkg.go.dev/golang.org/x/mod/sumdb/dirhash#Hash1"],
  fixable: true,
  docs: {
    what: `Offline, compares each go.sum line with the module cache: the content hash with the .ziphash go wrote after downloading the zip, and the "/go.mod" hash with the h1 (dirhash Hash1) of the cached .mod file, and reports both hashes where they differ. Related: ${WEAKENING_RULES}.`,
    why: "go checks a download against go.sum once; later builds trust the cache's .ziphash. A go.sum line changed by hand (or a merge) or a cache changed after download means one of them no longer describes the code that gets built: either someone tampered with a file, or go.sum was edited to match tampered code.",
    fix: "Find out which side changed: `go mod verify` re-hashes the cache; `git log -p go.sum` shows who changed the line. Then `go clean -modcache` and download again with the checksum database on."
  },
  check({ gosum }) {
    return gosum.cache.mismatches.map((m) => ({
      messageId: "mismatch",
      data: { line: m.line, gosum: m.gosum, module: m.path, version: m.version, what: m.goMod ? " (its go.mod)" : "", cache: m.cache, file: m.file },
      location: gosum.path ? { file: gosum.path, line: m.line } : void 0,
      evidence: { gosum: m.gosum, cache: m.cache, file: m.file },
      fixes: [{ kind: "command", title: fixTitle("reHashTheModule"), command: "go mod verify", safety: "safe" }]
    }));
  }
});

// src/rules/modules/gd523-gosum-malformed.ts
var gd523 = defineRule({
  id: "GD523",
  name: "gosum-malformed",
  category: "modules",
  severity: "error",
  title: "go.sum has a line go cannot read",
  requires: ["gosum"],
  messages: {
    malformed: '{gosum}:{line} does not have 3 fields ("{text}"): every go command but `go mod tidy` stops with "malformed go.sum".'
  },
  fixTitles: {
    rewriteGoSum: "Rewrite go.sum"
  },
  sources: ["src/cmd/go/internal/modfetch/fetch.go"],
  fixable: true,
  docs: {
    what: "Reports go.sum lines that do not split into exactly three fields (module, version, hash), as cmd/go readGoSum requires.",
    why: 'Merge conflict markers, a line joined with the next, or a pasted comment make go.sum unreadable: go exits with "malformed go.sum: ... wrong number of fields", before doing anything else.',
    fix: "Delete the line (or resolve the merge) and run `go mod tidy`, which ignores malformed lines and rewrites the file."
  },
  check({ gosum }) {
    return gosum.malformed.map((m) => ({
      messageId: "malformed",
      data: { gosum: gosum.path ?? "go.sum", line: m.line, text: m.text.slice(0, 120) },
      location: gosum.path ? { file: gosum.path, line: m.line } : void 0,
      fixes: [{ kind: "command", title: fixTitle("rewriteGoSum"), command: "go mod tidy", safety: "review" }]
    }));
  }
});

// src/rules/modules/gd524-stdlib-advisories.ts
var gd524 = defineRule({
  id: "GD524",
  name: "stdlib-advisories",
  category: "modules",
  severity: "warning",
  title: "The Go release that runs here has known standard-library or go command vulnerabilities",
  requires: ["vulns"],
  messages: {
    stdlib: "{goVersion}: {count} standard-library advisories, fixed from {firstFix} on (all of them by {fixedIn}): {ids}. Every binary built with it carries the affected packages it uses. {matching}.",
    goCommand: '{goVersion}: {count} advisories for the go command itself (module "toolchain"): {ids}. {matching}.'
  },
  fixTitles: {
    installAFixedRelease: "Install a fixed release and rebuild"
  },
  sources: [...VULN_SOURCES, "https://go.dev/doc/devel/release"],
  fixable: true,
  docs: {
    what: `Matches the version of the go that runs here against the Go vulnerability database read offline (module "stdlib" for the standard library, "toolchain" for the go command), with Go's version rules (go1.21rc2 is v1.21.0-rc.2).`,
    why: "Standard-library fixes reach a program only when it is rebuilt with a fixed release. Version matching says which advisories a release carries; govulncheck says whether a given program calls the affected functions.",
    fix: "Install the fixed minor release of the same Go version (or newer) and rebuild; run govulncheck on programs to see which advisories they reach."
  },
  check({ vulns }) {
    const t = vulns.toolchain;
    if (!t) return [];
    const out = [];
    const fixedIn = fixedInAll(t.stdlib);
    const firstFix = earliestFix(t.stdlib);
    if (t.stdlib.length) {
      out.push({
        messageId: "stdlib",
        data: { goVersion: t.goVersion, count: t.stdlib.length, firstFix: firstFix ? semverToGo(firstFix) : "no release yet", fixedIn: fixedIn ? semverToGo(fixedIn) : "no release yet", ids: listAdvisories(t.stdlib), matching: VERSION_MATCHING },
        evidence: { database: vulns.db?.dir, advisories: t.stdlib.map((a) => ({ id: a.id, fixed: a.fixed, aliases: a.aliases, summary: a.summary })) },
        fixes: [{ kind: "manual", title: fixTitle("installAFixedRelease"), steps: [`Install ${fixedIn ? semverToGo(fixedIn) : "the newest release"} or newer from https://go.dev/dl/`, "Rebuild and redeploy the programs built with this release", "govulncheck ./... shows which advisories each program reaches"], url: "https://go.dev/doc/security/vuln/" }]
      });
    }
    if (t.goCommand.length) out.push({ messageId: "goCommand", data: { goVersion: t.goVersion, count: t.goCommand.length, ids: listAdvisories(t.goCommand), matching: VERSION_MATCHING } });
    return out;
  }
});

// src/rules/modules/gd526-vulndb-missing.ts
var gd526 = defineRule({
  id: "GD526",
  name: "vulndb-missing",
  category: "modules",
  severity: "info",
  title: "No Go vulnerability database is available offline",
  requires: ["vulns"],
  messages: {
    missing: "Known vulnerabilities were not checked: {howTo}."
  },
  fixTitles: {
    fetchGolangOrgX: "Fetch golang.org/x/vulndb into the module cache"
  },
  sources: [...VULN_SOURCES, "https://pkg.go.dev/golang.org/x/vulndb"],
  fixable: true,
  docs: {
    what: "Reports that neither --vulndb DIR nor golang.org/x/vulndb in the module cache was found, so the vulnerability rules had nothing to match against.",
    why: 'godiag never downloads on its own. Without a database, "no vulnerable versions" would be a silent pass that means nothing.',
    fix: "Run `godiag vulndb update` (uses your GOPROXY and checksum settings) or point --vulndb at a directory of OSV files."
  },
  check({ vulns }) {
    if (vulns.db) return [];
    return [{ messageId: "missing", data: { howTo: vulns.howTo ?? "no database" }, fixes: [{ kind: "command", title: fixTitle("fetchGolangOrgX"), command: "godiag vulndb update", safety: "safe" }] }];
  }
});

// src/rules/modules/index.ts
var MODULES_RULES = [gd501, gd502, gd503, gd504, gd505, gd506, gd507, gd508, gd509, gd510, gd511, gd512, gd520, gd521, gd522, gd523, gd524, gd525, gd526, gd527];

export {
  MODULES_RULES
};
