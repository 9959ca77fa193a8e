// What a user reads (messages and the what/why/fix of each rule) cites public sources, never
// the project's internal notes ("FACTS §1").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RULES } from '../../src/rules/index.js';

test('no rule message or doc text refers to internal notes', () => {
  for (const r of RULES) {
    const texts = [...Object.values(r.messages), r.docs.what, r.docs.why, r.docs.fix];
    for (const t of texts) assert.doesNotMatch(t, /FACTS|§/, `${r.id}: ${t}`);
  }
});
