// snapshot on two "machines", analyze one elsewhere, diff them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Sandbox, runCli, REAL_GO, DEBIAN_GO } from '../helpers/cli.js';

test('snapshot → analyze reproduces doctor findings; diff shows what differs and exits 1', async () => {
  const sb = new Sandbox();
  try {
    const envA = sb.env([sb.binWithGo('deb', DEBIAN_GO), sb.binWithGo('tar', REAL_GO)], { GOPROXY: 'https://ci:hunter2secret@proxy.corp.example.com' });
    const envB = sb.env([sb.binWithGo('tar2', REAL_GO)]);
    const a = join(sb.root, 'a.json');
    const b = join(sb.root, 'b.json');
    assert.equal((await runCli(['snapshot', '-o', a], { env: envA })).code, 0);
    const snapB = await runCli(['snapshot'], { env: envB });
    assert.equal(snapB.code, 0);
    sb.file('b.json', snapB.stdout);
    const { readFileSync } = await import('node:fs');
    assert.ok(!readFileSync(a, 'utf8').includes('hunter2secret'), 'snapshot is redacted');

    const analyzed = await runCli(['analyze', a, '--format', 'json'], { env: envB });
    const ids = JSON.parse(analyzed.stdout).findings.map((f: { ruleId: string }) => f.ruleId);
    assert.ok(ids.includes('GD102'), `analyze found ${ids}`);

    const d = await runCli(['diff', a, b], { env: envB });
    assert.equal(d.code, 1, d.stderr);
    assert.match(d.stdout, /~ toolchain\.winner: .*go1\.19\.8.*→.*\/tar2\/go/);
    // What matters comes first: the go that runs leads the summary, before the full list.
    assert.match(d.stdout, /difference\(s\) that matter \(.*\)\n  ~ toolchain\.winner: /);
    assert.ok(d.stdout.indexOf('toolchain.winner') < d.stdout.indexOf('all differences:'));
    assert.match(d.stdout, /~ goenv\.GOPROXY: https:\/\/\*\*\*@proxy\.corp\.example\.com \(env\)  →  https:\/\/proxy\.golang\.org,direct \(goroot-go\.env\)/);
    const same = await runCli(['diff', a, a], { env: envB });
    assert.equal(same.code, 0);
    assert.match(same.stdout, /no differences/);
    const dj = JSON.parse((await runCli(['diff', a, b, '--format', 'json'], { env: envB })).stdout);
    assert.ok(dj.differences.some((x: { key: string }) => x.key === 'goenv.GOPROXY'));
  } finally {
    sb.cleanup();
  }
});

test('analyze and diff refuse what is not a snapshot, with a clear message', async () => {
  const sb = new Sandbox();
  try {
    const env = sb.env([]);
    const bad = sb.file('bad.json', '{"schemaVersion": 99}');
    const junk = sb.file('junk.json', '\u0000\u0001 not json');
    const r1 = await runCli(['analyze', bad], { env });
    assert.equal(r1.code, 2);
    assert.match(r1.stderr, /schemaVersion 99/);
    const r2 = await runCli(['analyze', junk], { env });
    assert.equal(r2.code, 2);
    assert.match(r2.stderr, /not JSON/);
    const r3 = await runCli(['diff', bad], { env });
    assert.equal(r3.code, 2);
    const r4 = await runCli(['analyze', join(sb.root, 'nope.json')], { env });
    assert.match(r4.stderr, /cannot read snapshot .*ENOENT/);
  } finally {
    sb.cleanup();
  }
});

test('diff as a CI gate: two users\' HOMEs compare equal, free disk space is not a difference, lists match by key', async () => {
  const sb = new Sandbox();
  try {
    const { mkdirSync, symlinkSync } = await import('node:fs');
    // Two users whose go lives under their own HOME: everything HOME-derived is ~ on both sides.
    const snap = async (user: string, path: string[]) => {
      const home = join(sb.root, user);
      const bin = join(home, 'bin');
      mkdirSync(bin, { recursive: true });
      symlinkSync(REAL_GO, join(bin, 'go'));
      const out = join(sb.root, `${user}.json`);
      const env = { PATH: [bin, ...path, '/usr/bin', '/bin'].join(':'), HOME: home, NO_COLOR: '1' };
      const r = await runCli(['snapshot', '-o', out], { env, cwd: home });
      assert.equal(r.code, 0, r.stderr);
      return out;
    };
    const alice = await snap('alice', []);
    const bob = await snap('bob', []);
    const env = sb.env([]);
    const same = await runCli(['diff', alice, bob], { env });
    assert.equal(same.code, 0, same.stdout);
    assert.match(same.stdout, /no differences that matter/);
    // Free disk space moved between the two runs: left out unless --all, and never a failure.
    const all = await runCli(['diff', '--all', alice, bob], { env });
    assert.equal(all.code, 0);
    assert.match(all.stdout, /system\.dirs\[GOCACHE\]\.freeBytes/);

    // carol has a second go after her own: a list entry appears, matched by its path, not a shift of positions.
    const debBin = sb.binWithGo('deb', DEBIAN_GO);
    const carol = await snap('carol', [debBin]);
    const d = await runCli(['diff', alice, carol], { env });
    assert.equal(d.code, 1, d.stdout);
    assert.match(d.stdout, /^\d+ difference\(s\) that matter \(.*toolchain 2\)/m);
    assert.match(d.stdout, /\+ toolchain\.onPath\.\/usr\/lib\/go-1\.19\/bin\/go: go1\.19\.8, position 2 on PATH/);
    assert.doesNotMatch(d.stdout, /toolchain\.path\[|~\/bin\/go.*→/);
    const dj = JSON.parse((await runCli(['diff', alice, carol, '--format', 'json'], { env })).stdout);
    assert.ok(dj.summary.differences > 0);
    assert.ok(dj.differences.every((x: { volatile: boolean }) => !x.volatile));
    // --ignore takes an area out of the gate.
    const ignoring = await runCli(['diff', alice, carol, '--ignore', 'toolchain', '--ignore', 'system.go'], { env });
    assert.equal(ignoring.code, 0, ignoring.stdout);
    assert.match(ignoring.stdout, /no differences that matter/);
    assert.equal((await runCli(['diff', alice, carol, '--ignore', 'toolchain'], { env })).code, 1);
  } finally {
    sb.cleanup();
  }
});
