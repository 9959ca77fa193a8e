import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd322 } from '../../../src/rules/shell/gd322-go-setup-conditional.js';
import { factsWith, check } from '../../helpers/rules.js';
import { analyzeFixture } from '../../analyzers/shell/home.js';

test('GD322: Go PATH under an OS test the files cannot decide, with the contexts that read it and those that never do', async () => {
  const { facts } = await analyzeFixture('conditional-bash');
  const found = check(gd322, factsWith({ shells: facts }));
  const f = found.find((x) => x.location?.line === 7)!;
  assert.match(String(f.data.what), /PATH entry .*gosrc\/bin/);
  assert.equal(f.data.condition, `[ "$PLATFORM" = 'Darwin' ]`);
  assert.match(String(f.data.contexts), /bash:login/);
  assert.match(String(f.data.others), /sh:login/);
});

test('GD322 is quiet when Go is set up unconditionally', async () => {
  const { facts } = await analyzeFixture('zsh-anon');
  assert.deepEqual(check(gd322, factsWith({ shells: facts })), []);
});

test('GD322: a re-entry guard the file exports itself ([ -z "$SHELL_ENV_LOADED" ]) is undecided: a parent shell may have set it', async () => {
  const { facts, home } = await analyzeFixture('guard-variable');
  const found = check(gd322, factsWith({ shells: facts }));
  assert.deepEqual(found.map((f) => `${f.location?.line}:${f.data.what}`), ['4:GOPATH', `5:PATH entry ${home}/go/bin`]);
  assert.equal(found[0]!.data.condition, '[ -z "$SHELL_ENV_LOADED" ]');
});

test('GD322: $OSTYPE and "is go installed" tests (command -v, hash, fish command -q) are undecided, whatever this machine has', async () => {
  const { facts, home } = await analyzeFixture('conditional-zsh');
  const found = check(gd322, factsWith({ shells: facts }));
  assert.deepEqual(found.map((f) => `${f.location?.file.replace(`${home}/`, '')}:${f.location?.line}:${f.data.what}`).sort(), [
    '.config/fish/conf.d/go.fish:2:GOPRIVATE',
    '.zshrc:10:GOFLAGS',
    '.zshrc:3:PATH entry /usr/local/go/bin',
    '.zshrc:8:GOPROXY',
  ]);
});

test('GD322: $(go env GOPATH)/bin put on PATH under `hash go` is a Go PATH entry', async () => {
  const { facts } = await analyzeFixture('empty-source');
  const found = check(gd322, factsWith({ shells: facts }));
  assert.deepEqual(found.map((f) => f.location?.line), [6]);
});
