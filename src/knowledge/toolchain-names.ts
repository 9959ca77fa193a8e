// Toolchain names and the toolchain a go line asks for.
// Source: src/cmd/go/internal/gover/toolchain.go (FromToolchain), src/cmd/go/internal/toolchain/select.go
// (Select: a language version from 1.21 on means its .0 release), https://go.dev/doc/toolchain#select.
import { compareGoVersions, isValidGoVersion } from './goversion.js';

/** gover.FromToolchain: "go1.22.3" → "1.22.3", "gccgo-go1.20" → "1.20"; "" when not a toolchain name. */
export function versionFromToolchain(name: string): string {
  if (/[\\/]/.test(name)) return '';
  let v: string;
  if (name.startsWith('go')) v = name.slice(2);
  else {
    const i = name.indexOf('-go');
    if (i < 0) return '';
    v = name.slice(i + 3);
  }
  v = v.split(/[ \t-]/)[0]!;
  return isValidGoVersion(v) ? v : '';
}

/** Is "1.22" a language version (no patch, no prerelease)? */
export function isLang(v: string): boolean {
  return /^\d+\.\d+$/.test(v);
}

/** The first Go release with toolchain selection (cmd/go/internal/toolchain, Go 1.21). */
export const FIRST_SWITCHING_GO = '1.21';

/** The toolchain a go line asks for: a language version from 1.21 on means its .0 release (select.go). */
export function toolchainForGoLine(goLine: string): string {
  return `go${goLine}${isLang(goLine) && compareGoVersions(goLine, '1.21') >= 0 ? '.0' : ''}`;
}
