import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/knowledge/goflags.ts
var KNOWN_GOFLAGS = /* @__PURE__ */ new Set([
  // build flags (go help build)
  "a",
  "n",
  "p",
  "race",
  "msan",
  "asan",
  "cover",
  "covermode",
  "coverpkg",
  "v",
  "work",
  "x",
  "asmflags",
  "buildmode",
  "buildvcs",
  "compiler",
  "gccgoflags",
  "gcflags",
  "installsuffix",
  "ldflags",
  "linkshared",
  "mod",
  "modcacherw",
  "modfile",
  "overlay",
  "pgo",
  "pkgdir",
  "tags",
  "trimpath",
  "toolexec",
  "json",
  "o",
  // test flags (go help testflag)
  "count",
  "cpu",
  "failfast",
  "fullpath",
  "fuzz",
  "fuzztime",
  "fuzzminimizetime",
  "list",
  "parallel",
  "run",
  "short",
  "shuffle",
  "skip",
  "timeout",
  "vet",
  "bench",
  "benchmem",
  "benchtime",
  "blockprofile",
  "blockprofilerate",
  "coverprofile",
  "cpuprofile",
  "memprofile",
  "memprofilerate",
  "mutexprofile",
  "mutexprofilefraction",
  "outputdir",
  "trace",
  "c",
  "exec",
  // get, list, mod, work, env, version and debug flags
  "t",
  "u",
  "d",
  "f",
  "fix",
  "insecure",
  "tool",
  "compiled",
  "deps",
  "e",
  "export",
  "find",
  "m",
  "retracted",
  "reuse",
  "test",
  "versions",
  "i",
  "r",
  "w",
  "diff",
  "go",
  "exclude",
  "droprequire",
  "require",
  "replace",
  "dropreplace",
  "retract",
  "dropretract",
  "print",
  "fmt",
  "changed",
  "toolchain",
  "debug-actiongraph",
  "debug-trace",
  "debug-runtime-trace"
]);
var GOFLAGS_QUOTES_SINCE = "1.21";
function splitQuoted(s) {
  const words = [];
  let i = 0;
  const space = /* @__PURE__ */ __name((c) => c === " " || c === "	" || c === "\n" || c === "\r", "space");
  while (i < s.length) {
    while (i < s.length && space(s[i])) i++;
    if (i >= s.length) break;
    const q = s[i];
    if (q === '"' || q === "'") {
      const end = s.indexOf(q, i + 1);
      if (end < 0) return { words, error: `unterminated ${q} string` };
      words.push(s.slice(i + 1, end));
      i = end + 1;
      continue;
    }
    const start = i;
    while (i < s.length && !space(s[i])) i++;
    words.push(s.slice(start, i));
  }
  return { words, error: null };
}
__name(splitQuoted, "splitQuoted");
function checkGoflags(value, quoted = true) {
  const problems = [];
  let words;
  if (quoted) {
    const split = splitQuoted(value);
    if (split.error) return [{ word: value, problem: `"go: parsing $GOFLAGS: ${split.error}"` }];
    words = split.words;
  } else words = value.split(/\s+/).filter(Boolean);
  let previous = null;
  for (const word of words) {
    const problem = wordProblem(word, previous, quoted);
    if (problem) problems.push({ word, problem });
    const name = flagName(word);
    previous = name ? { name, word } : null;
  }
  return problems;
}
__name(checkGoflags, "checkGoflags");
function repairGoflags(value, quoted = true) {
  const split = quoted ? splitQuoted(value) : { words: value.split(/\s+/).filter(Boolean), error: null };
  if (split.error) return null;
  const out = [];
  let previous = null;
  for (const word of split.words) {
    const name = flagName(word);
    if (name && GO_ENV_WRITE_FLAGS.has(name) && previous && FLAGS_WITH_VALUES.has(previous.name) && quoted) {
      out[out.length - 1] = `${out[out.length - 1]} ${word}`;
      continue;
    }
    if (!wordProblem(word, previous, quoted)) out.push(word);
    previous = name ? { name, word } : null;
  }
  const joined = out.map((w) => /\s/.test(w) ? w.includes('"') ? `'${w}'` : `"${w}"` : w).join(" ");
  return joined || null;
}
__name(repairGoflags, "repairGoflags");
function flagName(word) {
  if (!word.startsWith("-") || word === "-" || word === "--" || word.startsWith("---") || word.startsWith("-=") || word.startsWith("--=")) return null;
  let name = word.slice(1);
  if (name.startsWith("-")) name = name.slice(1);
  const eq = name.indexOf("=");
  return eq >= 0 ? name.slice(0, eq) : name;
}
__name(flagName, "flagName");
function wordProblem(word, previous, quoted) {
  const name = flagName(word);
  if (name === null) {
    const hint = !quoted && /^["']/.test(word) ? " (this go splits GOFLAGS at spaces and does not understand quotes; that arrived after go1.19)" : " (each word must be -flag or -flag=value)";
    return `non-flag ${JSON.stringify(word)}${hint}`;
  }
  if (name === "C") return "-C cannot be set in GOFLAGS: it must be the first flag on the command line";
  if (!KNOWN_GOFLAGS.has(name)) return `unknown flag -${name}`;
  const eq = word.indexOf("=");
  const value = eq >= 0 ? word.slice(eq + 1) : null;
  if (GO_ENV_WRITE_FLAGS.has(name)) {
    const glued = previous && FLAGS_WITH_VALUES.has(previous.name) ? ` It looks like the rest of ${previous.word}: ${quoted ? `quote the whole word, GOFLAGS='"${previous.word} ${word}"'` : "this go cannot put a space inside a GOFLAGS value"}.` : "";
    return `-${name} is go env's ${name === "w" ? "write" : "unset"} flag: go build ignores it, but every \`go env KEY\` becomes \`go env -${name} KEY\` and fails or rewrites the go env file.${glued}`;
  }
  if (value === null && FLAGS_WITH_VALUES.has(name)) return `-${name} needs a value: write -${name}=VALUE (GOFLAGS words cannot be separated from their values): "go: flag needs an argument: -${name} (from $GOFLAGS)"`;
  if (value !== null && BOOL_FLAGS.has(name) && !PARSE_BOOL.has(value)) return `"go: invalid boolean value ${JSON.stringify(value)} for flag -${name} (from $GOFLAGS): parse error"`;
  if (value !== null && name === "buildvcs" && value !== "auto" && !PARSE_BOOL.has(value)) return `"go: invalid boolean value ${JSON.stringify(value)} for flag -buildvcs (from $GOFLAGS): value is neither 'auto' nor a valid bool"`;
  if (value !== null && name === "mod" && !["", "mod", "readonly", "vendor"].includes(value)) return `"-mod=${value} not supported (can be '', 'mod', 'readonly', or 'vendor')"`;
  return null;
}
__name(wordProblem, "wordProblem");
var PARSE_BOOL = /* @__PURE__ */ new Set(["1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False"]);
var BOOL_FLAGS = /* @__PURE__ */ new Set(["a", "n", "race", "msan", "asan", "cover", "v", "work", "x", "linkshared", "modcacherw", "trimpath"]);
var GO_ENV_WRITE_FLAGS = /* @__PURE__ */ new Set(["w", "u"]);
var FLAGS_WITH_VALUES = /* @__PURE__ */ new Set(["p", "covermode", "coverpkg", "asmflags", "buildmode", "compiler", "gccgoflags", "gcflags", "installsuffix", "ldflags", "mod", "modfile", "overlay", "pgo", "pkgdir", "tags", "toolexec", "o", "count", "cpu", "fuzz", "fuzztime", "fuzzminimizetime", "list", "parallel", "run", "skip", "timeout", "vet", "bench", "benchtime", "blockprofile", "blockprofilerate", "coverprofile", "cpuprofile", "memprofile", "memprofilerate", "mutexprofile", "mutexprofilefraction", "outputdir", "trace", "exec", "shuffle"]);

// src/knowledge/type-checking-tools.ts
var TYPE_CHECKING_TOOLS = [
  {
    command: "gopls",
    packages: [/^golang\.org\/x\/tools\/gopls$/],
    failure: 'reports "package requires newer Go version" on every file and loses type information',
    source: "https://go.dev/gopls/ (gopls type-checks with the go/types it was built with; src/go/types/check.go)"
  },
  {
    command: "golangci-lint",
    packages: [/^github\.com\/golangci\/golangci-lint(?:\/v\d+)?\/cmd\/golangci-lint$/],
    failure: 'stops with "the Go language version (goX) used to build golangci-lint is lower than the targeted Go version"',
    source: "https://golangci-lint.run/docs/product/changelog/ (v1.60.3: the Go version check)"
  },
  {
    command: "staticcheck",
    packages: [/^honnef\.co\/go\/tools\/cmd\/staticcheck$/],
    failure: 'stops with type errors in the standard library ("undeclared name", "internal error in importing")',
    source: "https://staticcheck.dev/docs/running-staticcheck/cli/ (staticcheck type-checks with the go/types it was built with)"
  },
  {
    command: "govulncheck",
    packages: [/^golang\.org\/x\/vuln\/cmd\/govulncheck$/],
    failure: 'stops with "Loading packages failed, possibly due to a mismatch between the Go version used to build govulncheck and the Go version on PATH"',
    source: "https://pkg.go.dev/golang.org/x/vuln/cmd/govulncheck (its ErrGoVersionMismatch, printed when go/packages reports the mismatch)"
  }
];
var TYPE_CHECKING_SOURCES = [
  'src/go/types/check.go (checkFiles: "package requires newer Go version")',
  `https://cs.opensource.google/go/x/tools/+/master:go/packages/packages.go ("uses version \u2026 of the source-processing packages but runs version \u2026 of 'go list'")`
];
function typeCheckingTool(mainPackage) {
  return TYPE_CHECKING_TOOLS.find((t) => t.packages.some((p) => p.test(mainPackage))) ?? null;
}
__name(typeCheckingTool, "typeCheckingTool");

export {
  GOFLAGS_QUOTES_SINCE,
  splitQuoted,
  checkGoflags,
  repairGoflags,
  TYPE_CHECKING_TOOLS,
  TYPE_CHECKING_SOURCES,
  typeCheckingTool
};
