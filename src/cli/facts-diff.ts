import type { Facts } from '../facts/schema.js';

export interface FactsDifference {
  key: string;
  a: string | null;
  b: string | null;
}

/** Values that change on every run and say nothing about the machine. */
const VOLATILE = /(^|\.)(ms|collectedAt|mtimeMs|timings|durationMs|elapsedMs)$|GOGCCFLAGS/;

/** A stable, comparable projection of facts: key → printable value. */
export function flattenFacts(facts: Facts): Map<string, string> {
  const out = new Map<string, string>();
  const tc = facts.toolchains?.ok ? facts.toolchains.value : null;
  if (tc) {
    const w = tc.installs[0];
    out.set('toolchain.winner', w ? `${w.path} ${w.reportedVersion ?? '?'} (${w.installKind})` : 'none');
    tc.installs.forEach((g, i) => out.set(`toolchain.path[${i}]`, `${g.realPath ?? g.path} ${g.reportedVersion ?? '?'}`));
    tc.offPath.forEach((g) => out.set(`toolchain.offPath.${g.realPath ?? g.path}`, g.reportedVersion ?? '?'));
  }
  const env = facts.goenv?.ok ? facts.goenv.value : null;
  if (env) for (const s of Object.values(env.settings)) if (!VOLATILE.test(s.key)) out.set(`goenv.${s.key}`, `${s.value} (${s.source})`);
  for (const [area, c] of Object.entries(facts)) {
    if (['schemaVersion', 'collectedAt', 'host', 'toolchains', 'goenv'].includes(area) || !c || typeof c !== 'object') continue;
    const wrapped = c as { ok: boolean; value?: unknown; error?: string };
    if (!wrapped.ok) out.set(`${area}`, `failed: ${wrapped.error}`);
    else walk(wrapped.value, area, out, 0);
  }
  out.set('host', `${facts.host.platform}/${facts.host.arch}`);
  return out;
}

function walk(v: unknown, key: string, out: Map<string, string>, depth: number) {
  if (out.size > 5000 || VOLATILE.test(key)) return;
  if (v === null || typeof v !== 'object') {
    out.set(key, String(v));
    return;
  }
  if (depth >= 5) {
    out.set(key, JSON.stringify(v).slice(0, 200));
    return;
  }
  if (Array.isArray(v)) {
    if (v.every((x) => x === null || typeof x !== 'object')) out.set(key, v.join(', '));
    else v.slice(0, 100).forEach((x, i) => walk(x, `${key}[${i}]`, out, depth + 1));
    return;
  }
  for (const [k, x] of Object.entries(v)) walk(x, `${key}.${k}`, out, depth + 1);
}

export function diffFacts(a: Facts, b: Facts): FactsDifference[] {
  const fa = flattenFacts(a);
  const fb = flattenFacts(b);
  const keys = [...new Set([...fa.keys(), ...fb.keys()])].sort();
  return keys.filter((k) => k !== 'project.cwd' && fa.get(k) !== fb.get(k)).map((k) => ({ key: k, a: fa.get(k) ?? null, b: fb.get(k) ?? null }));
}
