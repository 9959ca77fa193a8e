// Go releases as modules: cmd/distpack (src/cmd/distpack/pack.go) publishes each binary release
// as golang.org/toolchain@v0.0.1-<goX.Y.Z>.<goos>-<goarch>, whose hash is in the checksum database.
// The module zip is the binary distribution minus api/, doc/, misc/ and test/, with every
// nested go.mod renamed to _go.mod (archive.go RenameGoMod) so the zip stays one module.

export const TOOLCHAIN_MODULE = 'golang.org/toolchain';

/** The first release published as a toolchain module (Go 1.21 introduced toolchain switching). */
export const FIRST_TOOLCHAIN_MODULE_RELEASE = 'go1.21.0';

/** v0.0.1-go1.26.8.linux-amd64 (pack.go: modVersionPrefix + "-" + version + "." + goos-goarch). */
export function toolchainModuleVersion(release: string, goos: string, goarch: string): string {
  return `v0.0.1-${release}.${goos}-${goarch}`;
}

/** The GOROOT-relative name of a module zip entry: prefix removed, _go.mod back to go.mod. */
export function gorootNameOfZipEntry(name: string): { rel: string; renamedGoMod: boolean } | null {
  const slash = name.indexOf('/', name.indexOf('@'));
  if (slash < 0) return null;
  const rel = name.slice(slash + 1);
  if (rel === '_go.mod' || rel.endsWith('/_go.mod')) return { rel: rel.slice(0, -'_go.mod'.length) + 'go.mod', renamedGoMod: true };
  return { rel, renamedGoMod: false };
}

// pkg/tool/<goos>_<goarch> keeps only the tools build actions need (pack.go, cmd/dist toolsIncludedInDistpack).
const DISTPACK_TOOLS = new Set(['asm', 'cgo', 'compile', 'cover', 'fix', 'link', 'preprofile', 'vet']);
const DISTPACK_BIN = new Set(['go', 'gofmt']);
// pack.go base.Remove: files never distributed.
const NEVER_DISTRIBUTED = [/^\.git(\/|$)/, /^\.gitattributes$/, /^\.github\//, /^\.gitignore$/, /^VERSION\.cache$/, /(^|\/)\.DS_Store$/, /\.exe~$/, /^src\/cmd\/dist\/dist(\.exe)?$/, /^misc\/cgo\/[^/]+\/_obj\//];

/**
 * Does the toolchain module zip say anything about this GOROOT-relative file? Files it does
 * not cover (api/, doc/, misc/, test/, build caches under pkg/, tools go builds on demand)
 * cannot be checked against the checksum database, only counted.
 */
export function coveredByToolchainZip(rel: string, goosGoarch: string): boolean {
  if (NEVER_DISTRIBUTED.some((re) => re.test(rel))) return false;
  const top = rel.split('/', 1)[0];
  if (top === 'api' || top === 'doc' || top === 'misc' || top === 'test') return false;
  if (top === 'bin') return DISTPACK_BIN.has(rel.slice(4).replace(/\.exe$/, ''));
  if (top === 'pkg') {
    if (rel.startsWith('pkg/include/')) return true;
    const tools = `pkg/tool/${goosGoarch}/`;
    return rel.startsWith(tools) && !rel.slice(tools.length).includes('/') && DISTPACK_TOOLS.has(rel.slice(tools.length).replace(/\.exe$/, ''));
  }
  return true;
}
