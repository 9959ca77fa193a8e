// The rule tester and the strict renderer catch what a rule's metadata does not declare.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defineRule, fixTitle, MessageError, renderMessage } from '../../src/engine/define-rule.js';
import { runRules } from '../../src/engine/run.js';
import { reportProblems } from '../helpers/rule-tester.js';
import { factsWith } from '../helpers/rules.js';

const base = {
  id: 'GD000', name: 'probe', category: 'settings', severity: 'warning', title: 'probe', requires: [],
  sources: ['go/src/cmd/go/main.go'], fixable: true, docs: { what: 'w', why: 'y', fix: 'f' },
} as const;

const rule = defineRule({
  ...base,
  messages: { set: '{key} is set to {value}' },
  fixTitles: { unset: 'Unset {key}' },
  check: () => [],
});

test('renderMessage keeps an unknown placeholder visible, and throws when strict', () => {
  assert.equal(renderMessage('{a} and {b}', { a: 1 }, false), '1 and {b}');
  assert.throws(() => renderMessage('{a} and {b}', { a: 1 }, true), MessageError);
  assert.equal(renderMessage('{a}', { a: '{b}' }, true), '{b}', 'values are not rendered again');
});

test('a report that matches the metadata has no problems', () => {
  assert.deepEqual(reportProblems(rule, { messageId: 'set', data: { key: 'GOFLAGS', value: '-mod=mod' }, fixes: [{ kind: 'manual', title: fixTitle('unset', { key: 'GOFLAGS' }), steps: [] }] }), []);
});

test('the tester names an unknown message id, a missing placeholder, an unknown or inline fix title', () => {
  const problems = (r: Parameters<typeof reportProblems>[1]) => reportProblems(rule, r).join('\n');
  assert.match(problems({ messageId: 'nope' }), /unknown message id "nope"/);
  assert.match(problems({ messageId: 'set', data: { key: 'GOFLAGS' } }), /placeholder \{value\}/);
  assert.match(problems({ messageId: 'set', data: { key: 'K', value: 'v' }, fixes: [{ kind: 'manual', title: fixTitle('remove'), steps: [] }] }), /unknown fix title id "remove"/);
  assert.match(problems({ messageId: 'set', data: { key: 'K', value: 'v' }, fixes: [{ kind: 'manual', title: fixTitle('unset'), steps: [] }] }), /placeholder \{key\} of "Unset \{key\}"/);
  assert.match(problems({ messageId: 'set', data: { key: 'K', value: 'v' }, fixes: [{ kind: 'manual', title: 'Unset it', steps: [] }] }), /inline fix title "Unset it"; declare it in fixTitles/);
});

test('strict rendering in the engine turns a bad report into a skipped rule, not a silent message', () => {
  const broken = defineRule({ ...base, messages: { set: '{key} is set' }, check: () => [{ messageId: 'set' as const, data: {} }] });
  const strict = process.env.GODIAG_STRICT_MESSAGES;
  process.env.GODIAG_STRICT_MESSAGES = '1';
  try {
    const r = runRules([broken], factsWith({}));
    assert.deepEqual(r.findings, []);
    assert.match(r.skipped[0]!.reason, /rule failed: placeholder \{key\}/);
  } finally {
    if (strict === undefined) delete process.env.GODIAG_STRICT_MESSAGES;
    else process.env.GODIAG_STRICT_MESSAGES = strict;
  }
  delete process.env.GODIAG_STRICT_MESSAGES;
  try {
    assert.equal(runRules([broken], factsWith({})).findings[0]!.message, '{key} is set', 'outside tests the placeholder stays visible');
  } finally {
    if (strict !== undefined) process.env.GODIAG_STRICT_MESSAGES = strict;
  }
});
