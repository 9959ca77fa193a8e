import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd520 } from '../../../src/rules/modules/gd520-gosum-missing-entry.js';
import { gomod, gosum, run, sumLine } from '../../helpers/gosum-facts.js';

test('GD520: a tidy go.sum passes; an indirect requirement needs only its /go.mod line', () => {
  assert.deepEqual(run(gd520, gosum()), []);
});

test('GD520: missing /go.mod line, missing content line of a direct requirement, missing go.sum', () => {
  const noGoMod = run(gd520, gosum({ lines: [sumLine('golang.org/x/text', 'v0.3.6', false, 1), sumLine('golang.org/x/sys', 'v0.1.0', true, 3)] }));
  assert.deepEqual(noGoMod.map((f) => [f.messageId, f.location?.line]), [['goModLine', 7]]);
  const noZip = run(gd520, gosum({ lines: [sumLine('golang.org/x/text', 'v0.3.6', true, 2), sumLine('golang.org/x/sys', 'v0.1.0', true, 3)] }));
  assert.deepEqual(noZip.map((f) => f.messageId), ['zipLine']);
  assert.deepEqual(run(gd520, gosum({ exists: false, lines: [] })).map((f) => f.messageId), ['noGoSum']);
});

test('GD520: replace directives decide which version go.sum must name; local replacements and workspaces need none', () => {
  const replaced = gomod({ replaces: [{ from: 'golang.org/x/text', fromVersion: null, to: 'example.com/fork/text', toVersion: 'v0.3.9', line: 10 }] });
  assert.deepEqual(run(gd520, gosum(), replaced).map((f) => f.messageId), ['goModLine']);
  const local = gomod({ replaces: [{ from: 'golang.org/x/text', fromVersion: null, to: '../text', toVersion: null, line: 10 }] });
  assert.deepEqual(run(gd520, gosum({ lines: [sumLine('golang.org/x/sys', 'v0.1.0', true, 3)] }), local), []);
  assert.deepEqual(run(gd520, gosum({ workspace: true, lines: [] })), []);
});
