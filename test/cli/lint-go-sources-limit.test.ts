import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Sandbox, runCli } from '../helpers/cli.js';
import { MAX_GO_SOURCES } from '../../src/collectors/gosource.js';

test('lint says when it read the most Go sources one run reads and left packages unchecked for cgo', { timeout: 120_000 }, async () => {
  const sb = new Sandbox();
  try {
    sb.file('project/go.mod', 'module example.com/big\n\ngo 1.22\n');
    sb.file('project/Dockerfile', 'FROM golang:1.22.5\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build ./...\n');
    for (let d = 0; d < 3; d++) for (let i = 0; i <= MAX_GO_SOURCES / 3; i++) sb.file(`project/p${d}/f${i}.go`, `package p${d}\n`);
    const r = await runCli(['lint', '--go-version', '1.26.0', '--fail-on', 'never'], { env: { ...sb.env(['/usr/local/go/bin']), NO_COLOR: '1' }, cwd: sb.project });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`Go sources: ${MAX_GO_SOURCES} read, the most one run reads; packages in the others were not checked for cgo`));
    // Under the limit, nothing is said.
    const few = new Sandbox();
    try {
      few.file('project/go.mod', 'module example.com/small\n\ngo 1.22\n');
      few.file('project/Dockerfile', 'FROM golang:1.22.5\nRUN CGO_ENABLED=0 go build ./...\n');
      few.file('project/p/f.go', 'package p\n');
      const small = await runCli(['lint', '--go-version', '1.26.0', '--fail-on', 'never'], { env: { ...few.env(['/usr/local/go/bin']), NO_COLOR: '1' }, cwd: few.project });
      assert.doesNotMatch(small.stdout, /Go sources:/);
    } finally {
      few.cleanup();
    }
  } finally {
    sb.cleanup();
  }
});
