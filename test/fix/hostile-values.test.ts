// Hostile values ($(), backticks, quotes, newlines, spaces, globs) through every fix builder that
// puts a value into shell text: the real shells (bash, dash, zsh, busybox sh, fish) must read back
// exactly the value, run nothing, and go env commands must split into the same argv.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../../src/facts/findings.js';
import { renderMessage, type FixDraft as Fix } from '../../src/engine/define-rule.js';
import { setupBlock, syntaxOf } from '../../src/rules/shell/util.js';
import { UNSET_FIX_TITLES, unsetFixes } from '../../src/rules/settings/origin.js';
import { SETTING_FIX_TITLES, settingFixes } from '../../src/rules/modules/helpers.js';
import { simpleArgv } from '../../src/fix/plan.js';
import { gd205 } from '../../src/rules/settings/gd205-gobin-not-on-path.js';
import { gd301 } from '../../src/rules/shell/gd301-go-setup-interactive-only.js';
import { gd310 } from '../../src/rules/shell/gd310-module-settings-other-shell.js';
import { check, factsWith } from '../helpers/rules.js';
import { goenv, setting } from '../helpers/builders.js';
import { modulesFacts } from '../rules/modules/fixture.js';
import { analyzeHome } from '../analyzers/shell/home.js';
import { shQuote } from '../../src/knowledge/shell-quote.js';
import { fixTextProblems } from './round-trip-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'godiag-hostile-'));
const MARK = join(dir, 'pwned');
/** No ':' (a PATH separator) and no '/' (file names of the PATH directories made below). */
const HOSTILE = [`$(touch ${MARK})`, `\`touch ${MARK}\``, "it's", 'a "quoted" one', 'line1\nline2', 'with  spaces', '*glob?[x]', '~tilde', 'back\\slash', '$HOME', '-n', ''];
const SH = [['bash'], ['dash'], ['zsh'], ['busybox', 'sh']] as const;

type Expect = { name: string; value: string } | { pathDir: string };

function run(argv: readonly string[], script: string, file: string): string {
  const r = spawnSync(argv[0]!, [...argv.slice(1), '-c', script, 'x', file], { env: { PATH: '/usr/bin:/bin', HOME: dir }, encoding: 'utf8' });
  assert.equal(r.status, 0, `${argv.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Read what a shell ends up with after running the fix text. */
function readBack(syntax: 'sh' | 'fish', text: string, e: Expect): string[] {
  const file = join(dir, 'fix.txt');
  writeFileSync(file, text);
  const out: string[] = [];
  if (syntax === 'fish') {
    const script = 'name' in e ? `source $argv[2]; printf '%s' "$${e.name}"` : 'source $argv[2]; printf "%s\\0" $PATH';
    out.push(run(['fish', '--no-config'], script, file));
  } else {
    const script = 'name' in e ? `. "$1"; printf '%s' "$${e.name}"` : `. "$1"; printf '%s' "$PATH"`;
    for (const sh of SH) out.push(run(sh, script, file));
  }
  return out;
}

function verify(fix: Fix, e: Expect, where: string): void {
  const want = 'name' in e ? e.value : e.pathDir;
  const has = (got: string, fish: boolean) => ('name' in e ? got === want : (fish ? got.split('\0') : got.split(':')).includes(want));
  if (fix.kind === 'edit') {
    const syntax = syntaxOf(fix.file);
    assert.notEqual(syntax, 'environment.d', `${where}: no environment.d block for a value it cannot hold: ${fix.replacement}`);
    for (const got of readBack(syntax as 'sh' | 'fish', fix.replacement, e)) assert.ok(has(got, syntax === 'fish'), `${where}: ${JSON.stringify(got)} lacks ${JSON.stringify(want)}\n${fix.replacement}`);
  } else if (fix.kind === 'command') {
    if (/^go env -[wu] /.test(fix.command)) {
      const argv = simpleArgv(fix.command);
      assert.ok(argv, `${where}: ${fix.command} splits into plain words`);
      if ('name' in e && argv[2] === '-w') assert.equal(argv[3], `${e.name}=${e.value}`, where);
    } else if (fix.shell === 'fish') {
      for (const got of readBack('fish', fix.command, e)) assert.ok(has(got, true), `${where}: ${fix.command}`);
    } else if (/^(export|PATH=)/.test(fix.command)) {
      for (const got of readBack('sh', fix.command, e)) assert.ok(has(got, false), `${where}: ${JSON.stringify(got)} from ${fix.command}`);
    }
  }
  assert.ok(!existsSync(MARK), `${where}: the value ran a command`);
}

/** Fix titles rendered as the engine renders them (helpers return title ids). */
const HELPER_TITLES: Record<string, string> = { ...UNSET_FIX_TITLES, ...SETTING_FIX_TITLES };
function rendered(fixes: readonly Fix[]): Finding['fixes'] {
  return fixes.map((f) => ({ ...f, title: typeof f.title === 'string' ? f.title : renderMessage(HELPER_TITLES[f.title.fixTitle] ?? f.title.fixTitle, f.title.data, true) }) as Finding['fixes'][number]);
}

function verifyAll(fixes: readonly Fix[], e: Expect, where: string): number {
  assert.deepEqual(fixTextProblems({ ruleId: where, fixes: rendered(fixes) }), []);
  for (const f of fixes) verify(f, e, where);
  return fixes.filter((f) => f.kind !== 'manual').length;
}

function pathDirFor(v: string): string {
  const d = join(dir, 'dirs', v.replace(/\//g, '_') || 'empty');
  mkdirSync(d, { recursive: true }); // fish_add_path adds only directories that exist
  return d;
}

test('setupBlock: every shell reads back the exact variable value and PATH directory', () => {
  for (const v of HOSTILE) {
    for (const file of ['/h/.profile', '/h/.zshenv', '/h/.config/fish/conf.d/go.fish']) {
      verifyAll([setupBlock(file, [{ name: 'GOPATH', value: v }], 't')!], { name: 'GOPATH', value: v }, `${file} GOPATH=${JSON.stringify(v)}`);
      const d = pathDirFor(v);
      for (const at of ['first', 'last'] as const) {
        const block = setupBlock(file, [{ pathDir: d, at }], 't');
        // fish_add_path cannot take a directory with a newline: no block rather than a broken one.
        if (file.endsWith('.fish') && d.includes('\n')) assert.equal(block, null);
        else verifyAll([block!], { pathDir: d }, `${file} PATH ${at} ${JSON.stringify(d)}`);
      }
    }
    // environment.d takes plain words only; anything else gets no block.
    assert.equal(setupBlock('/h/.config/environment.d/50-go.conf', [{ name: 'GOPATH', value: v }], 't') === null, v === '' || /[^\w@%+=:,./-]/.test(v), JSON.stringify(v));
  }
});

test('go env -w / export fixes (settings and modules) carry the exact value', () => {
  for (const v of HOSTILE) {
    for (const source of ['user-file', 'env'] as const) {
      verifyAll(unsetFixes(setting('GOFLAGS', 'x', source), v), { name: 'GOFLAGS', value: v }, `unsetFixes ${source} ${JSON.stringify(v)}`);
      const m = modulesFacts({ env: { GOPRIVATE: 'corp.example.com' }, sources: { GOPRIVATE: source } });
      verifyAll(settingFixes(m, 'GOPRIVATE', v, 'test', 'safe'), { name: 'GOPRIVATE', value: v }, `settingFixes ${source} ${JSON.stringify(v)}`);
    }
  }
});

test('GD205: the install directory reaches PATH exactly, for bash, zsh and fish users', async () => {
  let checked = 0;
  for (const shell of ['/bin/bash', '/usr/bin/zsh', '/usr/bin/fish']) {
    const shells = await analyzeHome({}, { env: { SHELL: shell } });
    for (const v of HOSTILE.filter((x) => x !== '')) {
      const d = pathDirFor(v);
      const facts = factsWith({ goenv: goenv([], { binDirs: [{ dir: d, from: 'GOPATH', exists: true, executables: ['gopls'], onPath: false }] }), shells });
      const [f] = check(gd205, facts) as Finding[];
      checked += verifyAll(f!.fixes, { pathDir: d }, `GD205 ${shell} ${JSON.stringify(v)}`);
    }
  }
  assert.ok(checked >= 30, `${checked} fixes checked`);
});

test('GD301 and GD310: values read from startup files are written back exactly', async () => {
  for (const v of HOSTILE.filter((x) => x !== '' && x !== '-n')) {
    const s301 = await analyzeHome({ '.bashrc': `export GOPROXY=${shQuote(v)}\n` });
    const f301 = check(gd301, factsWith({ shells: s301 }));
    assert.equal(f301.length, 1, `GD301 fires for ${JSON.stringify(v)}`);
    verifyAll(f301[0]!.fixes, { name: 'GOPROXY', value: v }, `GD301 ${JSON.stringify(v)}`);
    const s310 = await analyzeHome({ '.zshrc': `export GOPRIVATE=${shQuote(v)}\n` });
    const f310 = check(gd310, factsWith({ shells: s310 }));
    assert.equal(f310.length, 1, `GD310 fires for ${JSON.stringify(v)}`);
    verifyAll(f310[0]!.fixes, { name: 'GOPRIVATE', value: v }, `GD310 ${JSON.stringify(v)}`);
  }
});

test.after(() => rmSync(dir, { recursive: true, force: true }));
