// The status line's rules, in process: when it may be drawn, how it fits one row, and that every
// other write and the end erase it first. The terminal behaviour itself: progress.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ERASE_LINE, fitLine, startStatus, statusLineWanted } from '../../src/cli/status-line.js';
import type { CliIO } from '../../src/cli/io.js';

function terminal(env: Record<string, string> = {}, stderrIsTTY = true): CliIO & { out: string; err: string } {
  const io = {
    out: '', err: '',
    stdout: (s: string) => { io.out += s; },
    stderr: (s: string) => { io.err += s; },
    env, cwd: '/', isTTY: true, stderrIsTTY, columns: () => 40,
  };
  return io;
}

test('drawn only on a terminal stderr, and off with --no-progress, NO_COLOR, CI or TERM=dumb', () => {
  assert.equal(statusLineWanted(terminal(), false), true);
  assert.equal(statusLineWanted(terminal({}, false), false), false, 'stderr is a pipe or a file');
  assert.equal(statusLineWanted(terminal(), true), false, '--no-progress');
  assert.equal(statusLineWanted(terminal({ NO_COLOR: '1' }), false), false);
  assert.equal(statusLineWanted(terminal({ NO_COLOR: '' }), false), true, 'an empty NO_COLOR is unset (no-color.org)');
  assert.equal(statusLineWanted(terminal({ CI: 'true' }), false), false);
  assert.equal(statusLineWanted(terminal({ CI: 'false' }), false), true);
  assert.equal(statusLineWanted(terminal({ TERM: 'dumb' }), false), false);
  const { stderrIsTTY: _, ...noField } = terminal();
  assert.equal(statusLineWanted(noField, false), false, 'an io that does not say stderr is a terminal gets none');
});

test('one row: control characters from file names shown as ?, cut one column short of the width', () => {
  assert.equal(fitLine('a\u001b[2Jb\nc\rd', 80), 'a?[2Jb?c?d');
  assert.equal(fitLine('x'.repeat(100), 40), `${'x'.repeat(38)}…`);
  assert.equal([...fitLine('é'.repeat(100), 40)].length, 39);
  assert.equal(fitLine('short', 40), 'short');
});

test('every write through the status io erases the line first; done() erases it for good', () => {
  const io = terminal();
  const status = startStatus(io, 'inspect', false);
  try {
    assert.match(io.err, /^\rinspect: \(0\.0 s\)\u001b\[K$/);
    status.set('3 files');
    status.io.stdout('result\n');
    assert.equal(io.out, 'result\n');
    assert.ok(io.err.endsWith(ERASE_LINE), 'erased before the result was written');
    status.set(() => '4 files');
    assert.match(io.err, /\rinspect: 4 files \(\d\.\d s\)\u001b\[K$/, 'drawn again at once after an erase');
    let calls = 0;
    for (let i = 0; i < 1000; i++) status.set(() => `${++calls} calls`);
    assert.ok(calls <= 1, 'a function is called only when the line is drawn (at most every 100 ms)');
  } finally {
    status.done();
  }
  assert.ok(io.err.endsWith(ERASE_LINE));
  const before = io.err;
  status.set('late');
  status.done();
  assert.equal(io.err, before, 'nothing after done()');
  assert.equal(process.listenerCount('SIGINT'), 0, 'the Ctrl-C handler is gone with the line');
});

test('no terminal: not one byte on stderr, and the command io is the one given', () => {
  const io = terminal({}, false);
  const status = startStatus(io, 'doctor', false);
  status.set('goenv');
  assert.equal(status.io, io);
  status.done();
  assert.equal(io.err, '');
  assert.equal(process.listenerCount('SIGINT'), 0);
});
