// A small real module written by the test, its requirements fetched at test time through the
// module proxy into a cached module cache (.cache/test-modcache) by `go mod tidy`, which also
// writes a go.sum checked against sum.golang.org. A fetch that fails throws with go's error.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const TEST_MODCACHE = path.resolve('.cache/test-modcache');

/** The environment of a go command in these tests; network only when online is true. */
export function moduleEnv(online: boolean, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: `/usr/local/go/bin:/usr/bin:/bin`,
    HOME: process.env.HOME ?? '/tmp',
    GOMODCACHE: TEST_MODCACHE,
    GOFLAGS: '-modcacherw',
    GOTOOLCHAIN: 'local',
    GOPROXY: online ? (process.env.GODIAG_TEST_PROXY ?? 'https://proxy.golang.org') : 'off',
    GOSUMDB: 'sum.golang.org', GONOSUMDB: '', GOPRIVATE: '', GONOPROXY: '',
    GOENV: 'off',
    ...extra,
  };
}

/** Write files into a fresh temporary module directory and run `go mod tidy` in it (online). */
export function tidyModule(files: Record<string, string>, prefix = 'godiag-mod-'): string {
  mkdirSync(TEST_MODCACHE, { recursive: true });
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  try {
    execFileSync('go', ['mod', 'tidy'], { cwd: dir, env: moduleEnv(true), timeout: 300_000, stdio: 'pipe' });
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    throw new Error(`go mod tidy could not fetch the fixture's requirements through the module proxy: ${(err.stderr?.toString() || err.message).trim()}`);
  }
  return dir;
}

/** Run go offline in dir; returns its combined output and exit status. */
export function goOffline(dir: string, args: string[]): { code: number; output: string } {
  try {
    const out = execFileSync('go', args, { cwd: dir, env: moduleEnv(false, { GOFLAGS: '-modcacherw -mod=readonly' }), timeout: 120_000, stdio: 'pipe' });
    return { code: 0, output: out.toString() };
  } catch (e) {
    const err = e as { status?: number; stdout?: Buffer; stderr?: Buffer };
    return { code: err.status ?? 1, output: `${err.stdout?.toString() ?? ''}${err.stderr?.toString() ?? ''}` };
  }
}
