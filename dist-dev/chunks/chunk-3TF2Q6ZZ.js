import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  compareSemver
} from "./chunk-MYFXW2B4.js";
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/rules/modules/vuln-shared.ts
var VULN_SOURCES = ["https://go.dev/security/vuln/database", "https://ossf.github.io/osv-schema/", "https://pkg.go.dev/golang.org/x/mod/semver", "https://go.dev/doc/security/vuln/"];
var VERSION_MATCHING = "This is version matching against the Go vulnerability database, not govulncheck's check of whether your code reaches the vulnerable symbols";
function listAdvisories(a, max = 8) {
  const shown = a.slice(0, max).map((x) => `${x.id}${x.fixed ? ` (fixed in ${x.fixed})` : " (no fix)"}`).join(", ");
  return a.length > max ? `${shown} and ${a.length - max} more` : shown;
}
__name(listAdvisories, "listAdvisories");
var fixesOf = /* @__PURE__ */ __name((a) => a.map((x) => x.fixed).filter((f) => !!f).sort(compareSemver), "fixesOf");
function fixedInAll(a) {
  return fixesOf(a).at(-1) ?? null;
}
__name(fixedInAll, "fixedInAll");
function earliestFix(a) {
  return fixesOf(a)[0] ?? null;
}
__name(earliestFix, "earliestFix");
var semverToGo = /* @__PURE__ */ __name((v) => v.replace(/^v(\d+\.\d+\.\d+)(?:-(rc|beta|alpha)\.(\d+))?$/, (_m, core, pre, n) => `go${core}${pre ? `${pre}${n}` : ""}`), "semverToGo");

export {
  VULN_SOURCES,
  VERSION_MATCHING,
  listAdvisories,
  fixedInAll,
  earliestFix,
  semverToGo
};
