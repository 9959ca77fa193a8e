import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd301 } from '../../../src/rules/shell/gd301-go-setup-interactive-only.js';
import { factsWith, check, ids } from '../../helpers/rules.js';
import { analyzeHome } from '../../analyzers/shell/home.js';

// The Debian skeleton guard, then the lines an install guide appends with echo >> ~/.bashrc.
const bashrc = 'case $- in\n  *i*) ;;\n  *) return;;\nesac\nexport GOPATH=$HOME/go\nexport PATH=$PATH:/usr/local/go/bin\n';

test('GD301 flags Go set up only in ~/.bashrc, with fixes for ~/.profile and environment.d', async () => {
  const shells = await analyzeHome({ '.bashrc': bashrc }, { shells: ['bash'] });
  const found = check(gd301, factsWith({ shells }));
  assert.deepEqual(found.map((f) => f.messageId).sort(), ['pathDir', 'variable']);
  const v = found.find((f) => f.messageId === 'variable')!;
  assert.equal(v.location?.line, 5);
  assert.match(v.message, /GOPATH/);
  const edits = v.fixes.filter((x) => x.kind === 'edit');
  assert.ok(edits.some((x) => x.kind === 'edit' && x.file.endsWith('/.profile') && x.replacement.includes('export GOPATH=') && x.marker));
  assert.ok(edits.some((x) => x.kind === 'edit' && x.file.endsWith('environment.d/50-go.conf') && /^GOPATH=/m.test(x.replacement)));
});

test('GD301 flags fish lines under status is-interactive, not top-level ones', async () => {
  const shells = await analyzeHome({
    '.config/fish/config.fish': 'set -gx GOPROXY https://proxy.golang.org\nif status is-interactive\n    set -gx GOFLAGS -mod=mod\nend\n',
  }, { shells: ['fish'] });
  const found = check(gd301, factsWith({ shells }));
  assert.equal(found.length, 1);
  assert.equal(found[0]!.location?.line, 3);
  assert.ok(found[0]!.fixes.some((x) => x.kind === 'edit' && x.file.endsWith('environment.d/50-go.conf')));
  assert.ok(found[0]!.fixes.some((x) => x.kind === 'edit' && x.file.endsWith('/.config/fish/conf.d/go.fish') && x.replacement.includes('set -gx GOFLAGS -mod=mod')));
});

test('GD301 puts the fix in the login file bash really reads', async () => {
  const shells = await analyzeHome({ '.bash_profile': '. ~/.bashrc\n', '.bashrc': bashrc }, { shells: ['bash'] });
  const v = check(gd301, factsWith({ shells })).find((f) => f.messageId === 'variable')!;
  assert.ok(v.fixes.some((x) => x.kind === 'edit' && x.file.endsWith('/.bash_profile')));
});

test('GD301 is quiet for ~/.profile and for ~/.zshenv, which every zsh reads', async () => {
  const shells = await analyzeHome({ '.profile': 'export GOPATH=$HOME/go\n', '.zshenv': 'export GOBIN=$HOME/bin\n' }, { shells: ['bash', 'zsh'] });
  assert.deepEqual(ids(gd301, factsWith({ shells })), []);
});

test('GD301: a file sourced from ~/.bashrc is interactive-only too', async () => {
  const { analyzeFixture } = await import('../../analyzers/shell/home.js');
  const { facts, home } = await analyzeFixture('shell-d');
  const found = check(gd301, factsWith({ shells: facts }));
  assert.ok(found.some((f) => f.data.file === `${home}/.shell.d/go.sh` && f.data.name === 'GOPROXY'));
});

test('GD301 is quiet for a re-export of Go\'s own default ($(go env GOPATH)), not for a real setting beside it', async () => {
  const { analyzeFixture } = await import('../../analyzers/shell/home.js');
  const { facts } = await analyzeFixture('go-env-default');
  const names = check(gd301, factsWith({ shells: facts })).filter((f) => f.messageId === 'variable').map((f) => f.data.name);
  assert.deepEqual(names, ['GOPROXY']);
});

test('GD301 does not copy lines other rules say to delete, nor computed values', async () => {
  const shells = await analyzeHome({
    '.bashrc': 'export GOROOT=/usr/local/go\nexport GOPATH=/usr/local/go\nexport GOFLAGS="$(go env GOFLAGS) -mod=mod"\nexport GOPROXY=https://proxy.example.com\n',
  }, { shells: ['bash'] });
  const found = check(gd301, factsWith({ shells }));
  const byName = new Map(found.map((f) => [String(f.evidence.text).split('=')[0], f]));
  for (const name of ['export GOROOT', 'export GOPATH', 'export GOFLAGS']) {
    const f = byName.get(name);
    assert.ok(f, `${name} reported`);
    assert.deepEqual(f.fixes.map((x) => x.kind), ['manual'], `${name}: ${JSON.stringify(f.fixes)}`);
  }
  assert.match(JSON.stringify(byName.get('export GOROOT')!.fixes), /Delete the GOROOT line/);
  assert.match(JSON.stringify(byName.get('export GOPATH')!.fixes), /GD306/);
  // A known plain value is still moved, quoted for the file's shell.
  const proxy = byName.get('export GOPROXY')!.fixes[0]!;
  assert.ok(proxy.kind === 'edit' && proxy.replacement.includes('export GOPROXY=https://proxy.example.com\n'), JSON.stringify(proxy));
});

test('GD301 judges the go command\'s variables only, not other tools\' GO-prefixed names', async () => {
  const { analyzeFixture } = await import('../../analyzers/shell/home.js');
  const { facts } = await analyzeFixture('other-go-names');
  const names = check(gd301, factsWith({ shells: facts })).filter((f) => f.messageId === 'variable').map((f) => f.data.name);
  assert.deepEqual(names, ['CGO_ENABLED']);
});
