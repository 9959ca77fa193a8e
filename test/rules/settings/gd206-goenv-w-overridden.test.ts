import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsWith, ids, check } from '../../helpers/rules.js';
import { goenv, setting, install, toolchains, project } from '../../helpers/builders.js';
import { gd206 } from '../../../src/rules/settings/gd206-goenv-w-overridden.js';

const file = { path: '/h/.config/go/env', exists: true, entries: [{ key: 'GOPROXY', value: 'https://corp.example/proxy', line: 2 }, { key: 'GOFLAGS', value: '-mod=mod', line: 3 }], problems: [] };

test('GD206: env beats go env -w; empty export does not cancel', () => {
  const s = setting('GOPROXY', 'https://proxy.golang.org,direct', 'env', [{ source: 'user-file', value: 'https://corp.example/proxy', line: 2 }]);
  const [f] = check(gd206, factsWith({ goenv: goenv([s], { userFile: file }) }));
  assert.equal(f!.messageId, 'overridden');
  assert.match(f!.message, /environment always wins/);
  const g = goenv([setting('GOFLAGS', '-mod=mod', 'user-file')], { userFile: file, osEnv: { GOFLAGS: '' } });
  assert.deepEqual(ids(gd206, factsWith({ goenv: g })), ['emptyDoesNotCancel']);
});

test('GD206 is quiet when both agree or only one source sets it', () => {
  const same = setting('GOPROXY', 'x', 'env', [{ source: 'user-file', value: 'x', line: 2 }]);
  assert.deepEqual(ids(gd206, factsWith({ goenv: goenv([same]) })), []);
  assert.deepEqual(ids(gd206, factsWith({ goenv: goenv([setting('GOPROXY', 'x', 'user-file')]) })), []);
});
