import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsWith, check } from '../../helpers/rules.js';
import { project } from '../../helpers/builders.js';
import { gd109 } from '../../../src/rules/toolchain/gd109-effective-toolchain-differs.js';
import { selectToolchain, type SelectInput } from '../../../src/analyzers/toolchain/toolchain-select.js';

const input = (o: Partial<SelectInput>): SelectInput => ({
  gotoolchain: 'go1.22.12', gotoolchainSource: 'env', localVersion: 'go1.26.8', file: null, goLine: null, toolchainLine: null,
  onPath: [], cached: {}, goproxy: 'https://proxy.golang.org,direct', hostOS: 'linux', hostArch: 'amd64', modulesEnabled: true, ...o,
});
const run = (o: Partial<SelectInput>) => check(gd109, factsWith({ project: project(null, { selection: selectToolchain(input(o)) }) }));

test('GD109: GOTOOLCHAIN=goV runs goV everywhere, said with where it comes from and whether it is downloaded', () => {
  const [d] = run({});
  assert.equal(d!.messageId, 'download');
  assert.match(d!.message, /runs go1\.22\.12, not the go1\.26\.8 on PATH: GOTOOLCHAIN=go1\.22\.12 \(from env\)/);
  assert.match(d!.message, /golang\.org\/toolchain@v0\.0\.1-go1\.22\.12\.linux-amd64/);
  assert.doesNotMatch(JSON.stringify(d!.fixes), /"command":"go env -w/, 'an exported GOTOOLCHAIN is changed at its export');
  assert.deepEqual(run({ cached: { 'go1.22.12': '/c/bin/go' } }).map((f) => [f.messageId, f.severity]), [['useCache', 'warning']]);
  assert.deepEqual(run({ goproxy: 'off' }).map((f) => [f.messageId, f.severity]), [['failDownload', 'error']]);
  assert.deepEqual(run({ onPath: ['go1.22.12'] }).map((f) => [f.messageId, f.severity]), [['usePath', 'info']]);
  assert.deepEqual(run({ gotoolchain: 'go1.22.12+path' }).map((f) => f.messageId), ['failPath']);
  assert.match(JSON.stringify(run({ gotoolchainSource: 'user-file' })[0]!.fixes), /go env -w GOTOOLCHAIN=auto/);
});

test('GD109: a toolchain line above the local go under auto; quiet when local runs or the go line decides (GD211)', () => {
  const [t] = run({ gotoolchain: 'auto', gotoolchainSource: 'goroot-go.env', file: '/w/go.mod', goLine: '1.21', toolchainLine: 'go1.27.3' });
  assert.equal(t!.messageId, 'download');
  assert.match(t!.message, /toolchain line of \/w\/go\.mod/);
  assert.match(JSON.stringify(t!.fixes), /go mod edit -toolchain=none/);
  assert.deepEqual(run({ gotoolchain: 'auto', file: '/w/go.mod', goLine: '1.22' }), []);
  assert.deepEqual(run({ gotoolchain: 'auto', file: '/w/go.mod', goLine: '1.27.0' }), []);
  assert.deepEqual(run({ gotoolchain: 'local', file: '/w/go.mod', goLine: '1.21', toolchainLine: 'go1.27.3' }), []);
  assert.deepEqual(run({ localVersion: 'go1.19.8' }), [], 'go1.19 ignores GOTOOLCHAIN');
});
