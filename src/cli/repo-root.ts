import * as path from 'node:path';
import { statLocal } from '../collectors/host.js';

/**
 * The repository a report is about: the nearest directory at or above `dir` holding .git (a
 * directory, or a file in worktrees and submodules). Without one, `dir` itself. SARIF and GitHub
 * annotations name files relative to it, so `lint` run from svc/ reports svc/Dockerfile.
 */
export function findRepoRoot(dir: string): string {
  let cur = path.resolve(dir);
  for (;;) {
    if (statLocal(path.join(cur, '.git'))) return cur;
    const up = path.dirname(cur);
    if (up === cur) return path.resolve(dir);
    cur = up;
  }
}
