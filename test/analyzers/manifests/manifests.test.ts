// The manifest reader: documents one by one, Helm templates skipped and said so, values files
// with template strings still read; GOMEMLIMIT parsing checked against the real Go runtime.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readManifest } from '../../../src/analyzers/manifests/index.js';
import { parseGoMemLimit, parseK8sQuantity, parseDockerBytes } from '../../../src/knowledge/quantities.js';
import { execFile } from '../../../src/collectors/exec.js';
import { lintDir, FIXTURES } from '../../helpers/lint.js';
import { runCli } from '../../helpers/cli.js';

const TEMPLATE = `apiVersion: v1
kind: ConfigMap
metadata:
  name: plain
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "api.fullname" . }}
spec:
  template:
    spec:
      containers:
        - name: api
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          {{- with .Values.resources }}
          resources: {{- toYaml . | nindent 12 }}
          {{- end }}
---
apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  containers:
    - name: debug
      image: busybox:1.36
      tty: true
---
kind: Deployment
apiVersion: apps/v1
metadata: [broken
`;

test('templated and broken documents are skipped with a reason; the others keep their line numbers', () => {
  const m = readManifest('charts/api/templates/all.yaml', TEMPLATE)!;
  assert.equal(m.format, 'kubernetes');
  assert.deepEqual(m.workloads.map((w) => `${w.name}:${w.line}`), ['Pod/debug:20']);
  assert.equal(m.workloads[0]!.containers[0]!.tty?.line, 28);
  assert.deepEqual(m.skipped.map((s) => `${s.line} ${s.reason.split(':')[0]}`), ['6 Helm template syntax ({{ }})', '30 YAML error']);
});

test('values files are read even when values hold template strings; non-manifest YAML is not a manifest', () => {
  const values = 'podAnnotations:\n  checksum: "{{ .Values.x }}"\nimage:\n  repository: ghcr.io/x/api\n  tag: v1\nresources:\n  limits:\n    memory: 128Mi\n';
  const m = readManifest('charts/api/values.yaml', values)!;
  assert.equal(m.skipped.length, 0);
  assert.deepEqual(m.workloads.map((w) => [w.containers[0]!.image?.value, w.containers[0]!.memoryLimit?.bytes]), [['ghcr.io/x/api:v1', 128 * 2 ** 20]]);
  assert.equal(readManifest('mkdocs.yml', 'site_name: x\nnav: []\n'), null);
  assert.equal(readManifest('.goreleaser.yaml', 'builds:\n  - main: .\n'), null);
});

test('quantities: Kubernetes and Docker units', () => {
  assert.equal(parseK8sQuantity('512Mi'), 512 * 2 ** 20);
  assert.equal(parseK8sQuantity('1G'), 1e9);
  assert.equal(parseK8sQuantity('500m'), 0.5);
  assert.equal(parseK8sQuantity('1e3'), 1000);
  assert.equal(parseK8sQuantity('12 Mi'), null);
  assert.equal(parseDockerBytes('300m'), 300 * 2 ** 20);
  assert.equal(parseDockerBytes('1gb'), 2 ** 30);
});

test('GOMEMLIMIT values: the parser agrees with the Go runtime, which refuses the malformed ones at start', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'godiag-gomemlimit-'));
  try {
    await fs.writeFile(path.join(dir, 'main.go'), 'package main\n\nimport (\n\t"fmt"\n\t"runtime/debug"\n)\n\nfunc main() { fmt.Println(debug.SetMemoryLimit(-1)) }\n');
    await fs.writeFile(path.join(dir, 'go.mod'), 'module example.test/m\n\ngo 1.22\n');
    const env = { PATH: '/usr/bin:/bin', HOME: dir, GOTOOLCHAIN: 'local', GOFLAGS: '', GOPROXY: 'off', GOCACHE: path.join(os.tmpdir(), 'godiag-gd430-cache') };
    const b = await execFile('/usr/local/go/bin/go', ['build', '-o', path.join(dir, 'm'), '.'], { env, cwd: dir, timeoutMs: 120_000 });
    assert.equal(b.code, 0, b.stderr);
    for (const v of ['600MiB', '1G', '512M', '1.5GiB', '1073741824', '2048B', '1GiB', 'off', '1Gi', ' 1GiB', '1KiB', '3TiB']) {
      const r = await execFile(path.join(dir, 'm'), [], { env: { GOMEMLIMIT: v }, timeoutMs: 10_000 });
      const parsed = parseGoMemLimit(v);
      if (parsed.malformed) {
        assert.notEqual(r.code, 0, `${v}: the runtime accepted it`);
        assert.match(r.stderr, /malformed GOMEMLIMIT/);
      } else {
        assert.equal(r.code, 0, `${v}: ${r.stderr}`);
        const want = parsed.bytes === null ? '9223372036854775807' : String(parsed.bytes);
        assert.equal(r.stdout.trim(), want, v);
      }
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});

test('automaxprocs in the module: no GD773; lint says how many documents it did not read', async () => {
  const { findings } = await lintDir(path.join(FIXTURES, '..', 'deploy', 'gd773-automaxprocs'), null);
  assert.deepEqual(findings.filter((f) => f.ruleId === 'GD773'), []);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'godiag-helm-'));
  try {
    await fs.mkdir(path.join(dir, 'charts/api/templates'), { recursive: true });
    await fs.writeFile(path.join(dir, 'charts/api/templates/all.yaml'), TEMPLATE);
    const env = { PATH: '/usr/bin:/bin', HOME: dir, NO_COLOR: '1' };
    const r = await runCli(['lint', '--go-version', 'none', '-v'], { env, cwd: dir });
    assert.match(r.stdout, /deployment manifests: 1 file\(s\) \(1 kubernetes\), 1 workload\(s\); 2 document\(s\) not read:/);
    assert.match(r.stdout, /charts\/api\/templates\/all\.yaml:6: Helm template syntax/);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
