import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd801 } from '../../../src/rules/artifact/gd801-wrong-target-platform.js';
import { check, ids } from '../../helpers/rules.js';
import { artifactsFacts, bin } from '../../helpers/artifacts.js';

test('GD801 reports a binary for another architecture', () => {
  const f = check(gd801, artifactsFacts([bin()], { os: 'linux', arch: 'arm64' }));
  assert.deepEqual(f.map((x) => x.messageId), ['mismatch']);
  assert.match(f[0]!.message, /linux\/amd64, expected linux\/arm64/);
  assert.equal(f[0]!.location?.file, '/out/app');
  assert.match((f[0]!.fixes[0] as { command: string }).command, /GOOS=linux GOARCH=arm64 go build/);
});

test('GD801 reports another OS when only os is expected', () => {
  assert.deepEqual(ids(gd801, artifactsFacts([bin({ goos: 'windows', format: 'pe' })], { os: 'linux' })), ['mismatch']);
});

test('GD801 passes a matching binary, and any matching slice of a universal file', () => {
  assert.deepEqual(ids(gd801, artifactsFacts([bin({ goarch: 'arm64' })], { os: 'linux', arch: 'arm64' })), []);
  const fat = [bin({ goos: 'darwin', goarch: 'amd64', slice: { index: 0, count: 2, offset: 16384 } }), bin({ goos: 'darwin', goarch: 'arm64', slice: { index: 1, count: 2, offset: 4194304 } })];
  assert.deepEqual(ids(gd801, artifactsFacts(fat, { arch: 'arm64' })), []);
  assert.deepEqual(ids(gd801, artifactsFacts(fat, { arch: 'riscv64' })), ['mismatch']);
});

test('GD801 says when the platform is unknown, and is silent without expectations', () => {
  assert.deepEqual(ids(gd801, artifactsFacts([bin({ goos: null, goarch: null, machine: 'machine 9999' })], { arch: 'arm64' })), ['unknown']);
  assert.deepEqual(ids(gd801, artifactsFacts([bin()])), []);
});
