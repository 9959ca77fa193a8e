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
  // Every finding sets the same merged list: applying one or all of them keeps every prefix.
  for (const x of f) assert.deepEqual(x.fixes.map((y) => y.kind === 'command' && y.command), ['go env -w GOPRIVATE=git.corp.internal,10.0.0.5,github.com/acme']);
});

test('GD507 adds to an existing GOPRIVATE instead of replacing it', () => {
  const f = check(gd507, facts({ requires: ['git.corp.internal/a', 'git.other.corp/b'], env: { GOPRIVATE: 'example.com/mine' }, sources: { GOPRIVATE: 'user-file' } }));
  assert.equal(f.length, 2);
  for (const x of f) assert.deepEqual(x.fixes.map((y) => y.kind === 'command' && y.command), ['go env -w GOPRIVATE=example.com/mine,git.corp.internal,git.other.corp']);
});

test('GD507: GONOPROXY alone still leaks to the checksum database', () => {
  const f = check(gd507, facts({ requires: ['git.corp.internal/x'], env: { GONOPROXY: 'git.corp.internal' } }));
  assert.match(f[0]!.message, /requested from the checksum database sum\.golang\.org/);
});

test('GD507 passes when GOPRIVATE covers them', () => {
  assert.deepEqual(ids(gd507, facts({ requires: ['git.corp.internal/team/api', 'github.com/acme/x'], privateHosts: ['github.com/acme'], env: { GOPRIVATE: '*.internal,github.com/acme' } })), []);
  assert.deepEqual(ids(gd507, facts({ requires: ['github.com/stretchr/testify'] })), []);
});
