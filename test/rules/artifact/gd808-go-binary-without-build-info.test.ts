import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd808 } from '../../../src/rules/artifact/gd808-go-binary-without-build-info.js';
import { check, ids } from '../../helpers/rules.js';
import { artifactsFacts, bin } from '../../helpers/artifacts.js';

const noInfo = () => bin({ buildInfo: null, goVersion: 'go1.26.5', goVersionSource: 'runtime-string', goEvidence: ['.gopclntab section'], buildInfoError: 'no build info header in the data segment' });

test('GD808 notes a Go binary without build info and says how its version was found', () => {
  const f = check(gd808, artifactsFacts([noInfo()]));
  assert.deepEqual(f.map((x) => [x.messageId, x.severity]), [['absent', 'info']]);
  assert.match(f[0]!.message, /go1\.26\.5 \(from the runtime-string\)/);
});

test('GD808 warns when expectations need the missing build info', () => {
  const f = check(gd808, artifactsFacts([noInfo()], { cgo: false, trimpath: true }));
  assert.deepEqual(f.map((x) => [x.messageId, x.severity]), [['unverifiable', 'warning']]);
  assert.match(f[0]!.message, /cgo, trimpath/);
});

test('GD808 passes binaries with build info and non-Go files', () => {
  assert.deepEqual(ids(gd808, artifactsFacts([bin(), bin({ isGo: false, buildInfo: null })])), []);
});
