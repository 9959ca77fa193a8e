import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd101 } from '../../../src/rules/toolchain/gd101-no-go-on-path.js';
import { factsWith, ids, check } from '../../helpers/rules.js';
import { install, toolchains } from '../../helpers/builders.js';

test('GD101 reports an empty PATH search, and an install that is only off PATH', () => {
  assert.deepEqual(ids(gd101, factsWith({ toolchains: toolchains([]) })), ['none']);
  const off = install({ path: '/usr/local/go/bin/go', onPath: false, pathIndex: null });
  const [f] = check(gd101, factsWith({ toolchains: toolchains([off]) }));
  assert.equal(f!.messageId, 'offPath');
  assert.match(f!.fixes[0]!.kind === 'command' ? f!.fixes[0]!.command : '', /\/usr\/local\/go\/bin/);
});

test('GD101 is quiet when a go is on PATH', () => {
  assert.deepEqual(ids(gd101, factsWith({ toolchains: toolchains([install({ path: '/usr/local/go/bin/go' })]) })), []);
});
