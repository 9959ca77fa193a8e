import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd841 } from '../../../src/rules/artifact/gd841-binary-module-advisories.js';
import { check, factsWith } from '../../helpers/rules.js';
import { adv, vulns } from '../../helpers/vulns-facts.js';

test('GD841: one finding per module of a binary with advisories', () => {
  const f = check(gd841, factsWith({ vulns: vulns({ binaries: [{ path: 'app', goVersion: 'go1.26.8', stdlib: [], modules: [{ path: 'golang.org/x/text', version: 'v0.3.6', advisories: [adv('GO-2022-1059', 'v0.3.8')] }, { path: 'golang.org/x/net', version: 'v0.1.0', advisories: [adv('GO-2023-1', null)] }] }] }) }));
  assert.deepEqual(f.map((x) => x.messageId), ['module', 'module']);
  assert.match(f[0]!.message, /app contains golang\.org\/x\/text v0\.3\.6: 1 known advisories: GO-2022-1059 \(fixed in v0\.3\.8\); all with a fix are fixed in v0\.3\.8/);
  assert.match(f[1]!.message, /no fixed version yet/);
  assert.deepEqual(check(gd841, factsWith({ vulns: vulns() })), []);
});
