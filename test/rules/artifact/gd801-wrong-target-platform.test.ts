import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd801 } from '../../../src/rules/artifact/gd801-wrong-target-platform.js';
import { check, ids } from '../../helpers/rules.js';
import { artifactsFacts, bin, buildInfo } from '../../helpers/artifacts.js';
import { parseExpectations } from '../../../src/analyzers/binary/expect.js';

const want = (s: string) => parseExpectations([s]);

test('GD801 reports a binary for another architecture', () => {
  const f = check(gd801, artifactsFacts([bin()], want('os=linux,arch=arm64')));
  assert.deepEqual(f.map((x) => x.messageId), ['mismatch']);
  assert.match(f[0]!.message, /linux\/amd64, expected linux\/arm64/);
  assert.equal(f[0]!.location?.file, '/out/app');
  assert.match((f[0]!.fixes[0] as { command: string }).command, /GOOS=linux GOARCH=arm64 go build/);
});

test('GD801 reports another OS when only os is expected', () => {
  assert.deepEqual(ids(gd801, artifactsFacts([bin({ goos: 'windows', format: 'pe' })], want('os=linux'))), ['mismatch']);
});

test('GD801 passes a matching binary, and any matching slice of a universal file', () => {
  assert.deepEqual(ids(gd801, artifactsFacts([bin({ goarch: 'arm64' })], want('os=linux,arch=arm64'))), []);
  const fat = [bin({ goos: 'darwin', goarch: 'amd64', slice: { index: 0, count: 2, offset: 16384 } }), bin({ goos: 'darwin', goarch: 'arm64', slice: { index: 1, count: 2, offset: 4194304 } })];
  assert.deepEqual(ids(gd801, artifactsFacts(fat, want('arch=arm64'))), []);
  assert.deepEqual(ids(gd801, artifactsFacts(fat, want('arch=riscv64'))), ['mismatch']);
});

test('GD801 compares variants: GOARM and GOAMD64 from build info, docker arm64/v8 takes any v8.x', () => {
  const armv7 = bin({ goarch: 'arm', machine: 'ARM', buildInfo: buildInfo({ GOARCH: 'arm', GOARM: '7' }) });
  assert.deepEqual(ids(gd801, artifactsFacts([armv7], want('arch=arm/v7'))), []);
  const f = check(gd801, artifactsFacts([armv7], want('platform=linux/arm/v6')));
  assert.match(f[0]!.message, /built for linux\/arm\/v7, expected linux\/arm\/v6/);
  assert.match((f[0]!.fixes[0] as { command: string }).command, /GOOS=linux GOARCH=arm GOARM=6 go build/);
  const v3 = bin({ buildInfo: buildInfo({ GOAMD64: 'v3' }) });
  assert.deepEqual(ids(gd801, artifactsFacts([v3], want('arch=amd64/v3'))), []);
  assert.deepEqual(ids(gd801, artifactsFacts([bin()], want('arch=amd64/v3'))), ['mismatch']);
  const arm64 = bin({ goarch: 'arm64', buildInfo: buildInfo({ GOARCH: 'arm64', GOARM64: 'v8.0' }) });
  assert.deepEqual(ids(gd801, artifactsFacts([arm64], want('platform=linux/arm64/v8'))), []);
});

test('GD801 platform lists: each binary matches one of them', () => {
  const list = want('platform=linux/amd64,linux/arm64,cgo=0');
  assert.equal(list?.platforms?.length, 2);
  assert.equal(list?.cgo, false);
  assert.deepEqual(ids(gd801, artifactsFacts([bin(), bin({ path: '/out/b', goarch: 'arm64' })], list)), []);
  assert.deepEqual(ids(gd801, artifactsFacts([bin({ path: '/out/c', goarch: 'riscv64' })], list)), ['mismatch']);
});

test('GD801 with --target-image: OS and architecture of the image come first', () => {
  const exe = bin({ format: 'pe', goos: 'windows', path: '/out/app.exe' });
  assert.deepEqual(ids(gd801, artifactsFacts([exe], null, 'scratch')), ['imageOs']);
  assert.deepEqual(ids(gd801, artifactsFacts([bin({ format: 'macho', goos: 'darwin', goarch: 'arm64' })], null, 'alpine')), ['imageOs']);
  assert.deepEqual(ids(gd801, artifactsFacts([bin({ goarch: 'mips' })], null, 'alpine')), ['imageArch']);
  assert.deepEqual(ids(gd801, artifactsFacts([bin({ goarch: 'mips' })], null, 'scratch')), []);
  assert.deepEqual(ids(gd801, artifactsFacts([bin()], null, 'alpine')), []);
});

test('GD801 says when the platform is unknown, and is silent without expectations', () => {
  assert.deepEqual(ids(gd801, artifactsFacts([bin({ goos: null, goarch: null, machine: 'machine 9999' })], want('arch=arm64'))), ['unknown']);
  assert.deepEqual(ids(gd801, artifactsFacts([bin()])), []);
});

test('--expect rejects variants an architecture does not have, and mixing platform= with os=', () => {
  assert.throws(() => want('arch=arm/v9'), /not a variant of arm/);
  assert.throws(() => want('arch=riscv64/v2'), /riscv64 has no variant/);
  assert.throws(() => want('platform=linux/amd64,os=linux'), /not both/);
  assert.throws(() => want('buildmode=fast'), /buildmode=fast/);
});
