import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd524 } from '../../../src/rules/modules/gd524-stdlib-advisories.js';
import { check, factsWith } from '../../helpers/rules.js';
import { adv, vulns } from '../../helpers/vulns-facts.js';

test('GD524: standard-library and go command advisories of the running release, said to be version matching', () => {
  const f = check(gd524, factsWith({ vulns: vulns({ toolchain: { goVersion: 'go1.26.8', semver: 'v1.26.8', stdlib: [adv('GO-2026-1', 'v1.26.9'), adv('GO-2026-2', 'v1.26.10')], goCommand: [adv('GO-2026-3', 'v1.26.9')] } }) }));
  assert.deepEqual(f.map((x) => x.messageId), ['stdlib', 'goCommand']);
  assert.match(f[0]!.message, /go1\.26\.8: 2 standard-library advisories, fixed from go1\.26\.9 on \(all of them by go1\.26\.10\)/);
  assert.match(f[0]!.message, /version matching.*not govulncheck/);
  assert.deepEqual(check(gd524, factsWith({ vulns: vulns() })), []);
  assert.deepEqual(check(gd524, factsWith({ vulns: vulns({ db: null, toolchain: null, howTo: 'x' }) })), []);
});
