import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsWith, ids, check } from '../../helpers/rules.js';
import { goenv, setting, install, toolchains, project } from '../../helpers/builders.js';
import { gd208 } from '../../../src/rules/settings/gd208-invalid-gotoolchain.js';

const with_ = (v: string) => factsWith({ goenv: goenv([setting('GOTOOLCHAIN', v, 'env')]) });

test('GD208 rejects what select.go rejects', () => {
  for (const v of ['bash', 'go1.22.3+fast', 'latest', 'go1.x+auto', '1.22.3']) assert.deepEqual(ids(gd208, with_(v)), ['invalid'], v);
  assert.deepEqual(ids(gd208, with_('go1.22')), ['langVersion']);
  assert.deepEqual(ids(gd208, with_('go1.22+auto')), ['langVersion']);
});
test('GD208 accepts the documented forms', () => {
  for (const v of ['local', 'auto', 'path', 'go1.22.3', 'go1.22.3+auto', 'local+path', 'go1.20', 'go1.21rc2', 'gccgo-go1.20.1', 'go1.22.3-custom']) assert.deepEqual(ids(gd208, with_(v)), [], v);
});
