import { createRequire as __gdCreateRequire } from 'node:module'; const require = __gdCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-YOIVYTSO.js";

// src/knowledge/goenv-vars.ts
var GO_SETTABLE = [
  "GCCGO",
  "GO111MODULE",
  "GOARCH",
  "GOAUTH",
  "GOBIN",
  "GOCACHE",
  "GOCACHEPROG",
  "GODEBUG",
  "GOENV",
  "GOFIPS140",
  "GOFLAGS",
  "GOINSECURE",
  "GOMODCACHE",
  "GONOPROXY",
  "GONOSUMDB",
  "GOOS",
  "GOPATH",
  "GOPRIVATE",
  "GOPROXY",
  "GOROOT",
  "GOSUMDB",
  "GOTMPDIR",
  "GOTOOLCHAIN",
  "GOVCS",
  "GOWORK",
  "GOEXPERIMENT",
  "GOTELEMETRY",
  "AR",
  "CC",
  "CGO_CFLAGS",
  "CGO_CFLAGS_ALLOW",
  "CGO_CFLAGS_DISALLOW",
  "CGO_CPPFLAGS",
  "CGO_CPPFLAGS_ALLOW",
  "CGO_CPPFLAGS_DISALLOW",
  "CGO_CXXFLAGS",
  "CGO_CXXFLAGS_ALLOW",
  "CGO_CXXFLAGS_DISALLOW",
  "CGO_ENABLED",
  "CGO_FFLAGS",
  "CGO_FFLAGS_ALLOW",
  "CGO_FFLAGS_DISALLOW",
  "CGO_LDFLAGS",
  "CGO_LDFLAGS_ALLOW",
  "CGO_LDFLAGS_DISALLOW",
  "CXX",
  "FC",
  "PKG_CONFIG",
  "GO386",
  "GOAMD64",
  "GOARM",
  "GOARM64",
  "GOMIPS",
  "GOMIPS64",
  "GOPPC64",
  "GORISCV64",
  "GOWASM",
  "GOCOVERDIR",
  "GOROOT_FINAL",
  "GO_EXTLINK_ENABLED",
  "GIT_ALLOW_PROTOCOL"
];
var GO_READONLY = ["GOEXE", "GOGCCFLAGS", "GOHOSTARCH", "GOHOSTOS", "GOMOD", "GOTOOLDIR", "GOVERSION", "GOWORK", "GOTELEMETRYDIR"];
var GO_RUNTIME = ["GOGC", "GOMEMLIMIT", "GOMAXPROCS", "GOTRACEBACK", "GORACE", "GODEBUG"];
var KNOWN_GO_VARS = /* @__PURE__ */ new Set([...GO_SETTABLE, ...GO_READONLY, ...GO_RUNTIME]);
var KNOWN_MISTAKES = {
  GONOSUMCHECK: "GONOSUMDB",
  GONOSUMCHECKS: "GONOSUMDB",
  GOSUMCHECK: "GOSUMDB",
  GO_PROXY: "GOPROXY",
  GO_PRIVATE: "GOPRIVATE",
  GOPROXIES: "GOPROXY",
  GOPRIVATES: "GOPRIVATE",
  GO_FLAGS: "GOFLAGS",
  GOPROXY_URL: "GOPROXY",
  GO_SUMDB: "GOSUMDB",
  GO_ROOT: "GOROOT",
  GO_PATH: "GOPATH",
  GO_BIN: "GOBIN",
  GOMODULE: "GO111MODULE",
  GO_111MODULE: "GO111MODULE",
  CGO_ENABLE: "CGO_ENABLED",
  CGOENABLED: "CGO_ENABLED",
  GO_TOOLCHAIN: "GOTOOLCHAIN",
  GOINSECURES: "GOINSECURE"
};
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}
__name(editDistance, "editDistance");
function likelyTypoOf(name) {
  if (KNOWN_GO_VARS.has(name)) return null;
  if (KNOWN_MISTAKES[name]) return KNOWN_MISTAKES[name];
  if (!/^(GO|CGO_)/.test(name) || name.length < 5) return null;
  let best = null;
  let bestD = 3;
  for (const known of GO_SETTABLE) {
    if (known.length < 5) continue;
    const dist = editDistance(name, known);
    if (dist < bestD) {
      best = known;
      bestD = dist;
    }
  }
  return best && bestD <= (name.length >= 9 ? 2 : 1) ? best : null;
}
__name(likelyTypoOf, "likelyTypoOf");

export {
  GO_SETTABLE,
  GO_READONLY,
  KNOWN_GO_VARS,
  likelyTypoOf
};
