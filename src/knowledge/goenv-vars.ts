// The variables cmd/go knows. Source: `go help environment`
// (src/cmd/go/internal/help/helpdoc.go) and cmd/go/internal/cfg/cfg.go CanGetenv/knownEnv.

/** Settable general-purpose and architecture variables. */
export const GO_SETTABLE = [
  'GCCGO', 'GO111MODULE', 'GOARCH', 'GOAUTH', 'GOBIN', 'GOCACHE', 'GOCACHEPROG', 'GODEBUG', 'GOENV', 'GOFIPS140',
  'GOFLAGS', 'GOINSECURE', 'GOMODCACHE', 'GONOPROXY', 'GONOSUMDB', 'GOOS', 'GOPATH', 'GOPRIVATE', 'GOPROXY',
  'GOROOT', 'GOSUMDB', 'GOTMPDIR', 'GOTOOLCHAIN', 'GOVCS', 'GOWORK', 'GOEXPERIMENT', 'GOTELEMETRY',
  'AR', 'CC', 'CGO_CFLAGS', 'CGO_CFLAGS_ALLOW', 'CGO_CFLAGS_DISALLOW', 'CGO_CPPFLAGS', 'CGO_CPPFLAGS_ALLOW',
  'CGO_CPPFLAGS_DISALLOW', 'CGO_CXXFLAGS', 'CGO_CXXFLAGS_ALLOW', 'CGO_CXXFLAGS_DISALLOW', 'CGO_ENABLED',
  'CGO_FFLAGS', 'CGO_FFLAGS_ALLOW', 'CGO_FFLAGS_DISALLOW', 'CGO_LDFLAGS', 'CGO_LDFLAGS_ALLOW',
  'CGO_LDFLAGS_DISALLOW', 'CXX', 'FC', 'PKG_CONFIG',
  'GO386', 'GOAMD64', 'GOARM', 'GOARM64', 'GOMIPS', 'GOMIPS64', 'GOPPC64', 'GORISCV64', 'GOWASM',
  'GOCOVERDIR', 'GOROOT_FINAL', 'GO_EXTLINK_ENABLED', 'GIT_ALLOW_PROTOCOL',
] as const;

/** Read-only values `go env` reports (go env -w refuses them). */
export const GO_READONLY = ['GOEXE', 'GOGCCFLAGS', 'GOHOSTARCH', 'GOHOSTOS', 'GOMOD', 'GOTOOLDIR', 'GOVERSION', 'GOWORK', 'GOTELEMETRYDIR'] as const;

/** Runtime variables read by Go programs, not by cmd/go (legitimate in any environment). */
export const GO_RUNTIME = ['GOGC', 'GOMEMLIMIT', 'GOMAXPROCS', 'GOTRACEBACK', 'GORACE', 'GODEBUG'] as const;

export const KNOWN_GO_VARS = new Set<string>([...GO_SETTABLE, ...GO_READONLY, ...GO_RUNTIME]);

/** Names users write that Go silently ignores, with what they meant. FACTS §4.2: GONOSUMCHECK does not exist. */
export const KNOWN_MISTAKES: Record<string, string> = {
  GONOSUMCHECK: 'GONOSUMDB',
  GONOSUMCHECKS: 'GONOSUMDB',
  GOSUMCHECK: 'GOSUMDB',
  GO_PROXY: 'GOPROXY',
  GO_PRIVATE: 'GOPRIVATE',
  GOPROXIES: 'GOPROXY',
  GOPRIVATES: 'GOPRIVATE',
  GO_FLAGS: 'GOFLAGS',
  GOPROXY_URL: 'GOPROXY',
  GO_SUMDB: 'GOSUMDB',
  GO_ROOT: 'GOROOT',
  GO_PATH: 'GOPATH',
  GO_BIN: 'GOBIN',
  GOMODULE: 'GO111MODULE',
  GO_111MODULE: 'GO111MODULE',
  CGO_ENABLE: 'CGO_ENABLED',
  CGOENABLED: 'CGO_ENABLED',
  GO_TOOLCHAIN: 'GOTOOLCHAIN',
  GOINSECURES: 'GOINSECURE',
};

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The settable variable a GO or CGO_ name most likely meant, or null when the name is known
 * or not close to any (other tools own many GO* names: GOPLS_*, GORELEASER_*, GO_VERSION in CI).
 */
export function likelyTypoOf(name: string): string | null {
  if (KNOWN_GO_VARS.has(name)) return null;
  if (KNOWN_MISTAKES[name]) return KNOWN_MISTAKES[name]!;
  if (!/^(GO|CGO_)/.test(name) || name.length < 5) return null;
  let best: string | null = null;
  let bestD = 3;
  for (const known of GO_SETTABLE) {
    if (known.length < 5) continue;
    const dist = editDistance(name, known);
    if (dist < bestD) { best = known; bestD = dist; }
  }
  // One edit for short names, two for long ones.
  return best && bestD <= (name.length >= 9 ? 2 : 1) ? best : null;
}
