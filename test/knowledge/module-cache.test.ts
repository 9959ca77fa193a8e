// Where the module cache is when go is not asked, as cmd/go/internal/cfg computes it (gopathDir).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { defaultModCache } from '../../src/knowledge/module-cache.js';

test('GOMODCACHE, else the first GOPATH entry, else $HOME/go, plus pkg/mod; an empty first entry gives none', () => {
  assert.equal(defaultModCache({ GOMODCACHE: '/m', GOPATH: '/g' }, 'linux'), '/m');
  assert.equal(defaultModCache({ GOPATH: '/g1:/g2', HOME: '/h' }, 'linux'), '/g1/pkg/mod');
  assert.equal(defaultModCache({ HOME: '/h' }, 'linux'), '/h/go/pkg/mod');
  assert.equal(defaultModCache({ GOPATH: ':/g2', HOME: '/h' }, 'linux'), null);
  assert.equal(defaultModCache({ GOPATH: 'C:\\g1;C:\\g2', USERPROFILE: 'C:\\u' }, 'win32'), 'C:\\g1/pkg/mod');
});

test('the same answers as the real go command', () => {
  const env = (over: Record<string, string>) => ({ PATH: process.env.PATH!, GOTOOLCHAIN: 'local', GOENV: 'off', GOFLAGS: '', ...over });
  const goSays = (over: Record<string, string>) => execFileSync('/usr/local/go/bin/go', ['env', 'GOMODCACHE'], { env: env(over), encoding: 'utf8' }).trim() || null;
  const cases: Record<string, string>[] = [{ HOME: '/h' }, { HOME: '/h', GOPATH: '/g1:/g2' }, { HOME: '/h', GOPATH: '/g', GOMODCACHE: '/m' }];
  for (const over of cases) {
    assert.equal(defaultModCache(over, 'linux'), goSays(over), JSON.stringify(over));
  }
});
