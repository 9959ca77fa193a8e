import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd416 } from '../../../src/rules/system/gd416-ca-bundle-missing.js';
import { check, ids } from '../../helpers/rules.js';
import { sys } from './system-facts.js';

test('slim image without a bundle: install ca-certificates with the right tool', () => {
  const f = check(gd416, sys((s) => { s.ca = { sslCertFile: null, sslCertDir: null, candidates: [{ path: '/etc/ssl/certs/ca-certificates.crt', kind: 'file', exists: false, bytes: 0, certificates: 0 }, { path: '/etc/ssl/certs', kind: 'dir', exists: false, bytes: 0, certificates: 0 }], certificates: 0 }; }));
  assert.deepEqual(f.map((x) => x.messageId), ['none']);
  assert.ok(f[0]!.fixes.some((x) => x.kind === 'command' && x.command === 'sudo apt-get install -y ca-certificates && sudo update-ca-certificates'));
});

test('SSL_CERT_FILE pointing at a missing file', () => {
  const f = check(gd416, sys((s) => { s.ca = { sslCertFile: '/opt/corp.pem', sslCertDir: null, candidates: [{ path: '/opt/corp.pem', kind: 'file', exists: false, bytes: 0, certificates: 0 }, { path: '/etc/ssl/certs', kind: 'dir', exists: true, bytes: 9000, certificates: 130 }], certificates: 130 }; }));
  assert.deepEqual(f.map((x) => [x.messageId, x.severity]), [['badEnvFile', 'warning']]);
});

test('a bundle with certificates, or an OS store (macOS): nothing', () => {
  assert.deepEqual(ids(gd416, sys()), []);
  assert.deepEqual(ids(gd416, sys((s) => { s.ca = { sslCertFile: null, sslCertDir: null, candidates: [], certificates: null }; })), []);
});
