// The CI YAML tree: js-yaml events for files it accepts, `yaml` for the ones it rejects, the same
// tree and positions either way; merge keys and aliases followed; broken files keep what reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadYamlEvents, MULTIPLE_DOCUMENTS } from '../../src/analyzers/ci/yaml-events.js';
import { loadYamlRecovering } from '../../src/analyzers/ci/yaml-recover.js';
import { get, items, scalar, scriptLines, type YamlDoc } from '../../src/analyzers/ci/yaml.js';
import { parseGithubWorkflow, parseGitlabCi } from '../../src/analyzers/ci/workflow.js';
import { analyzeFiles } from '../../src/analyzers/files/analyze.js';
import { discoverFiles } from '../../src/collectors/files/discover.js';
import { LocalHost } from '../../src/collectors/host.js';

const SAMPLE = [
  'env:',
  "  A: 'single'",
  '  B: "dou\\"ble"',
  '  C: 1.20',
  '  D: ~',
  '  E: true',
  '  F: 0x1F',
  '  G: !!str 1.20',
  'run: |-2  # header comment',
  '',
  '  go vet ./...',
  '  go build \\',
  '    ./cmd/x',
  'flow: [1.21, "1.22", {k: v}]',
].join('\n');

function view(doc: YamlDoc) {
  const env = get(doc.root, 'env');
  const s = (k: string) => {
    const v = scalar(doc, get(env, k));
    return v && [v.value, v.raw, v.numeric, v.line, v.column, v.endColumn];
  };
  return {
    env: ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map(s),
    run: scalar(doc, get(doc.root, 'run')) && [scalar(doc, get(doc.root, 'run'))!.line, scalar(doc, get(doc.root, 'run'))!.column],
    script: scriptLines(doc, get(doc.root, 'run')),
    flow: items(get(doc.root, 'flow')).map((n) => (n.kind === 'scalar' ? [n.value, n.numeric, scalar(doc, n)!.raw, scalar(doc, n)!.column] : n.kind)),
  };
}

test('both YAML readers build the same tree: values as YAML resolves them, raw text and positions as written', () => {
  const fast = view(loadYamlEvents(SAMPLE));
  assert.deepEqual(fast.env, [
    ['single', "'single'", false, 2, 6, 14],
    ['dou"ble', '"dou\\"ble"', false, 3, 6, 16],
    ['1.2', '1.20', true, 4, 6, 10],
    null,
    ['true', 'true', false, 6, 6, 10],
    ['31', '0x1F', true, 7, 6, 10],
    ['1.20', '1.20', false, 8, 12, 16],
  ]);
  assert.deepEqual(fast.run, [9, 6], 'a block scalar is placed at its indicator');
  assert.deepEqual(fast.script, [{ line: 11, column: 3, text: 'go vet ./...' }, { line: 12, column: 3, text: 'go build  ./cmd/x' }]);
  assert.deepEqual(fast.flow, [['1.21', true, '1.21', 8], ['1.22', false, '"1.22"', 14], 'map']);
  assert.deepEqual(view(loadYamlRecovering(SAMPLE)), fast);
});

test('merge keys and aliases are followed: a GitLab job inherits its template, own keys win', () => {
  const { facts } = parseGitlabCi('.gitlab-ci.yml', [
    '.build: &build',
    '  image: golang:1.21',
    '  script:',
    '    - go test ./...',
    'unit:',
    '  <<: *build',
    '  image: golang:1.23',
    'lint:',
    '  <<: [*build]',
  ].join('\n'));
  assert.deepEqual(facts.images.map((i) => [i.job, i.image.value, i.image.line]), [['.build', 'golang:1.21', 2], ['unit', 'golang:1.23', 7], ['lint', 'golang:1.21', 2]]);
  assert.deepEqual(facts.scripts.map((s) => [s.job, s.line]), [['.build', 4], ['unit', 4], ['lint', 4]]);
});

test('extends: a job reads its bases in order, its own keys and variables winning; an extended hidden job is read only through its jobs', () => {
  const { facts } = parseGitlabCi('.gitlab-ci.yml', [
    'variables:',
    '  GO_IMAGE: golang:1.21',
    '.go:',
    '  image: $GO_IMAGE',
    '  variables:',
    '    CGO_ENABLED: "1"',
    '    GOFLAGS: -mod=mod',
    '  script:',
    '    - go build ./...',
    '.arm:',
    '  variables:',
    '    GOARCH: arm64',
    'build-arm:',
    '  extends: [.go, .arm]',
    '  variables:',
    '    CGO_ENABLED: "0"',
    '    GO_IMAGE: golang:1.23',
    'test:',
    '  extends: .go',
    '  script:',
    '    - go test ./...',
    'loop:',
    '  extends: loop',
    '  script: [go vet]',
  ].join('\n'));
  assert.deepEqual(facts.images.map((i) => [i.job, i.image.value, i.image.line]), [['build-arm', 'golang:1.23', 17], ['test', 'golang:1.21', 2]]);
  assert.deepEqual(facts.scripts.map((s) => [s.job, s.text, s.line]), [['build-arm', 'go build ./...', 9], ['test', 'go test ./...', 21], ['loop', 'go vet', 24]]);
  const env = (job: string) => facts.env.filter((e) => e.job === job).map((e) => `${e.name}=${e.value.value}@${e.value.line}`).sort();
  assert.deepEqual(env('build-arm'), ['CGO_ENABLED=0@16', 'GOARCH=arm64@12', 'GOFLAGS=-mod=mod@7', 'GO_IMAGE=golang:1.23@17']);
  assert.deepEqual(env('test'), ['CGO_ENABLED=1@6', 'GOFLAGS=-mod=mod@7']);
  assert.deepEqual(env('.go'), [], 'the template is not a job of its own');
  assert.deepEqual(facts.env.filter((e) => e.job === 'build-arm').map((e) => [e.name, e.definedIn ?? null]), [['CGO_ENABLED', null], ['GO_IMAGE', null], ['GOARCH', '.arm'], ['GOFLAGS', '.go']]);
});

test('alias bombs and self-merging maps cost nothing: aliases share nodes', () => {
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 20 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`)].join('\n');
  const t0 = performance.now();
  const doc = loadYamlEvents(bomb);
  assert.equal(items(get(doc.root, 'u')).length, 9);
  const loop = loadYamlEvents('m: &m\n  k: v\n  <<: *m\n');
  assert.equal(scalar(loop, get(get(loop.root, 'm'), 'k'))!.value, 'v');
  assert.ok(performance.now() - t0 < 1000);
});

test('a second document is reported and not read', () => {
  const doc = loadYamlEvents('a: 1\n---\nb: 2\n');
  assert.equal(doc.error, MULTIPLE_DOCUMENTS);
  assert.equal(scalar(doc, get(doc.root, 'a'))!.value, '1');
  assert.equal(get(doc.root, 'b'), null);
});

test('a file the strict parser rejects is read again: accepted as GitHub accepts it, or its error kept with what still reads', async () => {
  // kubebuilder's workflows close a flow sequence at the key's indentation: out of spec, run by GitHub.
  const lenient = ['on: push', 'jobs:', '  t:', '    strategy:', '      matrix:', '        go: [', '          "1.22",', '        ]', '    steps:', '      - uses: actions/setup-go@v5', '        with:', '          go-version: ${{ matrix.go }}'].join('\n');
  assert.throws(() => loadYamlEvents(lenient));
  const broken = ['on: push', 'jobs:', '  t:', '    steps:', '      - uses: actions/setup-go@v5', '        with:', '          go-version: 1.20', '      - run: go build', '  bad: [go', ''].join('\n');
  const strict = parseGithubWorkflow('.github/workflows/b.yml', broken);
  assert.equal(strict.rejected, true);
  assert.deepEqual(strict.facts.setupGo, []);

  const root = mkdtempSync(join(tmpdir(), 'godiag-yaml-'));
  try {
    mkdirSync(join(root, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(root, '.github', 'workflows', 'a.yml'), lenient);
    writeFileSync(join(root, '.github', 'workflows', 'b.yml'), broken);
    const facts = await discoverFiles(new LocalHost(process.env), { root, paths: [root], goVersion: null });
    assert.deepEqual(facts.files.map((f) => [f.path, f.error === null, f.errorAt]), [['.github/workflows/a.yml', true, undefined], ['.github/workflows/b.yml', false, { line: 10, column: 1 }]]);
    assert.deepEqual(facts.ci.map((c) => [c.path, c.setupGo.length, c.matrices.map((m) => m.values.map((v) => v.value))]), [['.github/workflows/a.yml', 1, [['1.22']]], ['.github/workflows/b.yml', 1, []]]);
    assert.equal(facts.ci[1]!.setupGo[0]!.version!.raw, '1.20');
    // The synchronous analyzer reads them again only when given the recovering reader.
    assert.equal(analyzeFiles('/r', [{ path: '.github/workflows/b.yml', text: broken }]).ci[0]!.setupGo.length, 0);
    assert.equal(analyzeFiles('/r', [{ path: '.github/workflows/b.yml', text: broken }], loadYamlRecovering).ci[0]!.setupGo.length, 1);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
