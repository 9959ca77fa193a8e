import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalHost, RecordedHost } from '../../src/facts/host.js';

test('readTail returns the end of a file (recent log lines), on local and recorded hosts', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'godiag-tail-'));
  try {
    mkdirSync(join(dir, 'var/log'), { recursive: true });
    const log = join(dir, 'var/log/x.log');
    writeFileSync(log, 'old line\n'.repeat(1000) + 'recent denial\n');
    assert.equal(await new LocalHost({}).readTail(log, 14), 'recent denial\n');
    assert.equal(await new RecordedHost(dir, 'linux', {}).readTail('/var/log/x.log', 14), 'recent denial\n');
    assert.equal(await new LocalHost({}).readTail(join(dir, 'missing'), 10), null);
    assert.equal(await new LocalHost({}).readTail(dir, 10), null, 'directories are not read');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
