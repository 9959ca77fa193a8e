// The targets of `godiag fleet`: URLs on the command line or in a file (one a line), the hosts
// of an Ansible inventory (INI or YAML), and every pod of a Kubernetes label selector.
import * as yaml from 'js-yaml';
import { UsageError } from './io.js';
import type { Host } from '../collectors/host.js';

/**
 * A targets file: an Ansible inventory when it looks like one (INI `[group]` headers or
 * `ansible_` variables; YAML with `hosts:`), else one URL a line (# comments, blank lines).
 */
export function targetsFromFile(text: string, file: string): string[] {
  if (/\.ya?ml$/i.test(file) || /^\s*(all|hosts)\s*:/m.test(text)) return ansibleYamlHosts(text, file);
  if (/^\s*\[[^\]]+\]\s*$/m.test(text) || /\bansible_(host|user|port)=/.test(text)) return ansibleIniHosts(text);
  return text.split(/\r?\n/).map((l) => l.replace(/(^|\s)#.*$/, '').trim()).filter(Boolean);
}

/** ssh://[user@]host[:port] from an inventory host and its ansible_host/ansible_user/ansible_port. */
function sshUrl(name: string, vars: Record<string, unknown>): string {
  const host = String(vars.ansible_host ?? name);
  const user = vars.ansible_user ?? vars.ansible_ssh_user;
  const port = vars.ansible_port ?? vars.ansible_ssh_port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return `ssh://${user ? `${String(user)}@` : ''}${shown}${port ? `:${String(port)}` : ''}`;
}

/**
 * INI inventory (docs.ansible.com "How to build your inventory"): host lines under [group]
 * headers, `key=value` variables after the name; [group:vars] and [group:children] hold none.
 * Ranges (web[01:50]) are not expanded: such a line is an error, not a silent omission.
 */
export function ansibleIniHosts(text: string): string[] {
  const out: string[] = [];
  let section = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)[#;].*$/, '').trim();
    if (!line) continue;
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header) {
      section = header[1]!;
      continue;
    }
    if (/:(vars|children)$/.test(section)) continue;
    const [name, ...pairs] = line.split(/\s+/);
    if (/\[[^\]]*:[^\]]*\]/.test(name!)) throw new UsageError(`inventory host ${JSON.stringify(name)}: ranges are not expanded; list the hosts one a line`);
    const vars = Object.fromEntries(pairs.map((p) => p.split('=', 2) as [string, string]).filter((kv) => kv.length === 2));
    out.push(vars.ansible_connection === 'local' ? 'local-probe' : sshUrl(name!, vars));
  }
  return [...new Set(out)];
}

/** YAML inventory: `hosts:` maps at any depth under groups and `children:`. */
export function ansibleYamlHosts(text: string, file: string): string[] {
  let doc: unknown;
  try {
    doc = yaml.load(text, { schema: yaml.JSON_SCHEMA });
  } catch (e) {
    throw new UsageError(`${file}: not a YAML inventory: ${(e as Error).message.split('\n')[0]}`);
  }
  const out: string[] = [];
  const visit = (group: unknown, depth: number): void => {
    if (!group || typeof group !== 'object' || depth > 64) return;
    const g = group as Record<string, unknown>;
    if (g.hosts && typeof g.hosts === 'object') {
      for (const [name, vars] of Object.entries(g.hosts as Record<string, unknown>)) {
        const v = (vars && typeof vars === 'object' ? vars : {}) as Record<string, unknown>;
        out.push(v.ansible_connection === 'local' ? 'local-probe' : sshUrl(name, v));
      }
    }
    if (g.children && typeof g.children === 'object') for (const c of Object.values(g.children as Record<string, unknown>)) visit(c, depth + 1);
    // The top level names groups directly (all:, webservers:).
    if (depth === 0) for (const [k, c] of Object.entries(g)) if (k !== 'hosts' && k !== 'children' && k !== 'vars') visit(c, depth + 1);
  };
  visit(doc, 0);
  return [...new Set(out)];
}

/** k8s://[context/]namespace/-l selector: a label selector instead of a pod name. */
export function parseSelector(target: string): { context: string | null; namespace: string; selector: string } | null {
  const m = /^k8s:\/\/(?:([^/]+)\/)?([^/]+)\/-l\s*(.+)$/.exec(target);
  if (!m) return null;
  return { context: m[1] ?? null, namespace: m[2]!, selector: m[3]!.trim() };
}

/** `kubectl get pods -o name` for a selector, as an argument array (nothing goes through a shell). */
export function selectorArgv(s: { context: string | null; namespace: string; selector: string }): string[] {
  for (const v of [s.context, s.namespace, s.selector]) {
    if (v !== null && (!v || v.startsWith('-') || /[\0\n\r]/.test(v))) throw new UsageError(`k8s selector target: invalid part ${JSON.stringify(v)}`);
  }
  return ['kubectl', ...(s.context ? ['--context', s.context] : []), 'get', 'pods', '-n', s.namespace, '-l', s.selector, '--field-selector=status.phase=Running', '-o', 'name'];
}

/** The pods a selector names, as k8s:// targets (through the Host's command runner); kubectl's own error when it fails. */
export async function podsOf(host: Host, target: string, timeoutMs: number): Promise<string[]> {
  const s = parseSelector(target)!;
  const [cmd, ...args] = selectorArgv(s);
  const r = await host.run(cmd!, args, { timeoutMs });
  if (!r.ok || r.code !== 0) throw new Error(`${target}: kubectl get pods failed: ${(r.stderr || r.error || `exit ${r.code}`).trim().split('\n')[0]}`);
  return r.stdout.split('\n').map((l) => l.trim().replace(/^pod\//, '')).filter(Boolean)
    .map((pod) => `k8s://${s.context ? `${s.context}/` : ''}${s.namespace}/${pod}${s.context ? '/' : ''}`);
}
