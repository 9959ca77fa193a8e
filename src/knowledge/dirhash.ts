// Go's module content hash, the h1: lines of go.sum and the .ziphash files of the module cache:
// golang.org/x/mod/sumdb/dirhash Hash1. Each file contributes "<sha256 hex>  <name>\n" in
// sorted name order; the h1 is base64(sha256(those lines)).
import { createHash } from 'node:crypto';

export interface HashedFile { name: string; sha256: string }

/** Hash1 over files already hashed with SHA-256 (hex); names are the zip's (module@version/...). */
export function hash1(files: readonly HashedFile[]): string {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const h = createHash('sha256');
  for (const f of sorted) {
    if (f.name.includes('\n')) throw new Error(`dirhash: filename with newline: ${JSON.stringify(f.name)}`);
    h.update(`${f.sha256}  ${f.name}\n`);
  }
  return 'h1:' + h.digest('base64');
}

/** The go.sum hash of a go.mod file: Hash1 over the single file named "go.mod" (modfetch's HashGoMod). */
export function hash1GoMod(content: Buffer | string): string {
  return hash1([{ name: 'go.mod', sha256: createHash('sha256').update(content).digest('hex') }]);
}
