// A machine we cannot have (macOS), recorded as a file tree: the same collector code reads it
// through RecordedHost. path_helper in /etc/zprofile runs after ~/.zshenv and reorders PATH.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { RecordedHost } from '../../../src/collectors/host.js';
import { analyzeShells } from '../../../src/collectors/shell/analyze.js';
import { context } from './home.js';

const root = path.resolve('test/fixtures/hosts/macos-zsh');
const host = new RecordedHost(root, 'darwin', { HOME: '/Users/dev', USER: 'dev', SHELL: '/bin/zsh' });

test('macOS zsh: path_helper in /etc/zprofile puts /etc/paths first, behind it ~/.zshenv\'s entry', async () => {
  const f = await analyzeShells(host, { shells: ['zsh'] });
  const nonLogin = context(f, 'zsh:noninteractive');
  assert.deepEqual(nonLogin.files.map((x) => x.path), ['/Users/dev/.zshenv']);
  assert.equal(nonLogin.gos[0]?.path, '/Users/dev/go/bin/go');
  const login = context(f, 'zsh:login');
  assert.deepEqual(login.files.map((x) => x.path), ['/Users/dev/.zshenv', '/etc/zprofile']);
  assert.equal(login.path[0]!.dir, '/usr/local/bin');
  assert.deepEqual(login.path[0]!.origin, { file: '/etc/paths', line: 1 });
  const go = login.gos[0]!;
  assert.equal(go.path, '/usr/local/go/bin/go');
  assert.deepEqual(go.origin, { file: '/etc/paths.d/go', line: 1 });
  assert.equal(go.version, 'go1.26.8');
  assert.equal(login.gos[1]?.path, '/Users/dev/go/bin/go');
  // launchd-started apps read no shell file.
  assert.deepEqual(context(f, 'gui').files, []);
});
