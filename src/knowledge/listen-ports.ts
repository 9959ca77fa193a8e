// Ports a server is told to listen on, from its command-line words and environment. Only flags
// and variables whose names say listen/bind/address/port count: `--upstream=http://db:80` is a
// place to connect to, not to bind.

export interface ListenPort { port: number; /** The word or assignment that sets it. */ source: string }

const LISTEN_NAME = /(listen|bind|addr|address|port|http|https|grpc|web|metrics)/i;
/** host:port, :port, [v6]:port; not a URL (a scheme is a client address). */
const HOST_PORT = /^(?:[\w.-]*|\[[0-9a-fA-F:.]+\]):(\d{1,5})$/;

function portOf(name: string, value: string): number | null {
  const v = value.trim();
  const hp = HOST_PORT.exec(v);
  if (hp) return Number(hp[1]);
  if (/port/i.test(name) && /^\d{1,5}$/.test(v)) return Number(v);
  return null;
}

/** Ports named by `--flag=value`, `-flag value` and `--flag value` words (program name excluded). */
export function portsFromArgs(words: readonly string[]): ListenPort[] {
  const out: ListenPort[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const m = /^--?([\w.-]+)(?:=(.*))?$/.exec(w);
    if (!m || !LISTEN_NAME.test(m[1]!)) continue;
    const value = m[2] ?? words[i + 1];
    if (value === undefined) continue;
    const port = portOf(m[1]!, value);
    if (port !== null && port > 0 && port < 65536) out.push({ port, source: m[2] !== undefined ? w : `${w} ${value}` });
  }
  return out;
}

/** Ports named by environment assignments such as PORT=80, LISTEN_ADDR=:443, HTTP_ADDR=0.0.0.0:80. */
export function portsFromEnv(env: Readonly<Record<string, string>>): ListenPort[] {
  const out: ListenPort[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (!/(PORT|ADDR|LISTEN|BIND)/i.test(name)) continue;
    const port = portOf(name, value);
    if (port !== null && port > 0 && port < 65536) out.push({ port, source: `${name}=${value}` });
  }
  return out;
}
