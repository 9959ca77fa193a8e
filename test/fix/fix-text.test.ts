// Every rule's fix text: no {placeholder} left unfilled, no redacted value in anything meant to be
// run or written, go env commands that split into plain words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RULES } from '../../src/rules/index.js';
import { runRules } from '../../src/engine/run.js';
import { FactsSchema } from '../../src/facts/schema.js';
import { gd505 } from '../../src/rules/modules/gd505-proxy-fallthrough.js';
import { check } from '../helpers/rules.js';
import { facts as moduleFacts } from '../rules/modules/fixture.js';
import { fixTextProblems } from './round-trip-helpers.js';

test('every finding on the recorded workstation has fix text without placeholders or redacted values', () => {
  const facts = FactsSchema.parse(JSON.parse(readFileSync('test/fixtures/snapshots/workstation.facts.json', 'utf8')));
  const { findings } = runRules(RULES, facts);
  assert.ok(findings.length > 5, `${findings.length} findings`);
  assert.deepEqual(findings.flatMap(fixTextProblems), []);
});

test('modules rules with a GOPROXY holding credentials: nothing to paste carries the redacted value', () => {
  const env = { GOPROXY: 'https://bob:s3cret@athens.corp.example.com,https://proxy.golang.org,direct', GOPRIVATE: '', GONOSUMDB: '*' };
  for (const sources of [{}, { GOPROXY: 'user-file' }] as Record<string, string>[]) {
    const facts = moduleFacts({ env, sources, requires: ['git.corp.internal/x'] });
    const { findings } = runRules(RULES.filter((r) => r.category === 'modules'), facts);
    assert.deepEqual(findings.flatMap(fixTextProblems), []);
    const [f] = check(gd505, facts);
    // GD505 names the change instead of a command with *** where the password was.
    assert.deepEqual(f!.fixes.map((x) => x.kind), ['manual']);
    assert.match(f!.fixes[0]!.title, /GOPROXY holds credentials godiag does not show/);
  }
});
