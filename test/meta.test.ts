// Meta-tests: the registry, rule files, docs pages, tests and README agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { RULES, RETIRED_IDS } from '../src/rules/index.js';
import { ruleDocPage } from '../src/engine/rule-doc.js';
import { CATEGORIES } from '../src/facts/findings.js';
import { ruleTable } from '../scripts/rule-table.js';

const ruleFiles = new Map<string, string>(); // id → file path
for (const area of readdirSync('src/rules', { withFileTypes: true })) {
  if (!area.isDirectory()) continue;
  for (const f of readdirSync(path.join('src/rules', area.name))) {
    const m = /^gd(\d{3})-([a-z0-9-]+)\.ts$/.exec(f);
    if (m) ruleFiles.set(`GD${m[1]}`, path.join('src/rules', area.name, f));
  }
}
const testFiles = readdirSync('test/rules', { recursive: true, withFileTypes: false }) as string[];

test('ids are unique, well-formed, never retired', () => {
  const seen = new Set<string>();
  const names = new Set<string>();
  for (const r of RULES) {
    assert.match(r.id, /^GD\d{3}$/);
    assert.match(r.name, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(!seen.has(r.id), `duplicate id ${r.id}`);
    assert.ok(!names.has(r.name), `duplicate name ${r.name}`);
    assert.ok(!RETIRED_IDS.includes(r.id), `${r.id} is retired`);
    assert.ok(CATEGORIES.includes(r.category));
    seen.add(r.id);
    names.add(r.name);
  }
});

for (const r of RULES) {
  test(`${r.id} ${r.name}: file, docs page, test, messages, sources`, () => {
    const file = ruleFiles.get(r.id);
    assert.ok(file, `no rule file src/rules/<area>/${r.id.toLowerCase()}-${r.name}.ts`);
    assert.equal(path.basename(file!), `${r.id.toLowerCase()}-${r.name}.ts`);
    // Commands load rules area by area (lint: dockerfile, ci, gomod), so a rule lives in its category's area.
    assert.equal(path.basename(path.dirname(file!)), r.category);
    const src = readFileSync(file!, 'utf8');
    for (const id of Object.keys(r.messages)) {
      assert.ok(new RegExp(`messageId: ['"]${id}['"]|['"]${id}['"] as const|messageId = ['"]${id}['"]`).test(src) || src.includes(`'${id}'`), `message ${id} never used in ${file}`);
    }
    // Fix titles are ids of fixTitles: each declared one is used (here or by a shared fix helper
    // whose titles the rule spreads in), and no fix carries an inline title string.
    const spread = [...src.matchAll(/\.\.\.([A-Z_]+_FIX_TITLES)/g)].map((m) => m[1]!);
    for (const id of Object.keys(r.fixTitles ?? {})) {
      assert.ok(src.includes(`'${id}'`) || spread.length > 0, `fix title ${id} never used in ${file}`);
    }
    for (const m of src.matchAll(/^(\s*).*\btitle: ['`"]/gm)) {
      assert.equal(m[1], '  ', `inline fix title in ${file}: declare it in fixTitles and use fixTitle('id')`);
    }
    assert.ok(r.sources.length > 0, 'a rule needs a primary source');
    for (const s of r.sources) assert.match(s, /^(https:\/\/|man:|go\/src\/|src\/)/, `source ${s} should be a URL, man: page or Go source path`);
    const doc = `docs/rules/${r.id}.md`;
    assert.ok(existsSync(doc), `${doc} missing (npm run docs)`);
    assert.equal(readFileSync(doc, 'utf8'), ruleDocPage(r), `${doc} is stale (npm run docs)`);
    const testName = `${r.id.toLowerCase()}-${r.name}.test.ts`;
    // A lint rule's err/ and ok/ fixture folders are its test (test/rules/lint-fixtures.test.ts).
    const fixtureDir = `test/fixtures/files/err/${r.id.toLowerCase()}`;
    assert.ok(testFiles.some((t) => t.endsWith(testName)) || existsSync(fixtureDir), `no test/rules/<area>/${testName} and no ${fixtureDir}`);
    assert.ok(r.docs.what && r.docs.why && r.docs.fix);
  });
}

test('README rule table matches the registry', () => {
  const readme = readFileSync('README.md', 'utf8');
  assert.ok(readme.includes(ruleTable(RULES)), 'README rule table is stale (npm run docs)');
});

test('the registry lists rules in id order', () => {
  const ids = RULES.map((r) => r.id);
  assert.deepEqual(ids, [...ids].sort());
});
