// GOAUTH (Go 1.24+), as src/cmd/go/internal/auth/auth.go runGoAuth reads it:
// `;`-separated commands, each `off`, `netrc`, `git DIR` (absolute) or an external command.
// Default "netrc" (cfg.go). Credentials apply to the go command's own HTTPS requests
// (proxies, checksum DB, `?go-get=1` lookups), not to git, which has its own helpers.

export type GoAuthCommand =
  | { kind: 'off' }
  | { kind: 'netrc' }
  | { kind: 'git'; dir: string }
  | { kind: 'command'; program: string };

export interface GoAuth {
  commands: GoAuthCommand[];
  /** What makes the go command exit (base.Fatalf) the first time it needs credentials. */
  errors: string[];
}

export const DEFAULT_GOAUTH = 'netrc';

export function parseGoauth(value: string): GoAuth {
  const parts = value.split(';');
  const commands: GoAuthCommand[] = [];
  const errors: string[] = [];
  for (const raw of parts) {
    const words = raw.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) {
      errors.push(`GOAUTH encountered an empty command (GOAUTH=${value})`);
      continue;
    }
    const [head, ...rest] = words as [string, ...string[]];
    if (head === 'off') {
      if (parts.length !== 1) errors.push(`GOAUTH=off cannot be combined with other authentication commands (GOAUTH=${value})`);
      commands.push({ kind: 'off' });
    } else if (head === 'netrc') {
      commands.push({ kind: 'netrc' });
    } else if (head === 'git') {
      const dir = rest[0] ?? '';
      if (rest.length !== 1) errors.push('GOAUTH=git dir method requires an absolute path to the git working directory');
      else if (!isAbsolute(dir)) errors.push('GOAUTH=git dir method requires an absolute path to the git working directory, dir is not absolute');
      commands.push({ kind: 'git', dir });
    } else {
      commands.push({ kind: 'command', program: head });
    }
  }
  return { commands, errors };
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\');
}

/** Where `netrc` reads from (auth/netrc.go netrcPath): $NETRC, else ~/.netrc (Windows: _netrc first). */
export function netrcCandidates(env: Readonly<Record<string, string | undefined>>, platform: string, home: string | null): string[] {
  if (env.NETRC) return [env.NETRC];
  if (!home) return [];
  const sep = platform === 'win32' ? '\\' : '/';
  return platform === 'win32' ? [`${home}${sep}_netrc`, `${home}${sep}.netrc`] : [`${home}/.netrc`];
}

/**
 * Machines the go command takes credentials for, parsed like auth/netrc.go parseNetrc:
 * token pairs per line, an entry counts once machine, login and password are all set,
 * `default` ends the file (Go ignores the default entry), macdef bodies run to an empty line.
 * Logins and passwords are never kept.
 */
export function netrcMachines(text: string): { machines: string[]; hasDefault: boolean } {
  const machines: string[] = [];
  let machine = '';
  let login = false;
  let password = false;
  let inMacro = false;
  for (const line of text.split('\n')) {
    if (inMacro) {
      if (line === '') inMacro = false;
      continue;
    }
    const f = line.split(/\s+/).filter(Boolean);
    let i = 0;
    for (; i < f.length - 1; i += 2) {
      const [k, v] = [f[i], f[i + 1]!];
      if (k === 'machine') { machine = v; login = false; password = false; }
      else if (k === 'login') login = v !== '';
      else if (k === 'password') password = v !== '';
      else if (k === 'macdef') inMacro = true;
      if (machine && login && password) { machines.push(machine); machine = ''; login = false; password = false; }
    }
    if (i < f.length && f[i] === 'default') return { machines, hasDefault: true };
  }
  return { machines, hasDefault: false };
}
