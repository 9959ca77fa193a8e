// The file readers behind `godiag lint`: positions, Make variables, shell words, YAML scalars.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { goCommands } from '../../src/analyzers/files/go-commands.js';
import { isGoGetUpdate, latestTargets, downloadsModules } from '../../src/knowledge/go-command-kinds.js';
import { parseMakefile, expandMake } from '../../src/analyzers/makefile/parse.js';
import { heredocScript, parseDockerfile, substituteArgs } from '../../src/analyzers/dockerfile/parse.js';
import { parseGithubWorkflow, parseGitlabCi } from '../../src/analyzers/ci/workflow.js';
import { analyzeFiles, kindOf } from '../../src/analyzers/files/analyze.js';
import { toolsGoFacts } from '../../src/analyzers/gomod/tools-go.js';
import { readDirectives } from '../../src/analyzers/files/directives.js';
import { olderThan, prefixGoBuild, exactSetupGoVersion } from '../../src/rules/file-relations.js';

test('goCommands: inline env, env(1), export, separators, quoted words, go by path', () => {
  const { commands, assigned } = goCommands('export GOOS=linux; CGO_ENABLED=0 GOARCH="arm64" go build -o "out dir/app" ./cmd && env GOFLAGS=-mod=mod /usr/local/go/bin/go test ./... | tee log');
  assert.deepEqual(assigned, { GOOS: 'linux' });
  assert.equal(commands.length, 2);
  assert.deepEqual(commands[0], { sub: 'build', args: ['build', '-o', 'out dir/app', './cmd'], env: { GOOS: 'linux', CGO_ENABLED: '0', GOARCH: 'arm64' }, offset: 48 });
  assert.equal(commands[1]!.sub, 'test');
  assert.equal(commands[1]!.env.GOFLAGS, '-mod=mod');
  assert.deepEqual(goCommands('echo go build; cargo build; gofmt -l .').commands.map((c) => c.sub), []);
  assert.deepEqual(goCommands('sudo -E go install x@latest # go get -u').commands.map((c) => latestTargets(c)), [['x@latest']]);
  assert.equal(isGoGetUpdate(goCommands('go get -u=patch ./...').commands[0]!), true);
  assert.equal(isGoGetUpdate(goCommands('go get -insecure example.com/x').commands[0]!), false);
  assert.equal(downloadsModules(goCommands('go mod download -x').commands[0]!), true);
  assert.equal(downloadsModules(goCommands('go env GOPATH').commands[0]!), false);
});

test('goCommands word reading: escapes and quotes assemble words, $(...) nests, any Unicode space separates', () => {
  const cmds = (line: string) => goCommands(line).commands.map((c) => [c.sub, c.args, c.env, c.offset]);
  assert.deepEqual(cmds('g\\o build ./...'), [['build', ['build', './...'], {}, 0]]);
  assert.deepEqual(cmds('GOOS=linux\u00a0go build'), [['build', ['build'], { GOOS: 'linux' }, 11]]);
  assert.deepEqual(cmds('\ufeffgo vet ./...'), [['vet', ['vet', './...'], {}, 1]]);
  assert.deepEqual(cmds('x=$(echo (a)) go test'), [['test', ['test'], { x: '$(echo (a))' }, 14]]);
  assert.deepEqual(cmds('go run $(go list -m)/cmd ${GOFLAGS}'), [['run', ['run', '$(go list -m)/cmd', '${GOFLAGS}'], {}, 0]]);
  assert.deepEqual(cmds('go build \\'), [['build', ['build', '\\'], {}, 0]], 'a trailing backslash stays');
  assert.deepEqual(cmds('echo "unterminated && go build'), [], 'an open quote runs to the end of the line');
  assert.deepEqual(cmds('a#b go build'), [], '# inside a word is not a comment');
});

test('Makefile: assignments, exports, target-specific variables, continuations, define blocks, expansion', () => {
  const mk = parseMakefile('Makefile', [
    'GO ?= go',
    'LDFLAGS := -s -w',
    'LDFLAGS += -X main.v=1',
    'export CGO_ENABLED = 0',
    'define HELP',
    '\tgo env -w GOFLAGS=-x',
    'endef',
    'build: LDFLAGS += -extldflags=-static',
    'build: deps ## build it',
    '\t@$(GO) build -ldflags "$(LDFLAGS)" \\',
    '\t  -o bin/app .',
    'ifeq ($(OS),Windows_NT)',
    'win: ; GOOS=windows $(GO) build',
    'endif',
  ].join('\n'));
  assert.deepEqual(mk.recipes.map((r) => [r.target, r.line, r.endLine, r.expanded]), [
    ['build: deps ## build it'.split(':')[0], 10, 11, 'go build -ldflags "-s -w -X main.v=1 -extldflags=-static" -o bin/app .'],
    ['win', 13, 13, 'GOOS=windows go build'],
  ]);
  assert.deepEqual(mk.exported, ['CGO_ENABLED']);
  assert.equal(mk.variables.find((v) => v.name === 'CGO_ENABLED')!.exported, true);
  assert.equal(expandMake('$$HOME $(A) ${B} $(shell x)', new Map([['A', '$(B)'], ['B', 'b']])), '$HOME b b $(shell x)');
});

test('Dockerfile: stages, flags kept apart from arguments, ENV pairs with positions, ARG defaults in FROM', () => {
  const d = parseDockerfile('Dockerfile', [
    'ARG GO=1.22',
    'FROM --platform=$BUILDPLATFORM golang:${GO}-alpine AS build',
    'ENV GOPROXY=https://p \\',
    '    GOFLAGS=-mod=mod',
    'RUN --mount=type=cache,target=/go/pkg/mod go mod download',
    'RUN ["go", "build", "-o", "/app", "."]',
    'COPY --from=build --chmod=755 /app /app',
  ].join('\n'));
  assert.equal(d.stages.length, 1);
  const s = d.stages[0]!;
  assert.deepEqual([s.name, s.image, s.resolvedImage, s.platform, s.line, s.imageColumn], ['build', 'golang:${GO}-alpine', 'golang:1.22-alpine', '$BUILDPLATFORM', 2, 32]);
  const [env, run1, run2, copy] = s.instructions;
  assert.deepEqual(env!.pairs, [{ name: 'GOPROXY', value: 'https://p', line: 3, column: 5 }, { name: 'GOFLAGS', value: '-mod=mod', line: 4, column: 5 }]);
  assert.deepEqual(run1!.flags, [{ name: 'mount', value: 'type=cache,target=/go/pkg/mod' }]);
  assert.equal(run1!.args, 'go mod download');
  assert.equal(run2!.args, 'go build -o /app .');
  assert.deepEqual(copy!.flags.map((f) => f.name), ['from', 'chmod']);
  assert.equal(substituteArgs('${A:-x}/${B}/$C', new Map([['C', 'c']])), 'x/${B}/c');
});

test('Dockerfile ARG: several names in one ARG are several arguments, not ENV\'s legacy `NAME value`', () => {
  const d = parseDockerfile('Dockerfile', 'FROM golang AS b\nARG TARGETOS TARGETARCH\nARG A B=2\nENV P q\n');
  const pairs = d.stages[0]!.instructions.map((i) => i.pairs.map((p) => [p.name, p.value, p.column]));
  assert.deepEqual(pairs, [[['TARGETOS', null, 5], ['TARGETARCH', null, 14]], [['A', null, 5], ['B', '2', 7]], [['P', 'q', 5]]]);
});

test('Dockerfile heredocs: the body of RUN <<EOT is the script (default shell or a named shell), data for any other command', () => {
  const d = parseDockerfile('Dockerfile', [
    'FROM golang:1.24',
    'RUN --mount=type=cache,target=/go/pkg/mod <<EOT',
    '  set -e',
    '  # comments and blank lines drop out',
    '',
    '  export CGO_ENABLED=0',
    '  go build \\',
    '    -o /app .',
    'EOT',
    'RUN <<-"EOF" bash -e',
    '\tgo vet ./...',
    '\tEOF',
    'RUN <<EOF cat > /etc/motd',
    'go install example.com/x@latest',
    'EOF',
    'RUN echo done',
  ].join('\n'));
  const [a, b, c, e] = d.stages[0]!.instructions;
  assert.deepEqual([a!.line, a!.endLine, a!.args], [2, 9, 'set -e ; export CGO_ENABLED=0 ; go build     -o /app .']);
  assert.deepEqual(a!.flags, [{ name: 'mount', value: 'type=cache,target=/go/pkg/mod' }]);
  assert.equal(b!.args, 'go vet ./...');
  assert.equal(c!.args, 'cat > /etc/motd');
  assert.deepEqual([e!.line, e!.args], [16, 'echo done']);
  assert.equal(heredocScript('go build ./...'), null);
});

test('GitHub workflow: setup-go version as written and as YAML reads it, matrix refs, step env, block scripts', () => {
  const { facts, error } = parseGithubWorkflow('.github/workflows/ci.yml', [
    'on: push',
    'jobs:',
    '  t:',
    '    strategy:',
    '      matrix:',
    '        go: [1.20, "1.21"]',
    '        include:',
    '          - go: 1.19',
    '    steps:',
    '      - uses: actions/setup-go@v5',
    '        with:',
    '          go-version: ${{ matrix.go }}',
    '      - run: |',
    '          go vet ./...',
    '          GOOS=linux \\',
    '            go build ./...',
    '        env:',
    '          GOARCH: arm64',
  ].join('\n'));
  assert.equal(error, null);
  assert.equal(facts.setupGo[0]!.matrixKey, 'go');
  const values = facts.matrices[0]!.values.map((v) => [v.value, v.raw, v.numeric, v.line, v.column]);
  assert.deepEqual(values, [['1.2', '1.20', true, 6, 14], ['1.21', '"1.21"', false, 6, 20], ['1.19', '1.19', true, 8, 17]]);
  assert.deepEqual(facts.scripts.map((s) => [s.line, s.column, s.text.trim(), s.step]), [[14, 11, 'go vet ./...', 13], [15, 11, 'GOOS=linux  go build ./...', 13]]);
  assert.deepEqual(facts.env.map((e) => [e.scope, e.name, e.value.value, e.step]), [['step', 'GOARCH', 'arm64', 13]]);
  assert.match(parseGithubWorkflow('x.yml', 'jobs: [\n').error ?? '', /./);
});

test('GitLab CI: default image, job images, variables, script lists, parallel matrix', () => {
  const { facts } = parseGitlabCi('.gitlab-ci.yml', [
    'image: golang:1.22',
    'variables:',
    '  GOPROXY: direct',
    'test:',
    '  parallel:',
    '    matrix:',
    '      - GO: ["1.21", "1.22"]',
    '  script:',
    '    - go test ./...',
    '    - >',
    '      go build',
  ].join('\n'));
  assert.deepEqual(facts.images.map((i) => [i.job, i.image.value]), [['(default)', 'golang:1.22']]);
  assert.deepEqual(facts.env.map((e) => [e.scope, e.name]), [['workflow', 'GOPROXY']]);
  assert.deepEqual(facts.matrices.map((m) => [m.job, m.key, m.values.map((v) => v.value)]), [['test', 'GO', ['1.21', '1.22']]]);
  assert.deepEqual(facts.scripts.map((s) => s.text.trim()), ['go test ./...', 'go build']);
});

test('discovery names, tools.go, directives targets and problems', () => {
  // Other YAML is a manifest candidate: its content decides (analyze.ts manifestFormat).
  assert.deepEqual(['Dockerfile', 'build/api.Dockerfile', 'Containerfile.dev', '.github/workflows/a.yaml', 'ci/.gitlab-ci.yml', 'rules.mk', 'GNUmakefile', 'go.work', '.golangci.yaml', 'docs/workflows/x.yml', 'main.go'].map(kindOf),
    ['dockerfile', 'dockerfile', 'dockerfile', 'github-workflow', 'gitlab-ci', 'makefile', 'makefile', 'go.work', 'golangci', 'manifest', null]);
  const t = toolsGoFacts('tools.go', '//go:build tools\n\npackage tools\n\nimport (\n\t_ "a/b/cmd/x"\n\t"fmt"\n)\n');
  assert.deepEqual([t.toolsTag, t.imports], [true, [{ path: 'a/b/cmd/x', line: 6, column: 5 }]]);
  const d = readDirectives('Dockerfile', '# godiag ignore=GD601,gd602 -- pinned elsewhere\n\n# other\nFROM golang\nRUN x # godiag ignore=GD607\n// godiag severity GD752=off bogus\n');
  assert.deepEqual(d.map((x) => [x.line, x.target, x.kind, x.rules, x.reason, x.severity, !!x.problem]), [
    [1, 4, 'ignore', ['GD601', 'GD602'], 'pinned elsewhere', null, false],
    [5, 5, 'ignore', ['GD607'], null, null, true],
    [6, 7, 'severity', ['GD752'], null, 'off', false],
    [6, 7, 'severity', ['bogus'], null, null, true],
  ]);
});

test('analyzeFiles never throws: a parser error becomes the file error', () => {
  const f = analyzeFiles('/r', [{ path: '.github/workflows/x.yml', text: 'jobs:\n  a: [go\n' }, { path: 'go.mod', text: 'module\ngo 1.2x\n' }]);
  assert.equal(f.files.length, 2);
  assert.match(f.files[0]!.error ?? '', /./);
  assert.ok(f.mods[0]!.errors.length >= 1);
});

test('version helpers: minor-only tags mean the newest patch; setup-go ranges are not compared', () => {
  assert.equal(olderThan('1.22', '1.22.5'), false);
  assert.equal(olderThan('1.22.1', '1.22.5'), true);
  assert.equal(olderThan('1.21', '1.22'), true);
  assert.equal(olderThan('1.23rc1', '1.23.0'), true);
  assert.deepEqual(['1.22.x', '^1.22', '>=1.21', 'stable', '1.22.3'].map(exactSetupGoVersion), ['1.22', null, null, null, '1.22.3']);
  assert.equal(prefixGoBuild('\tGOOS=linux GOARCH=amd64 go build -o x .', 'CGO_ENABLED=0'), '\tGOOS=linux GOARCH=amd64 CGO_ENABLED=0 go build -o x .');
  assert.equal(prefixGoBuild('echo nothing', 'X=1'), null);
});

test('setup-go outcome for an older Go: fails before 1.21, fails under v6+ (GOTOOLCHAIN=local), switches with v5', async () => {
  const { setupGoOutcome } = await import('../../src/rules/file-relations.js');
  assert.deepEqual([
    setupGoOutcome('1.20', 'v6'), setupGoOutcome('1.22', 'v6.1.0'), setupGoOutcome('1.22', 'v5'), setupGoOutcome('1.22', '0aaccfd150d50ccaeb58ebd88d36e91967a5f35b'), setupGoOutcome('1.22', null),
  ], ['fails', 'failsLocal', 'switches', 'unknownRef', 'unknownRef']);
  const { lintDir, FIXTURES } = await import('../helpers/lint.js');
  const r = await lintDir(`${FIXTURES}/err/gd702`);
  assert.deepEqual(r.findings.filter((f) => f.ruleId === 'GD702').map((f) => `${f.location!.file}:${f.location!.line}:${f.messageId}:${f.severity}`).sort(), [
    '.github/workflows/ci.yml:16:fails:error', '.github/workflows/ci.yml:23:failsLocal:error', '.github/workflows/ci.yml:30:switches:warning', '.github/workflows/ci.yml:9:switches:warning',
    // setup-go@v6 with go-version: ${{ inputs.go }}: the input's default, where it is written.
    '.github/workflows/reusable-build.yml:8:failsLocal:error',
    '.gitlab-ci.yml:7:image:error',
    // golang:${GO_VERSION} and golang:$RELEASE_GO: at the variable that gives the tag.
    '.gitlab/ci/go.yml:17:image:error', '.gitlab/ci/go.yml:3:image:error',
    // Files the pipeline includes (include: local:, and one included from there).
    'ci/templates/go-jobs.yml:5:image:error', 'ci/templates/lint.yml:3:image:error',
  ]);
});
