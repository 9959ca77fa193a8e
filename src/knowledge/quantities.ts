// Memory and CPU amounts as each reader of them parses them.

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** A Kubernetes resource.Quantity (512Mi, 1G, 500m, 1.5, 1e9), as a number of base units; null when malformed. */
export function parseK8sQuantity(text: string): number | null {
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E))?$/.exec(text.trim());
  if (!m) return null;
  const n = Number(m[1]!) * (m[2] ? 10 ** Number(m[2].slice(1)) : 1);
  const suffix = m[3] ?? '';
  return n * (BINARY[suffix] ?? DECIMAL[suffix]!);
}

/** Docker's byte amounts (mem_limit: 512m, deploy.resources.limits.memory: 1G, 1gb): b, k, m, g units of 1024. */
export function parseDockerBytes(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([bkmgt]?)b?$/i.exec(text.trim());
  if (!m) return null;
  const pow = 'bkmgt'.indexOf((m[2] || 'b').toLowerCase());
  return Math.round(Number(m[1]!) * 1024 ** pow);
}

/**
 * GOMEMLIMIT as the runtime reads it (src/runtime/string.go parseByteCount): digits with an
 * optional B, KiB, MiB, GiB or TiB suffix; "off" and "" mean no limit. Anything else makes the
 * runtime throw "malformed GOMEMLIMIT" at start-up.
 */
export function parseGoMemLimit(text: string): { bytes: number | null; malformed: boolean } {
  if (text === '' || text === 'off') return { bytes: null, malformed: false };
  const m = /^(\d+)(B|KiB|MiB|GiB|TiB)?$/.exec(text);
  if (!m) return { bytes: null, malformed: true };
  const pow = ['B', 'KiB', 'MiB', 'GiB', 'TiB'].indexOf(m[2] ?? 'B');
  return { bytes: Number(m[1]!) * 1024 ** pow, malformed: false };
}

/** Bytes as GOMEMLIMIT takes them, in the largest unit that keeps a whole number (e.g. 461MiB). */
export function goMemLimitText(bytes: number): string {
  for (const [unit, size] of [['GiB', 2 ** 30], ['MiB', 2 ** 20], ['KiB', 2 ** 10]] as const) {
    if (bytes >= size && Number.isInteger(bytes / size)) return `${bytes / size}${unit}`;
  }
  return bytes >= 2 ** 20 ? `${Math.floor(bytes / 2 ** 20)}MiB` : `${Math.floor(bytes)}B`;
}

/** Human size for messages: 512 MiB, 1.5 GiB. */
export function bytesText(bytes: number): string {
  for (const [unit, size] of [['GiB', 2 ** 30], ['MiB', 2 ** 20], ['KiB', 2 ** 10]] as const) {
    if (bytes >= size) return `${Math.round((bytes / size) * 100) / 100} ${unit}`;
  }
  return `${bytes} B`;
}
