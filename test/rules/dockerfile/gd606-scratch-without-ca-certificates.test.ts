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
    // svc/base-alias is a module of its own inside svc (its own go.mod): judged by its own sources.
    assert.deepEqual(gd606.map((f) => f.location?.file).sort(), ['svc/Dockerfile', 'svc/base-alias/Dockerfile']);
    const tls = (file: string) => (gd606.find((f) => f.location?.file === file)!.evidence as { tlsFiles: string[] }).tlsFiles;
    assert.deepEqual(tls('svc/Dockerfile'), ['svc/main.go']);
    assert.deepEqual(tls('svc/base-alias/Dockerfile'), ['svc/base-alias/main.go']);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
});
