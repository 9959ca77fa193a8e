// What a go subcommand does with modules and versions, read from the go command's flag handling.
// Sources: go/src/cmd/go/internal/modget/get.go (get -u, path@query), go/src/cmd/go/internal/work/build.go
// (install/run pkg@version), go/src/cmd/go/internal/modcmd/*.go (mod download/tidy/vendor/verify/graph/why),
// https://go.dev/ref/mod#version-queries (latest, branch names and HEAD as queries).

/** A go invocation as the facts record it (sub = first non-flag argument). */
export interface GoInvocation {
  sub: string;
  args: readonly string[];
}

/** Module download commands: the RUN that needs GOPROXY/GOPRIVATE/GOFLAGS set before it. */
export function downloadsModules(c: GoInvocation): boolean {
  if (c.sub === 'mod') return ['download', 'tidy', 'vendor', 'verify', 'graph', 'why'].some((s) => c.args.includes(s));
  return ['build', 'install', 'get', 'test', 'run', 'generate', 'list', 'vet'].includes(c.sub);
}

/** `go install pkg@latest` / `go get pkg@latest` / `go run pkg@latest` targets. */
export function latestTargets(c: GoInvocation): string[] {
  if (!['install', 'get', 'run'].includes(c.sub)) return [];
  return c.args.filter((a) => !a.startsWith('-') && /@(latest|master|main|HEAD)$/.test(a));
}

/** `go get -u` / `-u=patch` (Go's flag package has no combined short flags, so no `-tu`). */
export function isGoGetUpdate(c: GoInvocation): boolean {
  return c.sub === 'get' && c.args.some((a) => a === '-u' || a === '--u' || a.startsWith('-u='));
}

