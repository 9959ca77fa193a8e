import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factsWith, ids, check } from '../../helpers/rules.js';
import { project } from '../../helpers/builders.js';
import { gd211 } from '../../../src/rules/settings/gd211-module-needs-newer-go.js';
import { selectToolchain, type SelectInput } from '../../../src/analyzers/toolchain/toolchain-select.js';

const input = (o: Partial<SelectInput>): SelectInput => ({
  gotoolchain: 'auto', gotoolchainSource: 'goroot-go.env', localVersion: 'go1.26.8', file: '/w/go.mod', goLine: '1.27.0', toolchainLine: null,
  onPath: [], cached: {}, goproxy: 'https://proxy.golang.org,direct', hostOS: 'linux', hostArch: 'amd64', modulesEnabled: true, ...o,
});
const run = (o: Partial<SelectInput>) => check(gd211, factsWith({ project: project(null, { selection: selectToolchain(input(o)) }) }));

test('GD211 severities follow what the go command does: fail, download, run from the cache or PATH', () => {
  assert.deepEqual(run({ gotoolchain: 'local' }).map((f) => [f.messageId, f.severity]), [['failLocal', 'error']]);
  assert.deepEqual(run({}).map((f) => [f.messageId, f.severity]), [['download', 'warning']]);
  assert.deepEqual(run({ goproxy: 'off' }).map((f) => [f.messageId, f.severity]), [['failDownload', 'error']]);
  assert.deepEqual(run({ cached: { 'go1.27.0': '/m/golang.org/toolchain@v0.0.1-go1.27.0.linux-amd64/bin/go' } }).map((f) => [f.messageId, f.severity]), [['useCache', 'info']]);
  assert.deepEqual(run({ onPath: ['go1.27.0'] }).map((f) => f.messageId), ['usePath']);
  assert.deepEqual(run({ gotoolchain: 'path' }).map((f) => f.messageId), ['failPath']);
  assert.deepEqual(run({ localVersion: 'go1.19.8', goLine: '1.25.1' }).map((f) => f.messageId), ['oldGo']);
});

test('GD211 fixes: the required release (a language version means its .0), never the running one', () => {
  const [f] = run({ gotoolchain: 'local', gotoolchainSource: 'user-file', goLine: '1.27' });
  const text = JSON.stringify(f!.fixes);
  assert.match(text, /golang.org\/dl\/go1.27.0@latest && go1.27.0 download/);
  assert.doesNotMatch(text, /go1\.26\.8/);
  assert.match(text, /go env -w GOTOOLCHAIN=auto/);
  const [e] = run({ gotoolchain: 'local', gotoolchainSource: 'env' });
  assert.doesNotMatch(JSON.stringify(e!.fixes), /"command":"go env -w/, 'go env -w cannot beat an exported GOTOOLCHAIN');
});

test('GD211 is quiet when the local go is new enough, outside a module, and for switches GD109 reports', () => {
  assert.deepEqual(ids(gd211, factsWith({ project: project({ action: 'local' }) })), []);
  assert.deepEqual(ids(gd211, factsWith({ project: project(null) })), []);
  assert.deepEqual(run({ goLine: '1.21', toolchainLine: 'go1.27.3' }).map((f) => f.messageId), []);
  assert.deepEqual(run({ goLine: null, gotoolchain: 'go1.27.3', file: null }).map((f) => f.messageId), []);
});
