import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd507 } from '../../../src/rules/modules/gd507-private-module-leaks.js';
import { check, ids } from '../../helpers/rules.js';
import { facts } from './fixture.js';

test('GD507 reports internal hosts, IPs and marked prefixes routed to the public proxy and sumdb', () => {
  const f = check(gd507, facts({
    requires: ['git.corp.internal/team/api', '10.0.0.5/libs/log', 'github.com/acme/secret', 'github.com/stretchr/testify'],
    privateHosts: ['github.com/acme'],
  }));
  assert.deepEqual(f.map((x) => x.data.module), ['git.corp.internal/team/api', '10.0.0.5/libs/log', 'github.com/acme/secret']);
  assert.deepEqual(f[0]!.location, { file: '/work/go.mod', line: 5 });
  assert.match(f[0]!.message, /proxy\.golang\.org and the checksum database sum\.golang\.org/);
  assert.ok(f[2]!.fixes.some((x) => x.kind === 'command' && x.command === "go env -w GOPRIVATE='github.com/acme'"));
});

test('GD507: GONOPROXY alone still leaks to the checksum database', () => {
  const f = check(gd507, facts({ requires: ['git.corp.internal/x'], env: { GONOPROXY: 'git.corp.internal' } }));
  assert.match(f[0]!.message, /requested from the checksum database sum\.golang\.org/);
});

test('GD507 passes when GOPRIVATE covers them', () => {
  assert.deepEqual(ids(gd507, facts({ requires: ['git.corp.internal/team/api', 'github.com/acme/x'], privateHosts: ['github.com/acme'], env: { GOPRIVATE: '*.internal,github.com/acme' } })), []);
  assert.deepEqual(ids(gd507, facts({ requires: ['github.com/stretchr/testify'] })), []);
});
