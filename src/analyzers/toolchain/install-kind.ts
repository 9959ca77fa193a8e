// How a Go install got onto the machine, from where its files live.
// Sources: go.dev/doc/install (tarball in /usr/local/go), Debian golang-1.XX-go packaging
// (/usr/lib/go-1.XX), Fedora golang (/usr/lib/golang), Alpine/Arch go (/usr/lib/go), snapcraft.io/go,
// Homebrew's Cellar, and each version manager's documented layout.
import type { GoInstall } from '../../facts/schema/toolchains.js';

type Kind = GoInstall['installKind'];

interface Pattern { kind: Kind; re: RegExp; shim?: boolean; evidence: string }

const PATTERNS: Pattern[] = [
  { kind: 'gotoolchain-download', re: /\/pkg\/mod\/golang\.org\/toolchain@v0\.0\.1-go[^/]+\/bin\/go(\.exe)?$/, evidence: 'toolchain module downloaded by GOTOOLCHAIN into the module cache' },
  { kind: 'snap', re: /^\/snap\//, evidence: 'lives under /snap (snap install --classic go)' },
  { kind: 'homebrew', re: /(homebrew|\.linuxbrew|\/usr\/local)\/(Cellar|opt)\/go(@[\d.]+)?\//, evidence: 'Homebrew Cellar' },
  { kind: 'goenv', re: /\/\.goenv\/shims\/go$/, shim: true, evidence: 'goenv shim (resolves the version per directory)' },
  { kind: 'goenv', re: /\/\.goenv\/versions\/[^/]+\/bin\/go$/, evidence: 'goenv-installed version' },
  { kind: 'gvm', re: /\/\.gvm\/gos\/[^/]+\/bin\/go$/, evidence: 'gvm-installed version' },
  { kind: 'asdf', re: /\/\.asdf\/shims\/go$/, shim: true, evidence: 'asdf shim (resolves .tool-versions per directory)' },
  { kind: 'asdf', re: /\/\.asdf\/installs\/golang\/[^/]+\//, evidence: 'asdf golang plugin install' },
  { kind: 'mise', re: /\/mise\/shims\/go$/, shim: true, evidence: 'mise shim' },
  { kind: 'mise', re: /\/mise\/installs\/go(lang)?\/[^/]+\//, evidence: 'mise-installed version' },
  { kind: 'golang-dl-sdk', re: /\/sdk\/go\d[^/]*\/bin\/go(\.exe)?$/, evidence: 'SDK downloaded by a golang.org/dl goX.Y.Z wrapper (~/sdk)' },
  { kind: 'debian-package', re: /^\/usr\/lib\/go-\d+\.\d+\/bin\/go$/, evidence: 'Debian/Ubuntu golang-1.XX-go package layout (/usr/lib/go-1.XX)' },
  { kind: 'rpm-package', re: /^\/usr\/lib\/golang\/bin\/go$/, evidence: 'Fedora/RHEL golang package layout (/usr/lib/golang)' },
  { kind: 'distro-package', re: /^\/usr\/lib\/go\/bin\/go$/, evidence: 'distribution package layout (/usr/lib/go: Alpine apk, Arch pacman)' },
  { kind: 'windows-msi', re: /^[A-Za-z]:[\\/]Program Files[\\/]Go[\\/]bin[\\/]go\.exe$/i, evidence: 'official Windows MSI install location' },
  { kind: 'official-tarball', re: /^\/usr\/local\/go\/bin\/go$/, evidence: 'official archive location /usr/local/go (go.dev/doc/install)' },
];

/** Classify by the path on PATH (shims) and the resolved path (real installs). */
export function classifyInstall(path: string, realPath: string | null, hasVersionFile: boolean): { kind: Kind; evidence: string; isShim: boolean } {
  const norm = (p: string) => p.replace(/\\/g, '/');
  for (const candidate of [path, realPath]) {
    if (!candidate) continue;
    for (const p of PATTERNS) {
      if (p.re.test(candidate) || p.re.test(norm(candidate))) {
        return { kind: p.kind, evidence: `${p.evidence}: ${candidate}`, isShim: !!p.shim };
      }
    }
  }
  if (hasVersionFile) return { kind: 'official-tarball', evidence: `GOROOT with a VERSION file, as in the official archive: ${realPath ?? path}`, isShim: false };
  return { kind: 'unknown', evidence: `no known layout matches ${realPath ?? path}`, isShim: false };
}
