import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd522 } from '../../../src/rules/modules/gd522-gosum-cache-mismatch.js';
import { gosum, run } from '../../helpers/gosum-facts.js';

test('GD522: each mismatch names both hashes and the cache file', () => {
  const [f] = run(gd522, gosum({ cache: { gomodcache: '/m', checked: 3, notInCache: 0, mismatches: [{ path: 'golang.org/x/text', version: 'v0.3.6', goMod: true, line: 2, gosum: 'h1:a=', cache: 'h1:b=', file: '/m/cache/download/golang.org/x/text/@v/v0.3.6.mod' }] } }));
  assert.equal(f!.messageId, 'mismatch');
  assert.match(f!.message, /h1:a= for golang\.org\/x\/text v0\.3\.6 \(its go\.mod\), but the module cache holds h1:b=/);
  assert.deepEqual(f!.location, { file: '/p/go.sum', line: 2 });
  assert.deepEqual(run(gd522, gosum()), []);
});
