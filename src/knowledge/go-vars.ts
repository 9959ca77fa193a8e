// Which names and PATH entries concern Go, and how version managers announce themselves.

/** Go's own variables (go help environment) and cgo's. */
export function isGoVar(name: string): boolean {
  return /^GO[A-Z0-9_]*$/.test(name) && name !== 'GOPHER' || /^CGO_[A-Z0-9_]+$/.test(name);
}

/**
 * The variables the go command reads, as `go help environment` lists them (go1.26.8,
 * src/cmd/go/internal/help/helpdoc.go). Other GO-prefixed names belong to other tools —
 * GOENV_ROOT and GOENV_VERSION to goenv, GOROOT_BOOTSTRAP to make.bash, GOTRACEBACK and GOGC to
 * the runtime of the programs being run — and say nothing about the go command's setup.
 */
const GO_COMMAND_VARS = new Set(['GO111MODULE', 'GO386', 'GOAMD64', 'GOARCH', 'GOARM', 'GOARM64', 'GOAUTH', 'GOBIN', 'GOCACHE', 'GOCACHEPROG', 'GOCOVERDIR', 'GODEBUG', 'GOENV', 'GOEXPERIMENT', 'GOFIPS140', 'GOFLAGS', 'GOINSECURE', 'GOMIPS', 'GOMIPS64', 'GOMODCACHE', 'GONOPROXY', 'GONOSUMDB', 'GOOS', 'GOPATH', 'GOPPC64', 'GOPRIVATE', 'GOPROXY', 'GORISCV64', 'GOROOT', 'GOSUMDB', 'GOTELEMETRY', 'GOTELEMETRYDIR', 'GOTMPDIR', 'GOTOOLCHAIN', 'GOVCS', 'GOWASM', 'GOWORK', 'GO_EXTLINK_ENABLED']);

/** A variable the go command reads (GOPATH, GOFLAGS, CGO_ENABLED ...), not another tool's GO-prefixed name. */
export function isGoSetting(name: string): boolean {
  return GO_COMMAND_VARS.has(name) || /^CGO_[A-Z0-9_]+$/.test(name);
}

/** The variables godiag reports per context, in this order. */
export const REPORTED_GO_VARS = ['GOROOT', 'GOPATH', 'GOBIN', 'GOPROXY', 'GOPRIVATE', 'GONOPROXY', 'GONOSUMDB', 'GOSUMDB', 'GOFLAGS', 'GOTOOLCHAIN', 'CGO_ENABLED', 'GO111MODULE', 'GOENV'] as const;

/** Settings whose absence in one context silently changes module fetching. */
export const MODULE_ACCESS_VARS = ['GOPROXY', 'GOPRIVATE', 'GONOPROXY', 'GONOSUMDB', 'GOSUMDB', 'GOINSECURE', 'GOFLAGS'] as const;

/** A PATH directory that is about Go: a Go bin dir, GOPATH/bin, or a version manager's shims. */
export function isGoPathDir(dir: string, raw = ''): boolean {
  return /\$\{?(GOROOT|GOPATH|GOBIN)\b|\bgo\s+env\s+(GOROOT|GOPATH|GOBIN)\b/.test(raw) ||
    /(^|\/)go(-?\d[\d.]*)?\/bin\/?$/.test(dir) || /\/go\/bin\b/.test(dir) || /(^|\/)\.?goenv\/(shims|bin)\/?$/.test(dir) ||
    /\/sdk\/go[\d.]+\/bin\/?$/.test(dir) || /\/\.gvm\//.test(dir) || /libexec\/bin\/?$/.test(dir) && /go/.test(dir);
}

const VERSION_MANAGERS: [string, RegExp][] = [
  ['goenv', /\bgoenv\s+init\b/],
  ['asdf', /\basdf\.(sh|fish)\b|\basdf\s+(exec|shell)\b|\/asdf\/asdf\.sh/],
  ['mise', /\b(mise|rtx)\s+activate\b/],
  ['gvm', /\.gvm\/scripts\/gvm\b|\bgvm\s+use\b/],
];

/** The version manager a command activates, if any. */
export function versionManagerIn(text: string): string | null {
  for (const [name, re] of VERSION_MANAGERS) if (re.test(text)) return name;
  return null;
}
