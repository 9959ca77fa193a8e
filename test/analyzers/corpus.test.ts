// Real-world files (test/fixtures/corpus/README.md names their sources): every file parses,
// nothing throws, and the findings — each one reviewed by hand — stay exactly these.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lintDir, actual } from '../helpers/lint.js';

const CORPUS = 'test/fixtures/corpus';

// Reviewed:
// - caddy: xcaddy@latest in CI (GD704, real: unpinned); GOFLAGS=-tags=… set workflow-wide (GD706 info).
// - etcd: in-repo `replace … => ./api` of a multi-module repository (GD753 info, as intended);
//   hack/tls-setup installs cfssl with `go get -u` (GD708); the antithesis server image installs
//   goimports and dlv @latest (GD607) and writes GOTOOLCHAIN with `go env -w` (GD609). Its config
//   image's golang:$GO_VERSION stage only runs `go install tool@v1.4.3` and copies a YAML file:
//   correctly no GD602/GD605/GD606.
// - golangci-lint: ENV GOROOT in its release images (GD610). Deliberate there (their #3107
//   workaround); a project would record that with `# godiag ignore=GD610 -- reason`.
// - prometheus: jsonnet tools @latest in CI (GD704); internal/tools/tools.go in a go 1.25 module
//   that could use tool directives (GD754 info).
const PINNED: Record<string, string[]> = {
  caddyserver__caddy: [
    '.github/workflows/ci.yml:16 GD706', '.github/workflows/ci.yml:242 GD704',
    '.github/workflows/cross-build.yml:14 GD706', '.github/workflows/release.yml:427 GD704',
  ],
  'etcd-io__etcd': [
    ...[10, 11, 12, 13, 14, 15, 16, 8, 9].map((l) => `go.mod:${l} GD753`),
    'hack/tls-setup/Makefile:10 GD708', 'hack/tls-setup/Makefile:11 GD708', 'hack/tls-setup/Makefile:9 GD708',
    ...[78, 79, 80, 81].map((l) => `server/go.mod:${l} GD753`),
    'tests/antithesis/server/Dockerfile:21 GD607', 'tests/antithesis/server/Dockerfile:76 GD607', 'tests/antithesis/server/Dockerfile:9 GD609',
  ],
  'golangci__golangci-lint': ['build/buildx-alpine.Dockerfile:7 GD610', 'build/buildx.Dockerfile:7 GD610'],
  prometheus__prometheus: [
    '.github/workflows/ci.yml:174 GD704', '.github/workflows/ci.yml:175 GD704', '.github/workflows/ci.yml:176 GD704',
    'internal/tools/tools.go:21 GD754',
  ],
};

test('corpus: at least 40 real files, all read without errors', async () => {
  let total = 0;
  for (const repo of Object.keys(PINNED)) {
    const r = await lintDir(join(CORPUS, repo), 'go1.26.0');
    total += r.files.files.length;
    assert.deepEqual(r.files.files.filter((f) => f.error), [], repo);
  }
  assert.ok(total >= 40, `${total} files`);
  assert.deepEqual(readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort(), Object.keys(PINNED).sort());
});

for (const [repo, expected] of Object.entries(PINNED)) {
  test(`corpus ${repo}: findings reviewed and pinned`, async () => {
    const r = await lintDir(join(CORPUS, repo), 'go1.26.0');
    assert.deepEqual(actual(r.findings), [...expected].sort());
    for (const f of r.findings) {
      assert.ok(f.location?.line && f.location.column, `${f.ruleId} without a position`);
      assert.ok(f.fixes.length > 0, `${f.ruleId} at ${f.location?.file}:${f.location?.line} without a fix`);
    }
  });
}
