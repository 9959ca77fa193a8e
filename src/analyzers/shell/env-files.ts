// Environment files that are not shell scripts: pam_env's /etc/environment, systemd's
// environment.d, macOS path_helper's /etc/paths(.d) and fish's universal variables.

export interface EnvLine {
  key: string;
  value: string;
  line: number;
}

/** pam_env readenv format: KEY=VALUE, optional quotes, `export ` tolerated, no expansion (man:pam_env.conf(5)). */
export function parseEtcEnvironment(text: string): EnvLine[] {
  const out: EnvLine[] = [];
  text.split('\n').forEach((raw, i) => {
    const s = raw.trim().replace(/^export\s+/, '');
    if (!s || s.startsWith('#')) return;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(s);
    if (!m) return;
    out.push({ key: m[1]!, value: unquote(m[2]!.trim()), line: i + 1 });
  });
  return out;
}

/** environment.d: KEY=VALUE with $VAR, ${VAR}, ${VAR:-d}, ${VAR:+a} expansion (man:environment.d(5)). */
export function parseEnvironmentD(text: string, env: Map<string, string>): EnvLine[] {
  const out: EnvLine[] = [];
  text.split('\n').forEach((raw, i) => {
    const s = raw.trim();
    if (!s || s.startsWith('#') || s.startsWith(';')) return;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(s);
    if (!m) return;
    const value = unquote(m[2]!).replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_all, braced: string | undefined, op: string | undefined, word: string | undefined, bare: string | undefined) => {
      const v = env.get((braced ?? bare)!) ?? '';
      if (op === '-') return v === '' ? word ?? '' : v;
      if (op === '+') return v === '' ? '' : word ?? '';
      return v;
    });
    env.set(m[1]!, value);
    out.push({ key: m[1]!, value, line: i + 1 });
  });
  return out;
}

/** /etc/paths and files in /etc/paths.d: one directory per line (man:path_helper(8)). */
export function parsePathsFile(text: string): EnvLine[] {
  return text.split('\n').flatMap((raw, i) => {
    const s = raw.trim();
    return s && !s.startsWith('#') ? [{ key: 'PATH', value: s, line: i + 1 }] : [];
  });
}

export interface FishUniversal {
  name: string;
  value: string;
  exported: boolean;
  line: number;
}

/** ~/.config/fish/fish_variables: `SETUVAR [--export] NAME:VALUE`, \xHH escapes, \x1e list separator. */
export function parseFishVariables(text: string): FishUniversal[] {
  const out: FishUniversal[] = [];
  text.split('\n').forEach((raw, i) => {
    const m = /^SETUVAR\s+(--export\s+)?([^:\s]+):(.*)$/.exec(raw);
    if (!m) return;
    const value = m[3]!
      .replace(/\\x([0-9a-fA-F]{2})/g, (_a, h: string) => String.fromCharCode(parseInt(h, 16)))
      .replace(/\\(.)/g, '$1')
      .split('\x1e')
      .join(' ');
    out.push({ name: m[2]!, value, exported: !!m[1], line: i + 1 });
  });
  return out;
}

function unquote(v: string): string {
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) return v.slice(1, -1);
  return v;
}
