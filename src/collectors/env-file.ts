import * as path from 'node:path';
import type { Host } from './host.js';
import type { EnvFile } from '../facts/schema/goenv.js';

/**
 * Parse a go env file exactly as cmd/go reads it (cfg.go readEnvFile): each line split at the
 * first '='; lines without '=' or whose first byte is not A–Z are skipped silently; nothing is
 * trimmed, so `GOPROXY = x` sets a key "GOPROXY " that nothing reads. Later lines win.
 * Problems records what Go silently ignores or mangles, so rules can say so.
 */
export function parseEnvFile(text: string, path: string): EnvFile {
  const entries: EnvFile['entries'] = [];
  const problems: EnvFile['problems'] = [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((line, i) => {
    const lineNo = i + 1;
    const eq = line.indexOf('=');
    const first = line.charCodeAt(0);
    const trimmed = line.trim();
    if (eq < 0 || !(first >= 65 && first <= 90)) {
      if (trimmed !== '' && !trimmed.startsWith('#')) {
        problems.push({ line: lineNo, text: line, problem: eq < 0 ? 'no "=": Go ignores this line' : 'does not start with an upper-case letter: Go ignores this line' });
      }
      return;
    }
    const key = line.slice(0, eq);
    const value = line.slice(eq + 1);
    if (/\s/.test(key)) problems.push({ line: lineNo, text: line, problem: `key ${JSON.stringify(key)} contains white space: it sets nothing Go reads` });
    if (value.endsWith('\r')) problems.push({ line: lineNo, text: line, problem: 'ends with a carriage return (CRLF file): the value includes "\\r"' });
    if (/^(["']).*\1$/.test(value)) problems.push({ line: lineNo, text: line, problem: 'value is quoted: Go keeps the quotes as part of the value' });
    entries.push({ key, value, line: lineNo });
  });
  return { path, exists: true, entries, problems };
}

export function lastValue(file: EnvFile | null, key: string): { value: string; line: number } | null {
  if (!file) return null;
  for (let i = file.entries.length - 1; i >= 0; i--) {
    const e = file.entries[i]!;
    if (e.key === key) return { value: e.value, line: e.line };
  }
  return null;
}

/**
 * os.UserConfigDir and os.UserCacheDir (src/os/file.go): the same lookup per OS with different
 * names; null when Go would fail to find one.
 */
function userDir(host: Host, win: readonly string[], mac: string, xdgVar: string, unix: string): string | null {
  const e = host.env;
  if (host.platform === 'win32') return win.map((k) => e[k]).find(Boolean) || null;
  if (host.platform === 'darwin') return e.HOME ? path.posix.join(e.HOME, 'Library', mac) : null;
  const xdg = e[xdgVar];
  if (xdg) return path.posix.isAbsolute(xdg) ? xdg : null;
  return e.HOME ? path.posix.join(e.HOME, unix) : null;
}

export const userConfigDir = (host: Host) => userDir(host, ['AppData', 'APPDATA'], 'Application Support', 'XDG_CONFIG_HOME', '.config');
export const userCacheDir = (host: Host) => userDir(host, ['LocalAppData', 'LOCALAPPDATA'], 'Caches', 'XDG_CACHE_HOME', '.cache');

/** cfg.EnvFile: $GOENV (off disables) else UserConfigDir/go/env. */
export function envFilePath(host: Host): string | null {
  const g = host.env.GOENV;
  if (g) return g === 'off' ? null : g;
  const dir = userConfigDir(host);
  return dir ? (host.platform === 'win32' ? path.win32 : path.posix).join(dir, 'go', 'env') : null;
}

