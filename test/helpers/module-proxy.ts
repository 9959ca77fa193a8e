// Loopback GOPROXY and checksum DB servers for tests: a tiny module, chosen failures
// (403/404/410/500, never answering), plain HTTP or TLS from a CA generated at test time.
import * as http from 'node:http';
import * as https from 'node:https';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';

export const TINY_MODULE = 'example.com/tiny';
export const TINY_VERSION = 'v1.0.0';

/** How the server answers module requests. */
export type Behaviour = 'ok' | 401 | 403 | 404 | 410 | 500 | 'hang';

export interface LoopbackServer {
  url: string;
  /** "METHOD /path" of every request received, in order. */
  requests: string[];
  /** PEM file of the CA that signed the server certificate (TLS only). */
  caFile: string | null;
  close(): Promise<void>;
}

/** A module zip (stored, no compression) laid out as cmd/go expects: PATH@VERSION/file. */
export function moduleZip(files: Record<string, string>, prefix = `${TINY_MODULE}@${TINY_VERSION}/`): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const fname = Buffer.from(prefix + name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0, 6); local.writeUInt16LE(0, 8);
    local.writeUInt32LE(0, 10); local.writeUInt32LE(crc, 14); local.writeUInt32LE(data.length, 18); local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fname.length, 26); local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(0, 8);
    central.writeUInt16LE(0, 10); central.writeUInt32LE(0, 12); central.writeUInt32LE(crc, 16); central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24); central.writeUInt16LE(fname.length, 28); central.writeUInt32LE(offset, 42);
    locals.push(local, fname, data);
    centrals.push(central, fname);
    offset += local.length + fname.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(centrals.length / 2, 8); end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const TINY_GOMOD = `module ${TINY_MODULE}\n\ngo 1.21\n`;
const TINY_FILES = { 'go.mod': TINY_GOMOD, 'tiny.go': 'package tiny\n\n// Hello says hello.\nfunc Hello() string { return "hello" }\n' };

function tinyResponse(p: string): { type: string; body: Buffer } | null {
  const base = `/${TINY_MODULE}/@v/`;
  if (p === `/${TINY_MODULE}/@latest` || p === `${base}${TINY_VERSION}.info`) {
    return { type: 'application/json', body: Buffer.from(JSON.stringify({ Version: TINY_VERSION, Time: '2024-01-01T00:00:00Z' })) };
  }
  if (p === `${base}list`) return { type: 'text/plain', body: Buffer.from(`${TINY_VERSION}\n`) };
  if (p === `${base}${TINY_VERSION}.mod`) return { type: 'text/plain', body: Buffer.from(TINY_GOMOD) };
  if (p === `${base}${TINY_VERSION}.zip`) return { type: 'application/zip', body: moduleZip(TINY_FILES) };
  return null;
}

/** A CA and a 127.0.0.1 server certificate, made now with openssl, valid one day. */
async function makeCerts(dir: string): Promise<{ ca: string; key: string; cert: string }> {
  const f = (n: string) => path.join(dir, n);
  const run = (args: string[]) => execFileSync('openssl', args, { stdio: 'pipe', timeout: 20_000 });
  run(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', f('ca.key'), '-out', f('ca.pem'),
    '-days', '1', '-subj', '/CN=godiag test CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  run(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', f('srv.key'), '-out', f('srv.pem'),
    '-days', '1', '-subj', '/CN=127.0.0.1', '-CA', f('ca.pem'), '-CAkey', f('ca.key'),
    '-addext', 'subjectAltName=IP:127.0.0.1', '-addext', 'basicConstraints=critical,CA:FALSE', '-addext', 'extendedKeyUsage=serverAuth']);
  return { ca: f('ca.pem'), key: await fs.readFile(f('srv.key'), 'utf8'), cert: await fs.readFile(f('srv.pem'), 'utf8') };
}

async function listen(handler: http.RequestListener, tls: boolean): Promise<LoopbackServer> {
  const requests: string[] = [];
  const open = new Set<import('node:net').Socket>();
  let dir: string | null = null;
  let caFile: string | null = null;
  const wrapped: http.RequestListener = (req, res) => {
    requests.push(`${req.method} ${req.url}`);
    handler(req, res);
  };
  let server: http.Server;
  if (tls) {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'godiag-tls-'));
    const certs = await makeCerts(dir);
    caFile = certs.ca;
    server = https.createServer({ key: certs.key, cert: certs.cert }, wrapped);
  } else {
    server = http.createServer(wrapped);
  }
  server.on('connection', (s) => { open.add(s); s.on('close', () => open.delete(s)); });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    caFile,
    async close() {
      for (const s of open) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (dir) await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

/** A GOPROXY serving example.com/tiny@v1.0.0, or failing every module request as told. */
export function startModuleProxy(opts: { behaviour?: Behaviour; tls?: boolean } = {}): Promise<LoopbackServer> {
  const behaviour = opts.behaviour ?? 'ok';
  return listen((req, res) => {
    const p = (req.url ?? '/').split('?')[0]!;
    if (p.startsWith('/sumdb/')) { res.writeHead(404).end('not proxying checksum databases\n'); return; }
    if (behaviour === 'hang') return; // never answers; the client must time out
    if (behaviour !== 'ok') { res.writeHead(behaviour, { 'content-type': 'text/plain' }).end(`status ${behaviour}\n`); return; }
    const hit = tinyResponse(p);
    if (!hit) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n'); return; }
    res.writeHead(200, { 'content-type': hit.type, 'content-length': hit.body.length }).end(hit.body);
  }, !!opts.tls);
}

/**
 * A checksum database that answers every lookup with one HTTP status. Pair it with
 * GOSUMDB="<key> <url>" where key comes from sumdbKey(name).
 */
export function startSumdb(status: 403 | 404 | 410 | 500): Promise<LoopbackServer> {
  return listen((_req, res) => { res.writeHead(status, { 'content-type': 'text/plain' }).end(`status ${status}\n`); }, false);
}

/** A valid verifier key (note.NewVerifier format) for a checksum DB called name. */
export function sumdbKey(name: string): string {
  const { publicKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const key = Buffer.concat([Buffer.from([1]), raw]);
  const hash = createHash('sha256').update(name).update('\n').update(key).digest().readUInt32BE(0);
  return `${name}+${hash.toString(16).padStart(8, '0')}+${key.toString('base64')}`;
}
