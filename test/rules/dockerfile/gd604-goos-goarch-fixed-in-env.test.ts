import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintDir } from '../../helpers/lint.js';

test('GD604: a workflow that builds its repository\'s Dockerfile for several platforms says nothing about another repository\'s Dockerfile', async () => {
  const root = mkdtempSync(join(tmpdir(), 'godiag-gd604-'));
  try {
    mkdirSync(join(root, 'a', '.github', 'workflows'), { recursive: true });
    writeFileSync(join(root, 'a', '.github', 'workflows', 'image.yml'), 'on: push\njobs:\n  image:\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          platforms: linux/amd64,linux/arm64\n');
    const dockerfile = 'FROM golang:1.23 AS build\nENV GOARCH=amd64\nRUN go build -o /app .\n';
    writeFileSync(join(root, 'a', 'Dockerfile'), dockerfile);
    mkdirSync(join(root, 'b'));
    writeFileSync(join(root, 'b', 'Dockerfile'), dockerfile);
    const { findings } = await lintDir(root, '1.26.0');
    assert.deepEqual(findings.filter((f) => f.ruleId === 'GD604').map((f) => f.location?.file), ['a/Dockerfile']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
