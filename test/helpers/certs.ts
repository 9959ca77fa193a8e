// Real X.509 certificates made by openssl for tests: self-signed roots with chosen dates
// (openssl ca -startdate/-enddate, so past dates too) and servers issued under them.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';

const CA_CONFIG = `[ ca ]
default_ca = CA_default
[ CA_default ]
database = ./index.txt
new_certs_dir = .
serial = ./serial
default_md = sha256
policy = policy_any
unique_subject = no
[ policy_any ]
commonName = supplied
[ v3_ca ]
basicConstraints = critical,CA:true
keyUsage = critical,keyCertSign,cRLSign
[ v3_leaf ]
basicConstraints = CA:false
extendedKeyUsage = serverAuth
subjectAltName = DNS:example.test
`;

const NEW_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

/** A work directory of certificates; each is NAME.pem with its key NAME.key. */
export class CertMaker {
  private constructor(readonly dir: string) {}

  static async create(): Promise<CertMaker> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'godiag-ca-'));
    await fs.writeFile(path.join(dir, 'ca.cnf'), CA_CONFIG);
    await fs.writeFile(path.join(dir, 'index.txt'), '');
    await fs.writeFile(path.join(dir, 'serial'), '01\n');
    return new CertMaker(dir);
  }

  openssl(args: string[]): void {
    const r = spawnSync('openssl', args, { cwd: this.dir, encoding: 'utf8', timeout: 60_000 });
    if (r.error || r.status !== 0) throw new Error(`openssl ${args.join(' ')} failed (is openssl installed? scripts/install-test-deps.sh): ${r.error?.message ?? r.stderr}`);
  }

  /** A self-signed CA valid from `start` to `end` (openssl ca dates, YYYYMMDDHHMMSSZ). */
  dated(name: string, cn: string, start: string, end: string): void {
    this.openssl(['req', '-new', ...NEW_KEY, '-keyout', `${name}.key`, '-subj', `/CN=${cn}`, '-out', `${name}.csr`]);
    this.openssl(['ca', '-batch', '-notext', '-config', 'ca.cnf', '-selfsign', '-keyfile', `${name}.key`, '-in', `${name}.csr`, '-startdate', start, '-enddate', end, '-extensions', 'v3_ca', '-out', `${name}.pem`]);
  }

  /** A self-signed CA valid from now for `days`. */
  forDays(name: string, cn: string, days: number): void {
    this.openssl(['req', '-x509', ...NEW_KEY, '-keyout', `${name}.key`, '-subj', `/CN=${cn}`, '-days', String(days), '-addext', 'basicConstraints=critical,CA:true', '-addext', 'keyUsage=critical,keyCertSign', '-out', `${name}.pem`]);
  }

  /** A server certificate for example.test issued by `issuer`, valid from `start` to `end`. */
  server(name: string, issuer: string, start: string, end: string): void {
    this.openssl(['req', '-new', ...NEW_KEY, '-keyout', `${name}.key`, '-subj', '/CN=example.test', '-out', `${name}.csr`]);
    this.openssl(['ca', '-batch', '-notext', '-config', 'ca.cnf', '-cert', `${issuer}.pem`, '-keyfile', `${issuer}.key`, '-in', `${name}.csr`, '-startdate', start, '-enddate', end, '-extensions', 'v3_leaf', '-out', `${name}.pem`]);
  }

  pem(name: string): Promise<string> {
    return fs.readFile(path.join(this.dir, `${name}.pem`), 'utf8');
  }

  cleanup(): Promise<void> {
    return fs.rm(this.dir, { recursive: true, force: true });
  }
}
