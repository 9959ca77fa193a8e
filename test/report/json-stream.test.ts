import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonPieces } from '../../src/report/json-stream.js';
import { textReporter } from '../../src/report/text.js';
import type { ReportModel } from '../../src/report/model.js';

const values: unknown[] = [
  null, 0, -1.5, 'x', '', 'line\nbreak "quoted" \u2028 \u0000', true, [], {}, [[]], [{}], { a: [] }, { a: {} },
  { a: undefined, b: () => 1, c: [undefined, () => 1, Symbol('s')], d: null },
  { nested: { list: [1, 'two', { three: [3, { four: 'deep\nvalue' }] }], empty: [], none: {} }, 'key with "quotes"': 'v' },
  { withToJSON: { toJSON: () => ({ shown: ['as', 'its', 'toJSON'] }) }, date: new Date(0) },
  // Objects in lists are written whole: absent members, nested lists and toJSON inside them.
  [{ a: undefined, b: [1, { c: undefined, d: 'x\ny' }], e: () => 1, f: new Date(0) }, [{ g: [] }], null, undefined],
  Array.from({ length: 5000 }, (_, i) => ({ path: `/usr/lib/file-${i}`, reason: i % 3 ? 'not a binary' : 'symlink to directory' })),
];

test('the pieces join to JSON.stringify, compact and indented, and break only between members', () => {
  for (const v of values) {
    for (const indent of [undefined, 2]) {
      const pieces = [...jsonPieces(v, indent)];
      assert.equal(pieces.join(''), JSON.stringify(v, null, indent), `${JSON.stringify(v)?.slice(0, 80)} indent ${indent}`);
    }
  }
  const big = [...jsonPieces(values.at(-1), 2)];
  assert.ok(big.length > 1, 'a large document comes in pieces');
  // Walk the text: at every boundary between pieces, no string literal may be open.
  let inString = false;
  let escaped = false;
  for (const p of big) {
    for (const c of p) {
      if (escaped) escaped = false;
      else if (c === '\\' && inString) escaped = true;
      else if (c === '"') inString = !inString;
    }
    assert.equal(inString, false, 'a piece ends inside a string');
  }
});

test('the text reporter prints a section of 200,000 lines (inspect -v of /usr lists that many skipped files)', () => {
  const lines = Array.from({ length: 200_000 }, (_, i) => `/usr/share/doc/f${i}: not a binary`);
  const model = { sections: [{ title: 'Skipped (200000)', lines }], rules: [], findings: [], skipped: [], timings: {} } as unknown as ReportModel;
  const out = textReporter(model, { color: false, verbose: true }) as string;
  assert.ok(out.includes('/usr/share/doc/f199999: not a binary'));
});
