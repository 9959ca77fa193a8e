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


/** Build flags that take the next word as their value (go help build). */
const VALUE_FLAGS = new Set(['-C', '-o', '-p', '-asmflags', '-buildmode', '-compiler', '-gccgoflags', '-gcflags', '-installsuffix', '-ldflags', '-mod', '-modfile', '-overlay', '-pgo', '-pkgdir', '-tags', '-toolexec', '-exec', '-covermode', '-coverpkg']);

/**
 * Remote packages a `go install` names without @version, which it then resolves through the main
 * module's requirements (cmd/go/internal/work/build.go InstallPackages; modload "no required
 * module provides package"). Empty when a flag changes where or how modules are loaded
 * (-C, -modfile, -mod=mod lets go add the requirement).
 */
export function unversionedInstallTargets(c: GoInvocation): string[] {
  if (c.sub !== 'install') return [];
  const out: string[] = [];
  let subSeen = false;
  for (let i = 0; i < c.args.length; i++) {
    const a = c.args[i]!;
    const flag = a.replace(/^--/, '-');
    if (flag.startsWith('-')) {
      const name = flag.split('=')[0]!;
      const value = flag.includes('=') ? flag.slice(name.length + 1) : VALUE_FLAGS.has(name) ? c.args[++i] ?? '' : '';
      if (name === '-C' || name === '-modfile' || (name === '-mod' && value === 'mod')) return [];
      continue;
    }
    if (!subSeen) { subSeen = true; continue; } // the word `install` itself
    if (a.includes('@') || /^[./$~]/.test(a) || !a.split('/')[0]!.includes('.')) continue;
    out.push(a);
  }
  return out;
}
