// Table cases; test/cli/doctor-installed-tools.test.ts runs real tools built by go1.19.8 and go1.26.8.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd111 } from '../../../src/rules/toolchain/gd111-tool-built-with-older-go.js';
import { typeCheckingTool } from '../../../src/knowledge/type-checking-tools.js';
import { runRuleTester } from '../../helpers/rule-tester.js';
import { factsWith } from '../../helpers/rules.js';
import { install, project, toolchains } from '../../helpers/builders.js';
import type { InstalledTool } from '../../../src/facts/schema/tools.js';
import type { ModFileSummary } from '../../../src/facts/schema/project.js';

const tool = (o: Partial<InstalledTool>): InstalledTool => ({
  path: '/home/u/go/bin/staticcheck', command: 'staticcheck', from: 'GOPATH', mainPackage: 'honnef.co/go/tools/cmd/staticcheck',
  module: 'honnef.co/go/tools', version: 'v0.4.7', goVersion: 'go1.19.8', ...o,
});
const gomod = (go: string, o: Partial<ModFileSummary> = {}): ModFileSummary => ({ path: '/work/go.mod', module: 'example.com/m', go, toolchain: null, requires: [], replaces: [], tools: [], errors: [], ...o });
const facts = (tools: InstalledTool[], goLine: string | null, local = 'go1.26.8', sel: Parameters<typeof project>[0] = {}) => factsWith({
  tools: { tools, unreadable: [], read: tools.length },
  toolchains: toolchains([install({ path: '/usr/local/go/bin/go', reportedVersion: local })]),
  project: project({ local, ...sel }, { gomod: goLine ? gomod(goLine) : null }),
});

test('only tools known to fail are judged, whatever their file name', () => {
  assert.equal(typeCheckingTool('golang.org/x/tools/cmd/stringer'), null, 'stringer ignores type errors');
  assert.equal(typeCheckingTool('github.com/golangci/golangci-lint/v2/cmd/golangci-lint')?.command, 'golangci-lint');
  assert.equal(typeCheckingTool('golang.org/x/tools/gopls')?.command, 'gopls');
});

runRuleTester(gd111, {
  valid: [
    { name: 'built with the same language version (go1.26.1 for a go 1.26.5 module, go1.26.8 runs)', facts: facts([tool({ goVersion: 'go1.26.1' })], '1.26.5') },
    { name: 'stringer built with go1.19 is not judged', facts: facts([tool({ command: 'stringer', mainPackage: 'golang.org/x/tools/cmd/stringer', goVersion: 'go1.19.8' })], '1.26') },
    { name: 'no module and no go that runs', facts: factsWith({ tools: { tools: [tool({})], unreadable: [], read: 1 } }) },
  ],
  invalid: [
    {
      name: 'built by go1.19 outside a module: the go that runs decides (its standard library)',
      facts: facts([tool({})], null),
      errors: [{ messageId: 'tooOld', data: { need: '1.26', because: 'go1.26.8, the go that runs here' }, fixTitles: ['Install a release built with go1.26 or newer'] }],
    },
    {
      name: 'go line newer than the go on PATH: the install names that Go (go install PKG@V builds with the go on PATH)',
      facts: facts([tool({ goVersion: 'go1.26.8', path: '/home/u/go/bin/govulncheck', command: 'govulncheck', mainPackage: 'golang.org/x/vuln/cmd/govulncheck', module: 'golang.org/x/vuln', version: 'v1.9.0' })], '1.27.3', 'go1.26.8', { action: 'use-cache', target: 'go1.27.3' }),
      errors: [{ messageId: 'tooOld', data: { need: '1.27', because: 'the go line of /work/go.mod' } }],
    },
    {
      name: 'golangci-lint: a released binary of the first version supporting the newer of go line (1.25) and the go that runs (1.26), no go install',
      facts: facts([tool({ path: '/usr/local/bin/golangci-lint', command: 'golangci-lint', from: 'PATH', mainPackage: 'github.com/golangci/golangci-lint/cmd/golangci-lint', module: 'github.com/golangci/golangci-lint', version: 'v1.59.1', goVersion: 'go1.22.5' })], '1.25'),
      errors: [{ messageId: 'tooOld', data: { need: '1.26' }, fixTitles: ['Install golangci-lint v2.9.0 or later, a released binary'] }],
    },
    {
      name: 'a tool directive pins it: install the pinned version from the module directory',
      facts: factsWith({
        tools: { tools: [tool({})], unreadable: [], read: 1 },
        toolchains: toolchains([install({ path: '/usr/local/go/bin/go', reportedVersion: 'go1.26.8' })]),
        project: project({}, { gomod: gomod('1.26', { tools: ['honnef.co/go/tools/cmd/staticcheck'], requires: [{ path: 'honnef.co/go/tools', version: 'v0.7.0', indirect: false, line: 7 }] }) }),
      }),
      errors: [{ messageId: 'tooOld', fixTitles: ['Install the version go.mod pins (v0.7.0), built with go1.26 or newer'] }],
    },
  ],
});

test('GD111 fixes: quoted, with GOTOOLCHAIN only when the builder is too old, manual steps for a copy found on PATH', async () => {
  const { check } = await import('../../helpers/rules.js');
  const [onPath] = check(gd111, facts([tool({ goVersion: 'go1.26.8', path: '/home/u/go/bin/govulncheck', command: 'govulncheck', mainPackage: 'golang.org/x/vuln/cmd/govulncheck' })], '1.27.3', 'go1.26.8', { action: 'use-cache', target: 'go1.27.3' }));
  assert.equal((onPath!.fixes[0] as { command?: string }).command, 'GOTOOLCHAIN=go1.27.3+auto go install golang.org/x/vuln/cmd/govulncheck@latest');
  const [fresh] = check(gd111, facts([tool({})], '1.26'));
  assert.equal((fresh!.fixes[0] as { command?: string }).command, 'go install honnef.co/go/tools/cmd/staticcheck@latest');
  const [packaged] = check(gd111, facts([tool({ path: '/usr/bin/staticcheck', from: 'PATH' })], '1.26'));
  assert.equal(packaged!.fixes[0]!.kind, 'manual');
  assert.match((packaged!.fixes[0] as { steps?: string[] }).steps!.join('\n'), /go install honnef\.co\/go\/tools\/cmd\/staticcheck@latest[\s\S]*\/usr\/bin\/staticcheck/);
  const [spaced] = check(gd111, factsWith({
    tools: { tools: [tool({})], unreadable: [], read: 1 },
    toolchains: toolchains([install({ path: '/usr/local/go/bin/go', reportedVersion: 'go1.26.8' })]),
    project: project({}, { gomod: gomod('1.26', { path: "/src/it's here/go.mod", tools: ['honnef.co/go/tools/cmd/staticcheck'], requires: [{ path: 'honnef.co/go/tools', version: 'v0.7.0', indirect: false, line: 7 }] }) }),
  }));
  assert.equal((spaced!.fixes[0] as { command?: string }).command, "cd '/src/it'\\''s here' && go install honnef.co/go/tools/cmd/staticcheck");
});
