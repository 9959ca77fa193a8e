// Every file of a Go tree, by GOROOT-relative name, and their hashes, read through the Host.
import * as path from 'node:path';
import type { Host } from '../host.js';
import type { DigestAlgorithm } from '../../facts/schema/verify.js';

export interface TreeFile { rel: string; abs: string }

/**
 * Walk a tree the way the go command sees it: symbolic links to directories are followed
 * (Debian's GOROOT links src/ to /usr/share/go-1.x/src), each real directory once.
 */
export async function walkTree(host: Host, root: string, limit = 200_000): Promise<{ files: TreeFile[]; truncated: boolean }> {
  const p = host.platform === 'win32' ? path.win32 : path.posix;
  const files: TreeFile[] = [];
  const seen = new Set<string>();
  const stack: Array<{ abs: string; rel: string }> = [{ abs: root, rel: '' }];
  while (stack.length) {
    const { abs, rel } = stack.pop()!;
    const real = await host.realpath(abs);
    if (real === null || seen.has(real)) continue;
    seen.add(real);
    for (const e of (await host.readdirTyped(abs)) ?? []) {
      const childAbs = p.join(abs, e.name);
      const childRel = rel ? `${rel}/${e.name}` : e.name;
      let isDir = e.isDir;
      let isFile = e.isFile;
      if (e.isSymlink) {
        const st = await host.stat(childAbs);
        isDir = !!st?.isDir;
        isFile = !!st?.isFile || !st; // a dangling link is still a name in the tree
      }
      if (isDir) stack.push({ abs: childAbs, rel: childRel });
      else if (isFile) {
        if (files.length >= limit) return { files, truncated: true };
        files.push({ rel: childRel, abs: childAbs });
      }
    }
  }
  return { files, truncated: false };
}

/** Hash files with a few reads in flight (the disk, not the CPU, is the limit for most trees). */
export async function hashFiles(host: Host, files: readonly TreeFile[], algorithm: DigestAlgorithm, concurrency = 8): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const f = files[next++]!;
      out.set(f.rel, await host.hashFile(f.abs, algorithm));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return out;
}
