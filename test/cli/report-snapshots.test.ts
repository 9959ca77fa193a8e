// Reporter snapshots: a recorded workstation's facts (taken with `godiag snapshot` in a crafted
// sandbox: Debian go1.19 ahead of go1.26 on PATH, a broken go env file, a go.mod needing go1.99,
// credentials in GOPROXY, Go set up only in ~/.bashrc) analysed into every format.
// UPDATE_SNAPSHOTS=1 rewrites the expected files after an intended change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { runCli } from '../helpers/cli.js';
import { sarifValidator } from '../helpers/sarif.js';

const FACTS = 'test/fixtures/snapshots/workstation.facts.json';
const normalize = (s: string) => s.replace(/godiag \d+\.\d+\.\d+(-[\w.]+)?/g, 'godiag X.Y.Z').replace(/"version": "\d+\.\d+\.\d+(-[\w.]+)?"/g, '"version": "X.Y.Z"');

for (const [format, ext] of [['text', 'txt'], ['json', 'json'], ['markdown', 'md'], ['sarif', 'sarif']] as const) {
  test(`analyze --format ${format} matches its snapshot`, async () => {
    const r = await runCli(['analyze', FACTS, '--format', format], { env: { PATH: '/usr/bin:/bin', HOME: '/nonexistent', NO_COLOR: '1' }, cwd: process.cwd() });
    assert.equal(r.code, 1, r.stderr);
    const file = `test/fixtures/snapshots/workstation.${ext}`;
    // Piped JSON is compact; the snapshot keeps it indented, so a change reads as a diff.
    const got = normalize(format === 'json' || format === 'sarif' ? JSON.stringify(JSON.parse(r.stdout), null, 2) + '\n' : r.stdout);
    if (process.env.UPDATE_SNAPSHOTS === '1' || !existsSync(file)) writeFileSync(file, got);
    assert.equal(got, readFileSync(file, 'utf8'));
    assert.ok(!r.stdout.includes('s3cret'));
    if (format === 'sarif') {
      const validate = await sarifValidator();
      assert.ok(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors?.slice(0, 3)));
    }
  });
}
