import type { Facts } from '../facts/schema.js';
import { compareText } from '../facts/order.js';

export interface FactsDifference {
  key: string;
  /** The first part of the key: toolchain, goenv, shells, system ... */
  area: string;
  a: string | null;
  b: string | null;
  /** Changes between any two runs on one machine (free disk space, timings): shown only with --all. */
  volatile: boolean;
}

/** Values that change on every run and say nothing about the machine's setup (a field anywhere on the key's path). */
const VOLATILE_FIELDS = new Set(['ms', 'collectedAt', 'mtimeMs', 'timings', 'durationMs', 'elapsedMs', 'freeBytes', 'checkedAt']);

/** GOGCCFLAGS names a fresh temporary directory on every run. */
function isVolatile(key: string): boolean {
  return key.includes('GOGCCFLAGS') || key.replace(/\[[^\]]*\]/g, '').split('.').some((f) => VOLATILE_FIELDS.has(f));
}

/**
 * Fields that name an element of an array, tried in this order: a toolchain by its path, a setting
 * by its key or name, a shell context by its id, a directory by its role. An array is matched by
 * the first field whose values are present and unique in both snapshots, else by position.
 */
const ELEMENT_KEYS = ['id', 'role', 'key', 'name', 'path', 'realPath', 'dir', 'file', 'module', 'pattern', 'mountPoint'];

/** What the summary leads with, in this order: the go that runs and the settings that decide builds. */
const HEADLINES = [
  'toolchain.winner', 'goenv.GOVERSION', 'goenv.GOROOT', 'goenv.GOTOOLCHAIN', 'goenv.GOOS', 'goenv.GOARCH', 'goenv.CGO_ENABLED',
  'goenv.GOFLAGS', 'goenv.GOPROXY', 'goenv.GOSUMDB', 'goenv.GOPRIVATE', 'goenv.GONOSUMDB', 'goenv.GONOPROXY', 'goenv.GOPATH', 'goenv.GOMODCACHE', 'host',
];

/** HOME as the snapshot recorded it: the go env probe's environment. */
function homeOf(facts: Facts): string | null {
  const env = facts.goenv?.ok ? facts.goenv.value.osEnv : null;
  const home = env?.HOME ?? env?.USERPROFILE;
  return home && home.length > 1 ? home.replace(/[\\/]+$/, '') : null;
}

/** `/home/ci/go/bin` → `~/go/bin`: two machines with other user names compare equal. */
function homeNormaliser(home: string | null): (s: string) => string {
  if (!home) return (s) => s;
  const escaped = home.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`${escaped}(?=$|[\\\\/:;,\\s)\\]"'])`, 'g');
  return (s) => (s.includes(home) ? s.replace(re, '~') : s);
}

/** A stable, comparable projection of facts: key → printable value, with HOME shown as ~. */
export function flattenFacts(facts: Facts, other: Facts | null = null): Map<string, string> {
  const norm = homeNormaliser(homeOf(facts));
  const out = new Map<string, string>();
  const tc = facts.toolchains?.ok ? facts.toolchains.value : null;
  if (tc) {
    const w = tc.installs[0];
    out.set('toolchain.winner', w ? norm(`${w.path} ${w.reportedVersion ?? '?'} (${w.installKind})`) : 'none');
    tc.installs.forEach((g, i) => out.set(`toolchain.onPath.${norm(g.realPath ?? g.path)}`, `${g.reportedVersion ?? '?'}, position ${i + 1} on PATH`));
    tc.offPath.forEach((g) => out.set(`toolchain.offPath.${norm(g.realPath ?? g.path)}`, g.reportedVersion ?? '?'));
  }
  const env = facts.goenv?.ok ? facts.goenv.value : null;
  if (env) for (const s of Object.values(env.settings)) out.set(`goenv.${s.key}`, norm(`${s.value} (${s.source})`));
  for (const [area, c] of Object.entries(facts)) {
    if (['schemaVersion', 'collectedAt', 'host', 'toolchains', 'goenv'].includes(area) || !c || typeof c !== 'object') continue;
    const wrapped = c as { ok: boolean; value?: unknown; error?: string };
    const counterpart = other ? (other as Record<string, unknown>)[area] as { ok: boolean; value?: unknown } | undefined : undefined;
    if (!wrapped.ok) out.set(`${area}`, `failed: ${norm(wrapped.error ?? '')}`);
    else walk(wrapped.value, counterpart?.ok ? counterpart.value : undefined, area, out, 0, norm);
  }
  out.set('host', `${facts.host.platform}/${facts.host.arch}`);
  return out;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => x !== null && typeof x === 'object' && !Array.isArray(x);

/** The field that names each element of both arrays uniquely, or null (match by position). */
function elementKey(a: unknown[], b: unknown[] | undefined): string | null {
  const all = [...a, ...(b ?? [])];
  if (all.length === 0 || !all.every(isObj)) return null;
  const unique = (list: unknown[], k: string) => {
    const vals = list.map((x) => (x as Obj)[k]);
    return vals.every((v) => typeof v === 'string' || typeof v === 'number') && new Set(vals).size === vals.length;
  };
  return ELEMENT_KEYS.find((k) => unique(a, k) && (!b || unique(b, k))) ?? null;
}

/** `other` is the same place in the snapshot compared with, so both sides choose the same element key. */
function walk(v: unknown, other: unknown, key: string, out: Map<string, string>, depth: number, norm: (s: string) => string) {
  if (out.size > 5000) return;
  if (v === null || typeof v !== 'object') {
    out.set(key, norm(String(v)));
    return;
  }
  if (depth >= 5) {
    out.set(key, norm(JSON.stringify(v).slice(0, 200)));
    return;
  }
  if (Array.isArray(v)) {
    if (v.every((x) => x === null || typeof x !== 'object')) {
      out.set(key, norm(v.join(', ')));
      return;
    }
    const peers = Array.isArray(other) ? other : undefined;
    const k = elementKey(v, peers);
    v.slice(0, 100).forEach((x, i) => {
      const name = k ? norm(String((x as Obj)[k])) : String(i);
      const match = k ? peers?.find((p) => isObj(p) && norm(String(p[k])) === name) : peers?.[i];
      walk(x, match, `${key}[${name}]`, out, depth + 1, norm);
    });
    return;
  }
  const o = isObj(other) ? other : undefined;
  for (const [k, x] of Object.entries(v)) walk(x, o?.[k], `${key}.${k}`, out, depth + 1, norm);
}

export function diffFacts(a: Facts, b: Facts): FactsDifference[] {
  const fa = flattenFacts(a, b);
  const fb = flattenFacts(b, a);
  const keys = [...new Set([...fa.keys(), ...fb.keys()])].sort(compareText);
  return keys.filter((k) => k !== 'project.cwd' && fa.get(k) !== fb.get(k)).map((k) => ({
    key: k, area: k.split(/[.[]/)[0]!, a: fa.get(k) ?? null, b: fb.get(k) ?? null, volatile: isVolatile(k),
  }));
}

export interface DiffSummary {
  /** Differences that matter (not volatile, not ignored), per area. */
  byArea: Record<string, number>;
  /** The differences a reader should see first. */
  headlines: FactsDifference[];
  volatile: number;
}

export function summarizeDiff(diffs: readonly FactsDifference[]): DiffSummary {
  const byArea: Record<string, number> = {};
  for (const d of diffs) if (!d.volatile) byArea[d.area] = (byArea[d.area] ?? 0) + 1;
  const headlines = HEADLINES.map((h) => diffs.find((d) => d.key === h)).filter((d): d is FactsDifference => d !== undefined);
  return { byArea, headlines, volatile: diffs.filter((d) => d.volatile).length };
}
