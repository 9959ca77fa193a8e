import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../src/engine/run.js';
import { defineRule } from '../../src/engine/define-rule.js';
import { redactDeep, redactString } from '../../src/engine/redact.js';
import { decideColor } from '../../src/report/style.js';
import { factsWith } from '../helpers/rules.js';
import { goenv, toolchains } from '../helpers/builders.js';

const needsBoth = defineRule({
  id: 'GD999', name: 'test-rule', category: 'toolchain', severity: 'warning', title: 't', requires: ['toolchains', 'goenv'],
  messages: { m: 'value {v}' }, sources: ['src/x.go'], fixable: false, docs: { what: 'w', why: 'y', fix: 'f' },
  check: ({ goenv: g }) => (g.settings.GOPROXY ? [{ messageId: 'm', data: { v: g.settings.GOPROXY.value } }] : []),
});
const throws = defineRule({ ...needsBoth, id: 'GD998', name: 'throws', check: () => { throw new Error('boom'); } });

test('a rule whose facts are missing or failed is skipped with the reason, never passed', () => {
  const r1 = runRules([needsBoth], factsWith({ toolchains: toolchains([]) }));
  assert.deepEqual(r1.skipped, [{ ruleId: 'GD999', reason: 'goenv facts were not collected' }]);
  const r2 = runRules([needsBoth], factsWith({ toolchains: toolchains([]) }, { goenv: 'go env timed out' }));
  assert.deepEqual(r2.skipped, [{ ruleId: 'GD999', reason: 'goenv facts failed: go env timed out' }]);
  assert.deepEqual(r2.passed, []);
});

test('a throwing rule is reported as skipped; config overrides severity or turns rules off', () => {
  const facts = factsWith({ toolchains: toolchains([]), goenv: goenv() });
  const r = runRules([throws, needsBoth], facts, { GD999: 'error' });
  assert.deepEqual(r.skipped, [{ ruleId: 'GD998', reason: 'rule failed: boom' }]);
  assert.equal(r.passed.length, 1, 'no GOPROXY in the builder defaults: passes');
  const withProxy = factsWith({ toolchains: toolchains([]), goenv: goenv([{ key: 'GOPROXY', value: 'https://x', source: 'env', shadowed: [] }]) });
  const r3 = runRules([needsBoth], withProxy, { 'test-rule': 'error' });
  assert.equal(r3.findings[0]!.severity, 'error');
  assert.equal(r3.findings[0]!.message, 'value https://x');
  assert.deepEqual(runRules([needsBoth], withProxy, { GD999: 'off' }), { findings: [], skipped: [], passed: [] });
});

test('the same words at the same place are one finding; other places or words stay', () => {
  const located = defineRule({
    ...needsBoth, id: 'GD997', name: 'located', requires: [],
    check: () => [
      { messageId: 'm', data: { v: 'a' }, location: { file: 'ci.yml', line: 3, column: 5 } },
      { messageId: 'm', data: { v: 'a' }, location: { file: 'ci.yml', line: 3, column: 5 } },
      { messageId: 'm', data: { v: 'b' }, location: { file: 'ci.yml', line: 3, column: 5 } },
      { messageId: 'm', data: { v: 'a' }, location: { file: 'ci.yml', line: 4, column: 5 } },
      { messageId: 'm', data: { v: 'a' } },
      { messageId: 'm', data: { v: 'a' } },
    ],
  });
  const r = runRules([located], factsWith({}));
  assert.deepEqual(r.findings.map((f) => `${f.location?.line ?? '-'} ${f.message}`), ['3 value a', '3 value b', '4 value a', '- value a', '- value a']);
});

test('redaction: URL credentials, token shapes, netrc passwords, secret-named keys', () => {
  assert.equal(redactString('https://user:pa55@proxy.corp/x,direct'), 'https://***@proxy.corp/x,direct');
  assert.equal(redactString('machine h login bob password hunter2'), 'machine h login bob password ***');
  assert.equal(redactString(`token=ghp_${'a'.repeat(36)}`), 'token=***');
  assert.equal(redactString('Authorization: Bearer abcdefghijkl'), 'Authorization: Bearer ***');
  const deep = redactDeep({ env: { GITHUB_TOKEN: 'plain-looking', GOPROXY: 'https://x:y@h', GOAUTH: 'netrc' }, list: ['https://t@h'] });
  assert.deepEqual(deep, { env: { GITHUB_TOKEN: '***', GOPROXY: 'https://***@h', GOAUTH: 'netrc' }, list: ['https://***@h'] });
});

test('colour: NO_COLOR wins, FORCE_COLOR forces, otherwise only on a terminal', () => {
  assert.equal(decideColor({}, true, false), true);
  assert.equal(decideColor({}, false, false), false);
  assert.equal(decideColor({ NO_COLOR: '1' }, true, false), false);
  assert.equal(decideColor({ FORCE_COLOR: '1' }, false, false), true);
  assert.equal(decideColor({ FORCE_COLOR: '0' }, true, false), false);
  assert.equal(decideColor({ FORCE_COLOR: '1' }, true, true), false, '--no-color beats FORCE_COLOR');
});
