// The cgo toolchain: CC/CXX as Go resolves them, and why CGO_ENABLED is what it is (FACTS §10).
import type { Host } from '../host.js';
import type { SystemFacts } from '../../facts/schema/system.js';
import { lookPath, runOut, type SysCtx } from './context.js';
import type { GoSettings } from './go-context.js';

/** First word of CC, honouring simple quotes as cmd/internal/quoted does. */
export function compilerProgram(setting: string): string {
  const m = /^\s*(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(setting);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : '';
}

async function compiler(ctx: SysCtx, get: GoSettings, key: 'CC' | 'CXX'): Promise<SystemFacts['cgo']['cc']> {
  const s = get(key);
  if (!s || !s.value.trim()) return null;
  const program = compilerProgram(s.value);
  const path = await lookPath(ctx.host, program);
  let version: string | null = null;
  if (path && key === 'CC') version = (await runOut(ctx, path, ['--version']))?.split('\n')[0]?.trim() || null;
  return { setting: s.value, settingSource: s.source, program, path, version };
}

const SKIP_DIRS = new Set(['node_modules', 'testdata', 'vendor']);

/** Project .go files with `#cgo pkg-config:` directives (bounded walk, no symlink following). */
export async function findPkgConfigUsers(host: Host, root: string, limit = 4000): Promise<string[]> {
  const found: string[] = [];
  const queue = [root];
  let files = 0;
  while (queue.length && files < limit) {
    const dir = queue.shift()!;
    for (const name of (await host.readdir(dir)) ?? []) {
      if (name.startsWith('.') || name.startsWith('_') || SKIP_DIRS.has(name)) continue;
      const p = `${dir}/${name}`;
      const st = await host.lstat(p);
      if (!st) continue;
      if (st.isDir) queue.push(p);
      else if (st.isFile && name.endsWith('.go') && files++ < limit) {
        const text = await host.readText(p, 64 * 1024);
        if (text && /^\s*#cgo\s+(?:[^:\n]*\s)?pkg-config:/m.test(text)) found.push(p);
      }
    }
  }
  return found;
}

export async function collectCgo(ctx: SysCtx, get: GoSettings, hostGoarch: string | null, projectRoot: string | null): Promise<SystemFacts['cgo']> {
  const hostGoos = ctx.host.platform === 'win32' ? 'windows' : ctx.host.platform;
  const goos = get('GOOS')?.value || hostGoos;
  const goarch = get('GOARCH')?.value || hostGoarch;
  const hostArch = get('GOHOSTARCH')?.value || hostGoarch;
  const hostOs = get('GOHOSTOS')?.value || hostGoos;
  const [cc, cxx] = await Promise.all([compiler(ctx, get, 'CC'), compiler(ctx, get, 'CXX')]);
  const setting = get('CGO_ENABLED');
  let enabled: boolean | null = setting && ['0', '1'].includes(setting.value) ? setting.value === '1' : null;
  let reason: SystemFacts['cgo']['reason'];
  if (setting && setting.source !== 'default' && ['0', '1'].includes(setting.value)) reason = 'explicit';
  else if (hostArch && goarch && (goos !== hostOs || goarch !== hostArch)) { reason = 'cross-compile'; enabled = false; }
  else if (cc && !cc.path) { reason = 'no-compiler'; enabled = false; }
  else if (cc) { reason = 'default-on'; enabled ??= true; }
  else reason = 'unknown';
  const pc = get('PKG_CONFIG')?.value || 'pkg-config';
  return {
    enabled, enabledSource: setting?.source ?? null, reason, goos, goarch, hostGoos: hostOs, hostGoarch: hostArch, cc, cxx,
    pkgConfig: {
      setting: pc,
      path: await lookPath(ctx.host, compilerProgram(pc)),
      neededBy: projectRoot ? await findPkgConfigUsers(ctx.host, projectRoot) : [],
    },
  };
}
