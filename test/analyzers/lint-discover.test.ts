// Discovery around the files: the `go version` probe that runs while they are parsed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LocalHost } from '../../src/collectors/host.js';
import type { ExecResult } from '../../src/collectors/exec.js';
import { discoverFiles } from '../../src/collectors/files/discover.js';

/** A local host whose `go version` answers after a timer, so the answer needs the event loop. */
class SlowGoHost extends LocalHost {
  probes = 0;
  override run(file: string, args: readonly string[]): Promise<ExecResult> {
    this.probes++;
    assert.deepEqual([path.basename(file), ...args], ['go', 'version']);
    const stdout = 'go version go1.99.1 linux/amd64\n';
    return new Promise((resolve) => setTimeout(() => resolve({
      ok: true, code: 0, signal: null, stdout, stderr: '', stdoutBytes: Buffer.from(stdout), timedOut: false, truncated: false, ms: 5,
    }), 5));
  }
}

test('the go probe runs once alongside parsing and its answer reaches the facts; a given version skips it', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'godiag-discover-'));
  try {
    writeFileSync(path.join(dir, 'go.mod'), 'module example.com/m\n\ngo 1.22\n');
    writeFileSync(path.join(dir, 'Dockerfile'), 'FROM golang:1.21\nRUN go build ./...\n');
    // A go that is not a Go binary (a script): no build info to read, so `go version` runs.
    const bin = path.join(dir, '.bin');
    mkdirSync(bin);
    writeFileSync(path.join(bin, 'go'), '#!/bin/sh\necho go version go1.99.1 linux/amd64\n');
    chmodSync(path.join(bin, 'go'), 0o755);
    const host = new SlowGoHost({ ...process.env, PATH: `${bin}:/usr/bin:/bin` });
    const probed = await discoverFiles(host, { root: dir, paths: [dir] });
    assert.equal(host.probes, 1);
    assert.deepEqual(probed.installedGo, { version: 'go1.99.1', error: null });
    assert.deepEqual(probed.files.map((f) => f.path), ['Dockerfile', 'go.mod']);
    const given = await discoverFiles(host, { root: dir, paths: [dir], goVersion: 'go1.22.0' });
    const none = await discoverFiles(host, { root: dir, paths: [dir], goVersion: null });
    assert.equal(host.probes, 1, 'no probe when the version is given');
    assert.deepEqual(given.installedGo, { version: 'go1.22.0', error: null });
    assert.deepEqual(none.installedGo, { version: null, error: 'not probed (--go-version none)' });
    await assert.rejects(discoverFiles(host, { root: dir, paths: [path.join(dir, 'missing')] }), /no such file/);
    assert.equal(host.probes, 1, 'no probe left running when a named path is wrong');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
