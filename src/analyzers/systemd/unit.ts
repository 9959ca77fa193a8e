// A systemd service unit as systemd.syntax(7) and systemd.service(5) define it, reduced to what
// decides whether its program may bind a privileged port: the command, the user, the
// environment, AmbientCapabilities and NoNewPrivileges. Drop-ins apply in order; an empty
// assignment resets a list setting, as systemd does.
import { splitQuoted } from '../../knowledge/goflags.js';

export interface ServiceUnit {
  /** ExecStart words (the last ExecStart=, prefixes removed), or null when there is none. */
  execStart: string[] | null;
  /** ExecStart prefixes ('+' and '!' run with full privileges or ignore User= for capabilities). */
  execPrefixes: string;
  user: string | null;
  dynamicUser: boolean;
  environment: Record<string, string>;
  ambientCapabilities: string[];
  noNewPrivileges: boolean;
}

const TRUE = /^(1|yes|true|on)$/i;

/** Logical lines of [Service] (continuations joined, comments dropped) as key/value pairs. */
function serviceAssignments(text: string): [string, string][] {
  const out: [string, string][] = [];
  let section = '';
  let pending = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = pending + raw;
    if (/\\$/.test(line) && !/^\s*[#;]/.test(raw)) {
      pending = `${line.slice(0, -1)} `;
      continue;
    }
    pending = '';
    const t = line.trim();
    if (!t || t.startsWith('#') || t.startsWith(';')) continue;
    const sec = /^\[(.+)\]$/.exec(t);
    if (sec) {
      section = sec[1]!;
      continue;
    }
    const eq = t.indexOf('=');
    if (section === 'Service' && eq > 0) out.push([t.slice(0, eq).trim(), t.slice(eq + 1).trim()]);
  }
  return out;
}

/** The unit file's text followed by its drop-ins' texts, in the order systemd applies them. */
export function parseServiceUnit(texts: readonly string[]): ServiceUnit {
  const unit: ServiceUnit = { execStart: null, execPrefixes: '', user: null, dynamicUser: false, environment: {}, ambientCapabilities: [], noNewPrivileges: false };
  for (const text of texts) {
    for (const [key, value] of serviceAssignments(text)) {
      switch (key) {
        case 'ExecStart': {
          if (value === '') {
            unit.execStart = null;
            break;
          }
          const prefix = /^[-@:+!]*/.exec(value)![0];
          const words = splitQuoted(value.slice(prefix.length)).words;
          // '@' gives argv[0] separately: the second word is the name the program sees.
          unit.execStart = prefix.includes('@') ? [words[0]!, ...words.slice(2)] : words;
          unit.execPrefixes = prefix;
          break;
        }
        case 'User': unit.user = value || null; break;
        case 'DynamicUser': unit.dynamicUser = TRUE.test(value); break;
        case 'NoNewPrivileges': unit.noNewPrivileges = TRUE.test(value); break;
        case 'Environment':
          if (value === '') unit.environment = {};
          for (const w of splitQuoted(value).words) {
            const eq = w.indexOf('=');
            if (eq > 0) unit.environment[w.slice(0, eq)] = w.slice(eq + 1);
          }
          break;
        case 'AmbientCapabilities':
          if (value === '') unit.ambientCapabilities = [];
          else if (value.startsWith('~')) {
            const drop = value.slice(1).split(/\s+/).map((c) => c.toLowerCase());
            unit.ambientCapabilities = unit.ambientCapabilities.filter((c) => !drop.includes(c));
          } else unit.ambientCapabilities.push(...value.split(/\s+/).map((c) => c.toLowerCase()));
          break;
      }
    }
  }
  return unit;
}

/** Runs as an unprivileged user: User= other than root/0, or DynamicUser=. '+' runs with full privileges. */
export function runsUnprivileged(u: ServiceUnit): boolean {
  if (u.execPrefixes.includes('+')) return false;
  return u.dynamicUser || (u.user !== null && u.user !== 'root' && u.user !== '0');
}
