import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd107 } from '../../../src/rules/toolchain/gd107-relative-path-entry.js';
import { factsWith, ids } from '../../helpers/rules.js';
import { toolchains } from '../../helpers/builders.js';

const entry = (dir: string, index: number, relative = false) => ({ dir, index, exists: !relative, isDir: !relative, ...(relative ? { relative: true } : {}) });

test('GD107 reports empty and relative PATH entries', () => {
  const facts = factsWith({ toolchains: toolchains([], { pathEntries: [entry('', 0, true), entry('/usr/bin', 1), entry('.', 2, true), entry('bin', 3, true)] }) });
  assert.deepEqual(ids(gd107, facts), ['empty', 'relative', 'relative']);
});

test('GD107 is quiet when every entry is absolute', () => {
  assert.deepEqual(ids(gd107, factsWith({ toolchains: toolchains([], { pathEntries: [entry('/usr/local/go/bin', 0), entry('/usr/bin', 1)] }) })), []);
});
