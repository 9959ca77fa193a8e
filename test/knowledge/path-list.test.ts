// splitPathList against Go's own filepath.SplitList, run for both platforms with the real go.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { splitPathList } from '../../src/knowledge/path-list.js';
import { REAL_GO } from '../helpers/cli.js';

const CASES = ['', 'a', '/usr/bin:/bin', ':/bin:', 'C:\\Go\\bin;C:\\x', '"C:\\a;b";D:\\c', 'a;;b', '"unterminated;x', '/a:/b;c'];

/** filepath.SplitList of each case, as go compiled for `goos` and run through the list prints it. */
function goSplit(goos: 'linux' | 'windows'): string[][] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'godiag-splitlist-'));
  try {
    // Windows' splitList is taken from the installed GOROOT's own source and compiled here for
    // linux (a windows binary cannot run here), with ListSeparator set to Windows' ';'.
    const body = goos === 'windows'
      ? windowsSplitList().replace('func splitList(', 'func split(').replaceAll('ListSeparator', "';'")
      : 'func split(p string) []string { return filepath.SplitList(p) }';
    writeFileSync(path.join(dir, 'go.mod'), 'module x\ngo 1.21\n');
    writeFileSync(path.join(dir, 'main.go'), `package main\nimport ("encoding/json"; "os"; "path/filepath"; "strings")\nvar _ = strings.ReplaceAll\nvar _ = filepath.SplitList\n${body}\nfunc main() { var in []string; json.NewDecoder(os.Stdin).Decode(&in); out := [][]string{}; for _, p := range in { out = append(out, split(p)) }; json.NewEncoder(os.Stdout).Encode(out) }\n`);
    const out = execFileSync(REAL_GO, ['run', '.'], { cwd: dir, input: JSON.stringify(CASES), env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '', GOPROXY: 'off' } });
    return JSON.parse(out.toString());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function windowsSplitList(): string {
  const src = readFileSync(path.join(path.dirname(path.dirname(REAL_GO)), 'src/path/filepath/path_windows.go'), 'utf8');
  const m = /^func splitList\(path string\) \[\]string \{\n[\s\S]*?^\}$/m.exec(src);
  assert.ok(m, 'splitList not found in path_windows.go of the installed Go: the test cannot compare');
  return m[0];
}

test('Unix facts split on ":" like filepath.SplitList on linux', () => {
  assert.deepEqual(CASES.map((c) => splitPathList(c, 'linux')), goSplit('linux'));
});

test('Windows facts split on ";" outside double quotes, quotes removed, like path_windows.go splitList', () => {
  assert.deepEqual(CASES.map((c) => splitPathList(c, 'win32')), goSplit('windows'));
});
