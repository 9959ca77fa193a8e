// Real certificates made by openssl (expired, expiring, valid, not yet valid), read by the real
// collector through SSL_CERT_FILE/SSL_CERT_DIR, judged by GD425; Go itself confirms the failure.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { LocalHost } from '../../../src/collectors/host.js';
import { collectCa } from '../../../src/collectors/system/ca.js';
import { rootBudget, readCaRoots } from '../../../src/collectors/system/ca-roots.js';
import { CaSchema, type CaRoot, type SystemFacts } from '../../../src/facts/schema/system.js';
import { gd425 } from '../../../src/rules/system/gd425-ca-certificates-expire.js';
import { check } from '../../helpers/rules.js';
import { sys } from './system-facts.js';
import { CertMaker } from '../../helpers/certs.js';

let certs: CertMaker;
let dir = '';
const pem: Record<string, string> = {};
const openssl = (args: string[]) => certs.openssl(args);

before(async () => {
  certs = await CertMaker.create();
  dir = certs.dir;
  certs.dated('expired', 'Old Corp Root', '20200101000000Z', '20210101000000Z');
  certs.dated('future', 'Future Root', '20990101000000Z', '21000101000000Z');
  certs.forDays('expiring', 'Soon Root', 10);
  certs.forDays('valid', 'Good Root', 3650);
  // A server certificate that is itself valid, issued by the expired root.
  certs.server('leaf', 'expired', '20200101000000Z', '20991231000000Z');
  for (const n of ['expired', 'future', 'expiring', 'valid']) pem[n] = await certs.pem(n);
});

after(() => certs.cleanup());

/** Collect the CA facts with SSL_CERT_FILE set to a bundle of `file` and SSL_CERT_DIR to a directory of `inDir`. */
async function collect(file: string[], inDir: string[] = []): Promise<SystemFacts['ca']> {
  const work = await fs.mkdtemp(path.join(dir, 'case-'));
  await fs.writeFile(path.join(work, 'bundle.pem'), file.map((n) => pem[n]).join(''));
  await fs.mkdir(path.join(work, 'certs'));
  for (const n of inDir) await fs.writeFile(path.join(work, 'certs', `${n}.pem`), pem[n]!);
  const env = { SSL_CERT_FILE: path.join(work, 'bundle.pem'), SSL_CERT_DIR: path.join(work, 'certs') };
  return CaSchema.parse(await collectCa({ host: new LocalHost(env), timeoutMs: 10_000, skipped: [], hung: [] }));
}

function run(ca: SystemFacts['ca']) {
  return check(gd425, sys((s) => { s.ca = ca; }));
}

test('the collector reads each root\'s dates as openssl wrote them', async () => {
  const ca = await collect(['expired', 'valid', 'expired'], ['future']);
  const [file, certs] = ca.candidates;
  // The bundle repeats a root: Go's pool keeps it once.
  assert.deepEqual(file!.roots!.map((r) => r.subject), ['CN=Old Corp Root', 'CN=Good Root']);
  assert.equal(file!.roots![0]!.notBefore, '2020-01-01T00:00:00.000Z');
  assert.equal(file!.roots![0]!.notAfter, '2021-01-01T00:00:00.000Z');
  assert.equal(file!.unparsable, 0);
  assert.deepEqual(certs!.roots!.map((r) => [r.subject, r.notAfter, path.basename(r.file)]), [['CN=Future Root', '2100-01-01T00:00:00.000Z', 'future.pem']]);
  assert.equal(ca.rootsTruncated, false);
  assert.ok(Math.abs(Date.parse(ca.checkedAt!) - Date.now()) < 60_000);
});

test('a bundle whose every root expired: error, and Go refuses a valid server certificate issued under it', async () => {
  const ca = await collect(['expired']);
  const f = run(ca);
  assert.deepEqual(f.map((x) => [x.messageId, x.severity]), [['noneValid', 'error']]);
  assert.match(f[0]!.message, /None of the 1 CA certificates Go loads .* is valid on \d{4}-\d\d-\d\d \(1 expired, 0 not yet valid\)/);
  // Go with the same SSL_CERT_FILE: the failure the message quotes, dated by the root (the server certificate runs to 2099).
  const mod = await fs.mkdtemp(path.join(dir, 'verify-'));
  await fs.writeFile(path.join(mod, 'go.mod'), 'module example.com/verify\n\ngo 1.22\n');
  await fs.writeFile(path.join(mod, 'main.go'), `package main
import ("crypto/x509";"encoding/pem";"fmt";"os")
func main(){b,_:=os.ReadFile(os.Args[1]);p,_:=pem.Decode(b);c,err:=x509.ParseCertificate(p.Bytes);if err!=nil{panic(err)};_,err=c.Verify(x509.VerifyOptions{DNSName:"example.test"});fmt.Println(err)}
`);
  const r = spawnSync('/usr/local/go/bin/go', ['run', '.', path.join(dir, 'leaf.pem')], { cwd: mod, encoding: 'utf8', timeout: 300_000, env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-modcacherw', SSL_CERT_FILE: ca.sslCertFile!, SSL_CERT_DIR: ca.sslCertDir! } });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^x509: certificate has expired or is not yet valid: current time \S+ is after 2021-01-01T00:00:00Z$/m);
});

test('an expired corporate bundle next to valid roots: the bundle is named, the expired root listed', async () => {
  const f = run(await collect(['expired'], ['valid']));
  assert.deepEqual(f.map((x) => [x.messageId, x.severity]), [['bundleExpired', 'warning'], ['expired', 'info']]);
  assert.match(f[0]!.message, /Every one of the 1 CA certificates in \S+bundle\.pem has expired, the last on 2021-01-01.*\(1 valid roots remain/);
  assert.match(f[1]!.message, /^1 CA certificate\(s\) Go loads have expired: CN=Old Corp Root \(2021-01-01\)/);
});

test('a root expiring within 30 days is noted, a root valid for years is not', async () => {
  const f = run(await collect(['valid', 'expiring']));
  assert.deepEqual(f.map((x) => [x.messageId, x.severity]), [['expiring', 'info']]);
  assert.match(f[0]!.message, /^1 CA certificate\(s\) Go loads expire within 30 days: CN=Soon Root \(\d{4}-/);
  assert.deepEqual(run(await collect(['valid'], ['valid'])), []);
});

test('only roots not yet valid: the clock is suspect', async () => {
  const f = run(await collect(['future']));
  assert.deepEqual(f.map((x) => x.messageId), ['noneValid']);
  assert.match(f[0]!.message, /\(0 expired, 1 not yet valid\)/);
  assert.equal(f[0]!.fixes[0]!.title, 'Check the clock');
});

test('bounded: the certificate cap stops parsing and says so; blocks with headers and garbage are not roots', () => {
  const roots: CaRoot[] = [];
  const budget = rootBudget(2);
  const data = Buffer.from(pem.valid! + pem.expiring! + pem.expired!);
  readCaRoots(data, 'b.pem', roots, new Set(), budget);
  assert.deepEqual([roots.length, budget.truncated], [2, true]);
  const junk = Buffer.from('-----BEGIN CERTIFICATE-----\nProc-Type: 4,ENCRYPTED\n\nAAAA\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n');
  const none: CaRoot[] = [];
  assert.equal(readCaRoots(junk, 'j.pem', none, new Set(), rootBudget()), 1);
  assert.equal(none.length, 0);
});

test('snapshots taken before dates were read, and OS trust stores: nothing', () => {
  assert.deepEqual(run({ sslCertFile: null, sslCertDir: null, candidates: [{ path: '/etc/ssl/certs/ca-certificates.crt', kind: 'file', exists: true, bytes: 9000, certificates: 140 }], certificates: 140 }), []);
  assert.deepEqual(run({ sslCertFile: null, sslCertDir: null, candidates: [], certificates: null }), []);
});

test('OpenSSL TRUSTED CERTIFICATE blocks are not counted: Go loads only CERTIFICATE blocks', async () => {
  openssl(['x509', '-in', 'valid.pem', '-addtrust', 'serverAuth', '-trustout', '-out', 'trusted.pem']);
  pem.trusted = await fs.readFile(path.join(dir, 'trusted.pem'), 'utf8');
  assert.match(pem.trusted, /BEGIN TRUSTED CERTIFICATE/);
  const onlyTrusted = await collect(['trusted']);
  assert.equal(onlyTrusted.candidates[0]!.certificates, 0);
  const mixed = await collect(['trusted', 'expiring']);
  assert.equal(mixed.candidates[0]!.certificates, 1);
});
