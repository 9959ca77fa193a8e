import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { gd304 } from '../../../src/rules/shell/gd304-older-go-first-in-context.js';
import { factsWith, check, ids } from '../../helpers/rules.js';
import { analyzeHome } from '../../analyzers/shell/home.js';

// Two real toolchains: Debian's golang-1.19-go and the official tarball (scripts/install-test-deps.sh).
const OLD = '/usr/lib/go-1.19/bin';
const NEW = '/usr/local/go/bin';
const have = existsSync(`${OLD}/go`) && existsSync(`${NEW}/go`);

test('GD304: Debian go 1.19 prepended before the 1.26 tarball in login shells', { skip: !have && 'needs both toolchains' }, async () => {
  const shells = await analyzeHome({ '.profile': `export PATH=${OLD}:$PATH:${NEW}\n` }, { shells: ['sh'] });
  const found = check(gd304, factsWith({ shells }));
  assert.equal(found.length, 1);
  assert.equal(found[0]!.data.firstVersion, 'go1.19.8');
  assert.match(String(found[0]!.data.newerVersion), /^go1\.2\d/);
  assert.match(String(found[0]!.data.contexts), /sh:login/);
  const fix = found[0]!.fixes[0]!;
  // Prepends unless already first: a guard that skipped "already on PATH" left the older go first.
  assert.ok(fix.kind === 'edit' && fix.replacement.includes(`case ":$PATH:" in :${NEW}:*) ;; *) PATH=${NEW}\${PATH:+:$PATH} ;; esac; export PATH`), fix.kind === 'edit' ? fix.replacement : '');
});

test('GD304 is quiet when the newest go comes first', { skip: !have && 'needs both toolchains' }, async () => {
  const shells = await analyzeHome({ '.profile': `export PATH=${NEW}:$PATH:${OLD}\n` }, { shells: ['sh'] });
  assert.deepEqual(ids(gd304, factsWith({ shells })), []);
});
