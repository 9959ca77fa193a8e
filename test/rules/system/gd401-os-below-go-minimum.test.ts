import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd401 } from '../../../src/rules/system/gd401-os-below-go-minimum.js';
import { check, ids } from '../../helpers/rules.js';
import { sys } from './system-facts.js';

test('Linux 3.10 (CentOS 7) is fine for Go 1.26; 2.6.32 is not', () => {
  assert.deepEqual(ids(gd401, sys((s) => { s.os.kernelRelease = '3.10.0-1160.el7.x86_64'; s.os.kernelVersion = '3.10.0'; })), []);
  const f = check(gd401, sys((s) => { s.os.kernelRelease = '2.6.32-754.el6.x86_64'; s.os.kernelVersion = '2.6.32'; }));
  assert.deepEqual(f.map((x) => x.messageId), ['installed']);
  assert.match(f[0]!.message, /requires Linux 3\.2 or later/);
  assert.doesNotMatch(JSON.stringify(f), /3\.17/);
});

test('2.6.32 is fine for Go 1.23 but not for the go1.24 GOTOOLCHAIN selects', () => {
  const f = sys((s) => {
    s.os.kernelVersion = '2.6.32'; s.os.kernelRelease = '2.6.32';
    s.go.installs = [{ path: '/usr/local/go/bin/go', version: 'go1.23.4', platform: 'linux/amd64' }];
    s.go.selected = { version: 'go1.24.2', action: 'download', gotoolchain: 'auto' };
  });
  assert.deepEqual(ids(gd401, f), ['selected']);
});

test('macOS 11 is below Go 1.25\'s macOS 12; Windows and FreeBSD tables', () => {
  const mac = (v: string) => sys((s) => { s.os.platform = 'darwin'; s.os.osVersion = v; s.os.kernelVersion = null; s.go.installs[0]!.version = 'go1.25.1'; });
  assert.deepEqual(ids(gd401, mac('11.7.10')), ['installed']);
  assert.deepEqual(ids(gd401, mac('12.0')), []);
  assert.deepEqual(ids(gd401, sys((s) => { s.os.platform = 'windows'; s.os.osVersion = '6.3.9600'; })), ['installed']);
  assert.deepEqual(ids(gd401, sys((s) => { s.os.platform = 'freebsd'; s.os.osVersion = '12.1'; })), ['installed']);
  assert.deepEqual(ids(gd401, sys((s) => { s.os.platform = 'freebsd'; s.os.osVersion = '13.2'; })), []);
});

test('unknown OS version: nothing claimed', () => {
  assert.deepEqual(ids(gd401, sys((s) => { s.os.kernelVersion = null; })), []);
});

test('Go 1.27 on big-endian ppc64 needs 3.13 (ELFv2), except RHEL 7\'s backport; macOS 13 for Go 1.27', () => {
  const ppc = (release: string) => sys((s) => { s.arch.goarch = 'ppc64'; s.arch.machine = 'ppc64'; s.os.kernelRelease = release; s.os.kernelVersion = release.split('-')[0]!; s.go.installs = [{ path: '/usr/local/go/bin/go', version: 'go1.27.0', platform: 'linux/ppc64' }]; });
  assert.deepEqual(ids(gd401, ppc('3.12.0-1')), ['installed']);
  assert.deepEqual(ids(gd401, ppc('3.10.0-1160.el7.ppc64')), []);
  assert.deepEqual(ids(gd401, ppc('4.18.0-1')), []);
  assert.deepEqual(ids(gd401, sys((s) => { s.os.platform = 'darwin'; s.os.osVersion = '12.7'; s.go.installs[0]!.version = 'go1.27.1'; })), ['installed']);
});
