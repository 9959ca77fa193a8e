import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd402 } from '../../../src/rules/system/gd402-go-arch-mismatch.js';
import { check, ids } from '../../helpers/rules.js';
import type { SystemFacts } from '../../../src/facts/schema/system.js';
import { sys } from './system-facts.js';

const arm64Host = (s: SystemFacts) => {
  s.arch.machine = 'aarch64'; s.arch.goarch = 'arm64'; s.arch.userland = { tool: 'dpkg', name: 'arm64', goarch: 'arm64' };
};

test('amd64 Go on an arm64 host with qemu binfmt: emulated', () => {
  const f = check(gd402, sys((s) => {
    arm64Host(s);
    s.emulation.binfmt = [{ name: 'qemu-x86_64', enabled: true, interpreter: '/usr/libexec/qemu-binfmt/x86_64-binfmt-P', flags: 'POCF' }];
  }));
  assert.deepEqual(f.map((x) => x.messageId), ['emulated']);
  assert.match(f[0]!.message, /qemu-x86_64/);
});

test('amd64 Go on arm64 without an emulator: exec format error', () => {
  assert.deepEqual(ids(gd402, sys(arm64Host)), ['noEmulator']);
});

test('Rosetta on macOS', () => {
  const f = check(gd402, sys((s) => { s.os.platform = 'darwin'; s.arch.machine = 'arm64'; s.arch.goarch = 'arm64'; s.arch.userland = null; s.go.installs[0]!.platform = 'darwin/amd64'; }));
  assert.match(f[0]!.message, /Rosetta 2/);
});

test('32-bit userland on a 64-bit kernel (Raspberry Pi OS)', () => {
  assert.deepEqual(ids(gd402, sys((s) => { arm64Host(s); s.go.installs = []; s.arch.userland = { tool: 'dpkg', name: 'armhf', goarch: 'arm' }; })), ['userland']);
});

test('matching architectures: nothing', () => {
  assert.deepEqual(ids(gd402, sys()), []);
});

test('a go that cannot run (exec format error): its headers name the architecture', () => {
  const f = check(gd402, sys((s) => { s.go.installs = []; s.go.unrunnable = [{ path: '/opt/go/bin/go', goos: 'linux', goarch: 'arm64', probeError: 'spawn /opt/go/bin/go ENOEXEC' }]; }));
  assert.deepEqual(f.map((x) => [x.messageId, x.severity]), [['noEmulator', 'error']]);
  assert.match(f[0]!.message, /linux\/arm64, but this machine is x86_64 \(amd64\)/);
  assert.deepEqual(ids(gd402, sys((s) => { s.go.unrunnable = [{ path: '/opt/go/bin/go', goos: 'linux', goarch: 'amd64', probeError: 'exit 2' }]; })), []);
});
