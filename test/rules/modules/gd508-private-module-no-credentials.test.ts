import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd508 } from '../../../src/rules/modules/gd508-private-module-no-credentials.js';
import { check, ids } from '../../helpers/rules.js';
import { facts } from './fixture.js';

const base = { env: { GOPRIVATE: 'git.corp.example.com' }, requires: ['git.corp.example.com/team/api', 'git.corp.example.com/team/web', 'rsc.io/quote'] };

test('GD508 reports a direct private host with no credential source, once per host', () => {
  const f = check(gd508, facts(base));
  assert.deepEqual(f.map((x) => x.data.host), ['git.corp.example.com']);
  assert.ok(f[0]!.fixes.some((x) => x.kind === 'command' && x.command.includes('url."git@git.corp.example.com:".insteadOf')));
});

test('GD508 passes with a netrc machine, an insteadOf rewrite, a credential helper, GOAUTH or prompts on', () => {
  assert.deepEqual(ids(gd508, facts({ ...base, host: { netrc: { path: '/h/.netrc', exists: true, machines: ['git.corp.example.com'], hasDefault: false } } })), []);
  assert.deepEqual(ids(gd508, facts({ ...base, host: { git: { path: '/usr/bin/git', insteadOf: [{ base: 'git@git.corp.example.com:', insteadOf: 'https://git.corp.example.com/' }], credentialHelpers: [] } } })), []);
  assert.deepEqual(ids(gd508, facts({ ...base, host: { git: { path: '/usr/bin/git', insteadOf: [], credentialHelpers: ['store'] } } })), []);
  assert.deepEqual(ids(gd508, facts({ ...base, env: { ...base.env, GOAUTH: 'git /src/repo' } })), []);
  assert.deepEqual(ids(gd508, facts({ ...base, host: { gitTerminalPrompt: '1' } })), []);
  assert.deepEqual(ids(gd508, facts({ requires: ['rsc.io/quote'] })), []);
});
