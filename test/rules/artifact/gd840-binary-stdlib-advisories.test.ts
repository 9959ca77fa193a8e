import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd840 } from '../../../src/rules/artifact/gd840-binary-stdlib-advisories.js';
import { check, factsWith } from '../../helpers/rules.js';
import { adv, vulns } from '../../helpers/vulns-facts.js';

test('GD840: the Go release a binary was built with, and its standard-library advisories', () => {
  const [f] = check(gd840, factsWith({ vulns: vulns({ toolchain: null, binaries: [{ path: 'dist/app', goVersion: 'go1.26.8', stdlib: [adv('GO-2026-1', 'v1.26.9')], modules: [] }] }) }));
  assert.equal(f!.messageId, 'stdlib');
  assert.match(f!.message, /dist\/app was built by go1\.26\.8: 1 standard-library advisories, fixed from go1\.26\.9 on/);
  assert.deepEqual(check(gd840, factsWith({ vulns: vulns({ binaries: [{ path: 'a', goVersion: 'go1.26.9', stdlib: [], modules: [] }] }) })), []);
});
