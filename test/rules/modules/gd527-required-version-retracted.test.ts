import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd527 } from '../../../src/rules/modules/gd527-required-version-retracted.js';
import type { RetractionsFacts } from '../../../src/facts/schema/retractions.js';
import { check, factsWith } from '../../helpers/rules.js';

const retracted = {
  goMod: '/p/go.mod', path: 'github.com/mattn/go-sqlite3', version: 'v2.0.3+incompatible', line: 7, latest: 'v1.14.53',
  retraction: '[v2.0.0+incompatible, v2.0.7+incompatible]', rationale: 'Accidental; no major changes or features.',
  file: '/m/cache/download/github.com/mattn/go-sqlite3/@v/v1.14.53.mod',
};

const run = (over: Partial<RetractionsFacts>) => check(gd527, factsWith({ retractions: { gomodcache: '/m', goMods: 1, latestRead: 1, retracted: [], note: null, ...over } }));

test('GD527: a retracted requirement is named on its go.mod line, with the range, the reason and where it was read', () => {
  const [f, ...rest] = run({ latestRead: 2, retracted: [retracted] });
  assert.equal(rest.length, 0);
  assert.equal(f!.message, 'go.mod line 7 requires github.com/mattn/go-sqlite3 v2.0.3+incompatible, which its author retracted (retract [v2.0.0+incompatible, v2.0.7+incompatible]: "Accidental; no major changes or features.") in the go.mod of v1.14.53, the newest version of it in the module cache: go list -m -u marks it "(retracted)", and `go get github.com/mattn/go-sqlite3@latest` moves off it.');
  assert.deepEqual(f!.location, { file: '/p/go.mod', line: 7 });
  assert.equal((f!.fixes[0] as { command: string }).command, 'go get github.com/mattn/go-sqlite3@latest && go mod tidy');
  const [bare] = run({ retracted: [{ ...retracted, retraction: 'v2.0.3+incompatible', rationale: '' }] });
  assert.match(bare!.message, /retracted \(retract v2\.0\.3\+incompatible\) in/);
});

test('GD527: a go.mod lint found in a subdirectory gets its fix run there', () => {
  const [f] = run({ retracted: [{ ...retracted, goMod: 'tools/go.mod' }] });
  assert.deepEqual(f!.location, { file: 'tools/go.mod', line: 7 });
  assert.equal((f!.fixes[0] as { command: string }).command, 'cd tools && go get github.com/mattn/go-sqlite3@latest && go mod tidy');
});

test('GD527: nothing retracted, or no module cache read, is no finding', () => {
  assert.deepEqual(run({ latestRead: 3 }), []);
  assert.deepEqual(run({ gomodcache: null, latestRead: 0, note: 'no module cache at /m' }), []);
});
