import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { gd307 } from '../../../src/rules/shell/gd307-export-overrides-go-env-w.js';
import { collectGoEnv } from '../../../src/collectors/goenv.js';
import { factsWith, check, ids } from '../../helpers/rules.js';
import { analyzeHome, makeHome, hostFor } from '../../analyzers/shell/home.js';
import { execFile } from '../../../src/collectors/exec.js';

const GO = '/usr/local/go/bin/go';

/** A HOME where the real go wrote GOPROXY with go env -w, plus the given startup files. */
async function scenario(files: Record<string, string>, shellNames: ('bash' | 'sh' | 'zsh')[] = ['bash', 'sh']) {
  const home = await makeHome(files);
  try {
    const env = { HOME: home, PATH: '/usr/local/go/bin:/usr/bin:/bin', GOTOOLCHAIN: 'local', GOENV: `${home}/.config/go/env` };
    const w = await execFile(GO, ['env', '-w', 'GOPROXY=https://proxy.corp.example,direct'], { env, cwd: home });
    assert.equal(w.code, 0, w.stderr);
    const goenv = await collectGoEnv(hostFor(home, { GOENV: env.GOENV, GOTOOLCHAIN: 'local' }), GO, 'go1.26');
    const shells = await analyzeHome(files, { shells: shellNames });
    return { shells, goenv };
  } finally {
    await fs.rm(home, { recursive: true, force: true });
  }
}

test('GD307: ~/.profile exports GOPROXY over the value go env -w wrote', async () => {
  const { shells, goenv } = await scenario({ '.profile': 'export GOPROXY=https://proxy.golang.org\n' });
  assert.equal(goenv.userFile.entries.find((e) => e.key === 'GOPROXY')?.value, 'https://proxy.corp.example,direct');
  const [f] = check(gd307, factsWith({ shells, goenv }));
  assert.equal(f!.messageId, 'overrides');
  assert.equal(f!.data.written, 'https://proxy.corp.example,direct');
});

test('GD307: go env -w in a startup file that also exports the variable', async () => {
  const shells = await analyzeHome({ '.profile': 'export GOFLAGS=-mod=mod\ngo env -w GOFLAGS=-mod=vendor\n' }, { shells: ['sh'] });
  const goenv = { userFile: { path: '/nonexistent', exists: false, entries: [], problems: [] } } as never;
  assert.deepEqual(ids(gd307, factsWith({ shells, goenv })), ['writeIgnored']);
});

test('GD307 is quiet when the startup files leave GOPROXY alone', async () => {
  const { shells, goenv } = await scenario({ '.profile': 'export GOPATH=$HOME/go\n' });
  assert.deepEqual(ids(gd307, factsWith({ shells, goenv })), []);
});

test('GD307 blames the file each context read: ~/.profile for sh and bash, ~/.zshenv for zsh', async () => {
  const { shells, goenv } = await scenario({ '.profile': 'export GOPROXY=https://proxy.golang.org\n', '.zshenv': 'true\nexport GOPROXY=https://zsh.example\n' }, ['bash', 'sh', 'zsh']);
  const found = check(gd307, factsWith({ shells, goenv })).filter((f) => f.messageId === 'overrides');
  const byFile = Object.fromEntries(found.map((f) => [String(f.data.file).replace(/.*\//, ''), `${f.data.line} ${f.data.contexts}`]));
  assert.equal(byFile['.zshenv'], '2 zsh:login, zsh:interactive, zsh:noninteractive, zsh:login-noninteractive');
  assert.doesNotMatch(byFile['.profile']!, /zsh/);
});
