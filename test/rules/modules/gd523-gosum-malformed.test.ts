import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd523 } from '../../../src/rules/modules/gd523-gosum-malformed.js';
import { parseGoSum } from '../../../src/analyzers/gomod/gosum.js';
import { gosum, run } from '../../helpers/gosum-facts.js';

test('GD523: lines without three fields, as cmd/go readGoSum counts them', () => {
  const parsed = parseGoSum('a v1.0.0 h1:x=\n\n<<<<<<< HEAD\nb v1.0.0/go.mod h1:y= extra\n');
  assert.deepEqual(parsed.malformed.map((m) => m.line), [3, 4]);
  assert.deepEqual(parsed.lines.map((l) => [l.path, l.version, l.goMod]), [['a', 'v1.0.0', false]]);
  const [f] = run(gd523, gosum({ malformed: parsed.malformed }));
  assert.equal(f!.messageId, 'malformed');
  assert.deepEqual(run(gd523, gosum()), []);
});
