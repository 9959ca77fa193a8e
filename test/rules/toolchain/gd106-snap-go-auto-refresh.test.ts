import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd106 } from '../../../src/rules/toolchain/gd106-snap-go-auto-refresh.js';
import { factsWith, ids, check } from '../../helpers/rules.js';
import { install, toolchains } from '../../helpers/builders.js';

test('GD106 notes a snap go and proposes a versioned channel', () => {
  const snap = install({ path: '/snap/bin/go', realPath: '/snap/go/10535/bin/go', reportedVersion: 'go1.22.3', installKind: 'snap' });
  const [f] = check(gd106, factsWith({ toolchains: toolchains([snap]) }));
  assert.equal(f!.fixes[0]!.kind === 'command' && f!.fixes[0]!.command, 'sudo snap refresh go --channel=1.22/stable');
});

test('GD106 is quiet for other installs', () => {
  assert.deepEqual(ids(gd106, factsWith({ toolchains: toolchains([install({ path: '/usr/local/go/bin/go' })]) })), []);
});
