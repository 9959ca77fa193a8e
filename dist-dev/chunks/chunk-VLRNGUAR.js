import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  VERSION_MATCHING,
  VULN_SOURCES,
  fixedInAll,
  listAdvisories
} from "./chunk-3TF2Q6ZZ.js";
import {
  dirOf,
  matchingPattern
} from "./chunk-CBPLS572.js";
import {
  defineRule,
  fixTitle
} from "./chunk-NUDDGLDA.js";
import {
  REDACTED,
  holdsSecret
} from "./chunk-OQWCGIDS.js";
import {
  shQuote
} from "./chunk-ER3ZTGQR.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/knowledge/module-hosts.ts
var PUBLIC_PROBE_SOURCES = {
  "github.com/stretchr/testify": "https://pkg.go.dev/github.com/stretchr/testify",
  "golang.org/x/text": "https://pkg.go.dev/golang.org/x/text",
  "google.golang.org/grpc": "https://pkg.go.dev/google.golang.org/grpc",
  "gopkg.in/yaml.v3": "https://pkg.go.dev/gopkg.in/yaml.v3",
  "go.uber.org/zap": "https://pkg.go.dev/go.uber.org/zap",
  "k8s.io/api": "https://pkg.go.dev/k8s.io/api",
  "rsc.io/quote": "https://pkg.go.dev/rsc.io/quote",
  "gitlab.com/gitlab-org/api/client-go": "https://pkg.go.dev/gitlab.com/gitlab-org/api/client-go",
  "bitbucket.org/creachadair/shell": "https://pkg.go.dev/bitbucket.org/creachadair/shell",
  "cloud.google.com/go": "https://pkg.go.dev/cloud.google.com/go",
  "go.opentelemetry.io/otel": "https://pkg.go.dev/go.opentelemetry.io/otel"
};
var PUBLIC_PROBES = Object.keys(PUBLIC_PROBE_SOURCES);
var INTERNAL_TLD_SOURCES = {
  local: "https://www.rfc-editor.org/rfc/rfc6762#section-3",
  internal: "https://www.icann.org/en/board-activities-and-meetings/materials/approved-resolutions-special-meeting-of-the-icann-board-29-07-2024-en",
  intranet: "https://www.rfc-editor.org/rfc/rfc6762#appendix-G",
  corp: "https://www.rfc-editor.org/rfc/rfc6762#appendix-G",
  lan: "https://www.rfc-editor.org/rfc/rfc6762#appendix-G",
  private: "https://www.rfc-editor.org/rfc/rfc6762#appendix-G",
  localdomain: "man:hosts(5)",
  "home.arpa": "https://www.rfc-editor.org/rfc/rfc8375",
  test: "https://www.rfc-editor.org/rfc/rfc6761#section-6.2",
  invalid: "https://www.rfc-editor.org/rfc/rfc6761#section-6.4",
  localhost: "https://www.rfc-editor.org/rfc/rfc6761#section-6.3"
};
var INTERNAL_TLDS = Object.keys(INTERNAL_TLD_SOURCES);
var PUBLIC_PROXY_SOURCES = {
  "proxy.golang.org": "https://proxy.golang.org/",
  "goproxy.io": "https://goproxy.io/",
  "goproxy.cn": "https://goproxy.cn/",
  "mirrors.aliyun.com": "https://developer.aliyun.com/mirror/goproxy",
  "goproxy.dev": "https://goproxy.dev/",
  "mirrors.tencent.com": "https://mirrors.tencent.com/help/go.html"
};
var PUBLIC_PROXY_HOSTS = Object.keys(PUBLIC_PROXY_SOURCES);

// src/rules/modules/helpers.ts
var SETTING_FIX_TITLES = {
  credentialsHidden: "{key} holds credentials godiag does not show: edit it {where} ({why})",
  exportedInEnv: "{key} comes from the process environment: change it where it is exported ({why})",
  forThisShell: "For this shell only",
  removeFromGoEnvFile: "Remove {key} from the go env file",
  setInGoEnvFile: "Set {key} in the go env file"
};
function settingFixes(m, key, value, why, safety = "review") {
  const source = m.sources[key] ?? "default";
  const where = source === "env" ? "where it is exported (shell startup files, CI or container environment)" : "in the go env file (go env GOENV)";
  if (value !== null && holdsSecret(value)) {
    return [{ kind: "manual", title: fixTitle("credentialsHidden", { key, where, why }), steps: [`Change ${key} ${where} to the form ${value}, keeping your credentials in place of ${REDACTED}`], url: "https://go.dev/ref/mod#environment-variables" }];
  }
  const assignment = value === null ? null : shQuote(`${key}=${value}`);
  const fixes = [];
  if (source === "env") {
    fixes.push({
      kind: "manual",
      title: fixTitle("exportedInEnv", { key, why }),
      steps: [
        `Find the export: grep -n '${key}' ~/.profile ~/.bashrc ~/.zshrc ~/.config/fish/config.fish /etc/environment, and your CI or container env`,
        assignment === null ? `Remove the ${key} line` : `Set ${assignment} there`
      ],
      url: "https://go.dev/ref/mod#environment-variables"
    });
    fixes.push({ kind: "command", title: fixTitle("forThisShell"), shell: "sh", command: assignment === null ? `unset ${key}` : `export ${assignment}`, safety: "safe" });
  } else {
    fixes.push({
      kind: "command",
      title: fixTitle(value === null ? "removeFromGoEnvFile" : "setInGoEnvFile", { key }),
      command: assignment === null ? `go env -u ${key}` : `go env -w ${assignment}`,
      safety
    });
  }
  return fixes;
}
__name(settingFixes, "settingFixes");
function coveredPublic(globs) {
  for (const p of PUBLIC_PROBES) {
    const pattern = matchingPattern(globs, p);
    if (pattern !== null) return { pattern, example: p };
  }
  return null;
}
__name(coveredPublic, "coveredPublic");
function privateReason(module, privateHosts) {
  const host = (module.split("/")[0] ?? "").toLowerCase().replace(/:\d+$/, "");
  const marked = privateHosts.find((h) => matchingPattern(h, module) !== null);
  if (marked) return `it matches privateHosts entry ${marked} in the godiag config`;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) return `its host ${host} is an IP address`;
  const tld = INTERNAL_TLDS.find((t) => host === t || host.endsWith("." + t));
  if (tld) return `its host ${host} ends in .${tld}, which public DNS does not resolve`;
  return null;
}
__name(privateReason, "privateReason");
function isPublicProxy(url) {
  const host = /^[a-z]+:\/\/(?:[^/@]*@)?([^/:]+)/i.exec(url)?.[1]?.toLowerCase() ?? "";
  return PUBLIC_PROXY_HOSTS.some((h) => host === h || host.endsWith("." + h));
}
__name(isPublicProxy, "isPublicProxy");
function inModuleDir(goMod) {
  const dir = dirOf(goMod);
  return goMod.startsWith("/") || dir === "" || dir === "." ? "" : `cd ${shQuote(dir)} && `;
}
__name(inModuleDir, "inModuleDir");

// src/rules/modules/gd525-module-advisories.ts
var gd525 = defineRule({
  id: "GD525",
  name: "module-advisories",
  category: "modules",
  severity: "warning",
  title: "go.mod requires a module version with known vulnerabilities",
  requires: ["vulns"],
  messages: {
    advisories: "{module} {version} has {count} known advisories: {ids}; {fixedIn}. {matching}."
  },
  fixTitles: {
    upgradeToTheFixed: "Upgrade to the fixed version"
  },
  sources: VULN_SOURCES,
  fixable: true,
  docs: {
    what: "Matches each go.mod requirement (after replace directives) against the Go vulnerability database read offline, by the module's version (OSV SEMVER ranges, Go's v-prefixed and pseudo-versions).",
    why: "A requirement at an affected version puts vulnerable code in every build that uses the affected packages. Version matching finds it without building; govulncheck then tells whether the code is reached.",
    fix: "Upgrade the requirement to the fixed version (`go get module@version`, then `go mod tidy`), and run govulncheck to see which advisories are reachable."
  },
  check({ vulns }) {
    return vulns.modules.map((m) => {
      const fixed = fixedInAll(m.advisories);
      return {
        messageId: "advisories",
        data: { module: m.path, version: m.version, count: m.advisories.length, ids: listAdvisories(m.advisories), fixedIn: fixed ? `all with a fix are fixed in ${fixed}` : "no fixed version yet", matching: VERSION_MATCHING },
        location: { file: m.file, line: m.line },
        evidence: { advisories: m.advisories.map((a) => ({ id: a.id, fixed: a.fixed, aliases: a.aliases, summary: a.summary })) },
        fixes: fixed ? [{ kind: "command", title: fixTitle("upgradeToTheFixed"), command: `${inModuleDir(m.file)}go get ${m.path}@${fixed} && go mod tidy`, safety: "review" }] : []
      };
    });
  }
});

// src/rules/modules/gd527-required-version-retracted.ts
var gd527 = defineRule({
  id: "GD527",
  name: "required-version-retracted",
  category: "modules",
  severity: "warning",
  title: "go.mod requires a module version its author retracted",
  requires: ["retractions"],
  messages: {
    retracted: 'go.mod line {line} requires {module} {version}, which its author retracted ({retraction}{rationale}) in the go.mod of {latest}, the newest version of it in the module cache: go list -m -u marks it "(retracted)", and `go get {module}@latest` moves off it.'
  },
  fixTitles: {
    moveOffIt: "Require the latest version that is not retracted"
  },
  sources: ["https://go.dev/ref/mod#go-mod-file-retract", "src/cmd/go/internal/modload/modfile.go (checkRetractions)", "src/cmd/go/internal/modload/query.go", "https://go.dev/ref/mod#version-queries"],
  fixable: true,
  docs: {
    what: "Offline (doctor: the project's go.mod; lint: every go.mod it reads, with the module cache at $GOMODCACHE, else $GOPATH/pkg/mod), reads the go.mod of the newest version of each required module that the module cache holds (the version a `latest` query would pick among them: releases before pre-releases, +incompatible versions last) and reports a requirement inside one of its `retract` ranges. A module without a cached go.mod newer than the requirement is not judged: godiag never asks the network, so a retraction published since the cache was filled is missed until a go command fetches that go.mod (`go list -m -u all` does).",
    why: 'Authors retract versions that are broken, insecure or published by mistake; the go command applies the retractions of the latest version. go build does not stop on them, so a retracted version stays in go.mod until someone runs go list -m -u or go get, which warn "retracted by module author".',
    fix: "Run `go get MODULE@latest` (the latest query skips retracted versions, and moves a requirement off a retracted one even when that is a lower version), then `go mod tidy`, and test."
  },
  check({ retractions }) {
    return retractions.retracted.map((r) => ({
      messageId: "retracted",
      data: { line: r.line, module: r.path, version: r.version, retraction: `retract ${r.retraction}`, rationale: r.rationale ? `: "${r.rationale}"` : "", latest: r.latest },
      location: { file: r.goMod, line: r.line },
      evidence: { latestGoMod: r.file, retraction: r.retraction, rationale: r.rationale },
      fixes: [{ kind: "command", title: fixTitle("moveOffIt"), command: `${inModuleDir(r.goMod)}go get ${r.path}@latest && go mod tidy`, safety: "review" }]
    }));
  }
});

export {
  SETTING_FIX_TITLES,
  settingFixes,
  coveredPublic,
  privateReason,
  isPublicProxy,
  gd525,
  gd527
};
