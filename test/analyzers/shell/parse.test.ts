import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSh, tokenize } from '../../../src/analyzers/shell/sh-parse.js';
import { parseFish } from '../../../src/analyzers/shell/fish-parse.js';
import { expandWord, braceExpand, OLD_PATH } from '../../../src/analyzers/shell/expand.js';
import { validateShell } from '../../../src/collectors/shell/sh-validate.js';

const vars = (m: Record<string, string>) => ({ get: (k: string) => m[k], positional: [] as string[] });

test('sh reader: line numbers survive here-documents, continuations and nested quotes', () => {
  const src = 'cat <<EOF\nexport GOPATH=/not/code\nEOF\nexport A="$(echo "x)")" \\\n  B=2\nexport GOPATH=/real\n';
  const nodes = parseSh(src);
  const simple = nodes.filter((n) => n.t === 'simple');
  assert.deepEqual(simple.map((n) => n.line), [1, 4, 6]);
  assert.equal(simple[2]!.t === 'simple' && simple[2]!.words[1]!.raw, 'GOPATH=/real');
});

test('sh reader: a continued line inside quotes, $( ), ${ } or backticks still counts as a line', () => {
  for (const word of ['"a \\\n b"', '$(git rev-parse \\\n 2>/dev/null)', '${$(git x \\\n y)}', '`echo \\\n b`']) {
    const nodes = parseSh(`x=${word}\nexport GOBIN=/b\n`);
    const last = nodes[nodes.length - 1]!;
    assert.equal(last.line, 3, `after x=${word}`);
  }
});

test('sh reader: name(){ without a space is a function definition, not a command', () => {
  const nodes = parseSh('clone(){\n  [[ $# -eq 0 ]] && return 1\n  git clone "$1"\n}\nexport GOBIN=/b\n');
  assert.deepEqual(nodes.map((n) => n.t), ['func', 'simple']);
  assert.ok(nodes[0]!.t === 'func' && nodes[0]!.name === 'clone');
  assert.equal(nodes[1]!.line, 5);
});

test('sh reader: if/elif/else, case, for, functions and && chains', () => {
  const nodes = parseSh('if [ -d a ]; then x; elif b; then y; else z; fi\ncase $- in *i*) ;; *) return;; esac\nfor f in a b; do . $f; done\nf() { export GOBIN=/b; }\n[ -f x ] && . x || true\n');
  assert.deepEqual(nodes.map((n) => n.t), ['if', 'case', 'loop', 'func', 'andor']);
  const iff = nodes[0]!;
  assert.ok(iff.t === 'if' && iff.clauses.length === 2 && iff.elseBody?.length === 1);
});

test('sh reader: zsh arrays and process substitution stay single words', () => {
  const t = tokenize('path=(\n  $HOME/bin(N)\n  $path\n)\nsource <(fzf --zsh)\n').filter((x) => x.kind === 'word').map((x) => x.value);
  assert.deepEqual(t, ['path=(\n  $HOME/bin(N)\n  $path\n)', 'source', '<(fzf --zsh)']);
});

test('fish reader: blocks, else if, and/or, switch', () => {
  const nodes = parseFish('if status is-interactive\n  set -gx A 1\nelse if test -d /x\n  set B 2\nelse\n  set C 3\nend\ntest -d x; and set -gx GOPATH x\nswitch $x\n  case a b\n    echo\nend\n');
  assert.deepEqual(nodes.map((n) => n.t), ['if', 'andor', 'case']);
  const iff = nodes[0]!;
  assert.ok(iff.t === 'if' && iff.clauses.length === 2 && iff.elseBody?.length === 1);
});

test('expansion: quotes, defaults, tilde in assignments, unknown command output', () => {
  const v = vars({ HOME: '/h', X: '' });
  assert.deepEqual(expandWord('"${GOPATH:-$HOME/go}"/bin', v, 'sh'), { value: '/h/go/bin', known: true });
  assert.deepEqual(expandWord("'$HOME'", v, 'sh'), { value: '$HOME', known: true });
  assert.deepEqual(expandWord('~/a:~/b', v, 'sh', { assignment: true }), { value: '/h/a:/h/b', known: true });
  assert.equal(expandWord('"$(go env GOPATH)"/bin', v, 'sh').known, false);
  assert.equal(expandWord('(go env GOPATH)/bin', v, 'fish').known, false);
  assert.equal(expandWord('"$PATH:/x"', v, 'sh', { pathVar: true }).value, `${OLD_PATH}:/x`);
  assert.deepEqual(braceExpand('~/.{path,exports}'), ['~/.path', '~/.exports']);
});

test('mvdan/sh validation: errors with positions; zsh errors are advisory', async () => {
  assert.equal(await validateShell('export A=1\n', 'bash'), null);
  const e = await validateShell('a=1\nif then\n', 'bash');
  assert.equal(e?.line, 2);
  assert.equal(e?.advisory, false);
  const z = await validateShell('for foo (a b) echo $foo\n', 'zsh');
  assert.ok(z === null || z.advisory);
});

test('glob: a bracket class with a range out of order (a zsh subscript) is text, not a crash', async () => {
  const { globToRegExp } = await import('../../../src/analyzers/shell/expand.js');
  const re = globToRegExp('[status-changed]=all');
  assert.ok(re.test('[status-changed]=all'));
  assert.ok(!re.test('s=all'));
  assert.ok(globToRegExp('[a-c]x').test('bx'));
});
