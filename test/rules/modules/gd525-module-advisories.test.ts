import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd525 } from '../../../src/rules/modules/gd525-module-advisories.js';
import { check, factsWith } from '../../helpers/rules.js';
import { adv, vulns } from '../../helpers/vulns-facts.js';

test('GD525: a requirement with advisories, at its go.mod line, with the upgrade that fixes all', () => {
  const [f] = check(gd525, factsWith({ vulns: vulns({ modules: [{ path: 'golang.org/x/text', version: 'v0.3.6', file: '/p/go.mod', line: 7, advisories: [adv('GO-2021-0113', 'v0.3.7'), adv('GO-2022-1059', 'v0.3.8')] }] }) }));
  assert.equal(f!.messageId, 'advisories');
  assert.deepEqual(f!.location, { file: '/p/go.mod', line: 7 });
  assert.match(f!.message, /all with a fix are fixed in v0\.3\.8/);
  assert.ok(f!.fixes?.some((x) => x.kind === 'command' && x.command === 'go get golang.org/x/text@v0.3.8 && go mod tidy'));
  assert.deepEqual(check(gd525, factsWith({ vulns: vulns() })), []);
});

test('GD525: a go.mod lint found in a subdirectory gets its upgrade run there', () => {
  const [f] = check(gd525, factsWith({ vulns: vulns({ modules: [{ path: 'golang.org/x/text', version: 'v0.3.6', file: 'services/api gw/go.mod', line: 5, advisories: [adv('GO-2022-1059', 'v0.3.8')] }] }) }));
  assert.ok(f!.fixes?.some((x) => x.kind === 'command' && x.command === "cd 'services/api gw' && go get golang.org/x/text@v0.3.8 && go mod tidy"), JSON.stringify(f!.fixes));
});
