import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd850 } from '../../../src/rules/artifact/gd850-modules-only-in-function-table.js';
import { check, ids } from '../../helpers/rules.js';
import { artifactsFacts, bin } from '../../helpers/artifacts.js';
import type { Recovered } from '../../../src/facts/schema/artifacts.js';

const recovered = (modules: Recovered['modules']): Recovered => ({
  pclntab: { layout: 'go1.20', offset: 7302784, located: 'section' }, functions: 8987, names: 12072, files: 869,
  packages: ['github.com/evanw/esbuild/cmd/esbuild', 'golang.org/x/sys/unix'], modules,
  mainPackage: { path: 'github.com/evanw/esbuild/cmd/esbuild', file: 'github.com/evanw/esbuild/cmd/esbuild/main.go', how: 'trimpath' }, toolchain: null,
});
const XSYS = { path: 'golang.org/x/sys', version: 'v0.0.0-20220715151400-c0bba94af5f8', file: 'golang.org/x/sys@v0.0.0-20220715151400-c0bba94af5f8/unix/syscall_linux.go' };

test('GD850 lists the module versions only the function table still names', () => {
  const f = check(gd850, artifactsFacts([bin({ buildInfo: null, recovered: recovered([XSYS]) })]));
  assert.deepEqual(f.map((x) => [x.messageId, x.severity]), [['hidden', 'info']]);
  assert.match(f[0]!.message, /1 module version\(s\): golang\.org\/x\/sys@v0\.0\.0-20220715151400-c0bba94af5f8\./);
});

test('GD850 passes binaries with build info, and tables that name no module', () => {
  assert.deepEqual(ids(gd850, artifactsFacts([bin({ recovered: recovered([XSYS]) }), bin({ buildInfo: null, recovered: recovered([]) }), bin({ buildInfo: null })])), []);
});
