import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd851 } from '../../../src/rules/artifact/gd851-version-stamp-not-in-build-info.js';
import { check, ids } from '../../helpers/rules.js';
import { artifactsFacts, bin, buildInfo } from '../../helpers/artifacts.js';

const stamped = [{ name: 'main.version', value: '1.2.3' }];

test('GD851 notes a -X version stamp when build info says (devel)', () => {
  const f = check(gd851, artifactsFacts([bin({ versionVariables: stamped })]));
  assert.deepEqual(f.map((x) => [x.messageId, x.severity]), [['devel', 'info']]);
  assert.match(f[0]!.message, /main\.version=1\.2\.3 .*"\(devel\)"/);
});

test('GD851 passes a recorded module version, no stamp, and binaries without build info', () => {
  const released = buildInfo({}, { main: { path: 'example.com/app', version: 'v1.2.3', sum: '', replace: null } });
  assert.deepEqual(ids(gd851, artifactsFacts([bin({ buildInfo: released, versionVariables: stamped }), bin(), bin({ buildInfo: null, versionVariables: stamped })])), []);
});
