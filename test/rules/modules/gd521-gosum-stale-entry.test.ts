import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd521 } from '../../../src/rules/modules/gd521-gosum-stale-entry.js';
import { gosum, run, sumLine } from '../../helpers/gosum-facts.js';

test('GD521: content lines of other versions of a required module are stale; /go.mod lines of other versions are not', () => {
  const base = gosum().lines;
  const [f] = run(gd521, gosum({ lines: [...base, sumLine('golang.org/x/text', 'v0.3.5', false, 4)] }));
  assert.equal(f!.messageId, 'stale');
  assert.match(f!.message, /golang\.org\/x\/text v0\.3\.5 \(line 4; required: v0\.3\.6\)/);
  assert.deepEqual(run(gd521, gosum({ lines: [...base, sumLine('golang.org/x/text', 'v0.3.5', true, 4), sumLine('golang.org/x/tools', 'v0.1.0', false, 5)] })), []);
});
