// route and diff choose their output from a format map in report/, like the finding reporters:
// every format the map has works (same facts, JSON agrees with text), anything else is a usage error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Sandbox, runCli, REAL_GO } from '../helpers/cli.js';
import { ROUTE_REPORTERS } from '../../src/report/route.js';
import { DIFF_REPORTERS } from '../../src/report/diff.js';

test('route: text and json name the same proxies for a module; a format the map lacks exits 2', async () => {
  const sb = new Sandbox();
  try {
    const env = sb.env([sb.binWithGo('tar', REAL_GO)], { GOPROXY: 'https://ci:hunter2secret@proxy.corp.example.com,direct', GOPRIVATE: 'git.corp.example' });
    const text = await runCli(['route', 'rsc.io/quote', 'git.corp.example/x'], { env, cwd: sb.root });
    assert.equal(text.code, 0, text.stderr);
    const json = await runCli(['route', '--format', 'json', 'rsc.io/quote', 'git.corp.example/x'], { env, cwd: sb.root });
    assert.equal(json.code, 0, json.stderr);
    const r = JSON.parse(json.stdout);
    assert.equal(r.command, 'route');
    assert.deepEqual(r.routes.map((x: { module: string }) => x.module), ['rsc.io/quote', 'git.corp.example/x']);
    assert.equal(r.routes[0].steps[0].url, 'https://***@proxy.corp.example.com');
    assert.equal(r.routes[1].steps[0].kind, 'direct');
    for (const out of [text.stdout, json.stdout]) assert.ok(!out.includes('hunter2secret'), `secret in\n${out}`);
    assert.match(text.stdout, /https:\/\/\*\*\*@proxy\.corp\.example\.com/);
    for (const f of ['markdown', 'sarif']) {
      assert.ok(!(f in ROUTE_REPORTERS));
      const bad = await runCli(['route', '--format', f, 'rsc.io/quote'], { env, cwd: sb.root });
      assert.equal(bad.code, 2, bad.stdout);
    }
  } finally {
    sb.cleanup();
  }
});

test('diff: text, json and markdown from one map agree on the differences; sarif exits 2', async () => {
  const sb = new Sandbox();
  try {
    const bin = sb.binWithGo('tar', REAL_GO);
    const envA = sb.env([bin], { GOFLAGS: '-mod=mod' });
    const envB = sb.env([bin]);
    const a = join(sb.root, 'a.json'), b = join(sb.root, 'b.json');
    assert.equal((await runCli(['snapshot', '-o', a], { env: envA })).code, 0);
    assert.equal((await runCli(['snapshot', '-o', b], { env: envB })).code, 0);
    const outs = Object.fromEntries(await Promise.all(Object.keys(DIFF_REPORTERS).map(async (f) => [f, await runCli(['diff', a, b, '--format', f], { env: envB })] as const)));
    assert.deepEqual(Object.keys(outs).sort(), ['json', 'markdown', 'text']);
    for (const r of Object.values(outs)) assert.equal(r.code, 1, r.stderr);
    const keys = JSON.parse(outs.json!.stdout).differences.map((d: { key: string }) => d.key) as string[];
    assert.ok(keys.includes('goenv.GOFLAGS'), keys.join(', '));
    for (const k of keys) {
      assert.ok(outs.text!.stdout.includes(k), `text lacks ${k}`);
      assert.ok(outs.markdown!.stdout.includes(k), `markdown lacks ${k}`);
    }
    const bad = await runCli(['diff', a, b, '--format', 'sarif'], { env: envB });
    assert.equal(bad.code, 2);
  } finally {
    sb.cleanup();
  }
});
