import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintDir } from '../../helpers/lint.js';

test('GD705 compares each pin with the configuration golangci-lint would find from where it runs, not another repository\'s', async () => {
  const root = mkdtempSync(join(tmpdir(), 'godiag-gd705-'));
  const workflow = (v: string) => `on: push\njobs:\n  lint:\n    steps:\n      - uses: golangci/golangci-lint-action@v6\n        with:\n          version: ${v}\n`;
  try {
    for (const [repo, config] of [['a', 'version: "2"\n'], ['b', 'linters:\n  enable: [govet]\n']] as const) {
      mkdirSync(join(root, repo, '.github', 'workflows'), { recursive: true });
      writeFileSync(join(root, repo, 'go.mod'), 'module example.com/x\n\ngo 1.22\n');
      writeFileSync(join(root, repo, '.golangci.yml'), config);
      writeFileSync(join(root, repo, '.github', 'workflows', 'lint.yml'), workflow('v1.62.2'));
    }
    const { findings } = await lintDir(root, '1.26.0');
    const gd705 = findings.filter((f) => f.ruleId === 'GD705');
    assert.deepEqual(gd705.map((f) => [f.location?.file, f.messageId]), [['a/.github/workflows/lint.yml', 'configV2']]);
    assert.match(gd705[0]!.message, /a\/\.golangci\.yml/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
