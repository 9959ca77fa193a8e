import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, lintDir } from '../../helpers/lint.js';

test('GD606 in a repository of several modules: each Dockerfile is judged by the Go sources of its own module', async () => {
  const repo = mkdtempSync(join(tmpdir(), 'godiag-gd606-'));
  try {
    cpSync(join(FIXTURES, 'err', 'gd606'), join(repo, 'svc'), { recursive: true }); // imports net/http
    cpSync(join(FIXTURES, 'ok', 'gd606'), join(repo, 'tool'), { recursive: true }); // prints only
    const { findings } = await lintDir(repo);
    const gd606 = findings.filter((f) => f.ruleId === 'GD606');
    assert.deepEqual(gd606.map((f) => f.location?.file), ['svc/Dockerfile']);
    assert.deepEqual((gd606[0]!.evidence as { tlsFiles: string[] }).tlsFiles, ['svc/main.go']);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
});
