// godiag rules and godiag explain through their reporter maps: JSON is one document whatever
// the number of rules asked for, an unknown format or rule is a usage error (exit 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../helpers/cli.js';
import { RULES } from '../../src/rules/index.js';

const ENV = { PATH: '/usr/bin:/bin', HOME: '/nonexistent', NO_COLOR: '1' };
const cli = (args: string[]) => runCli(args, { env: ENV, cwd: '/' });

test('explain several rules: one JSON document in the order asked; an unknown id is named on stderr and exits 2', async () => {
  const r = await cli(['explain', 'GD777', 'no-go-on-path', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const docs = JSON.parse(r.stdout);
  assert.deepEqual(docs.map((d: { id: string }) => d.id), ['GD777', 'GD101']);
  assert.ok(docs[0].docs.what && docs[0].messages.run, 'docs and message templates are included');
  const bad = await cli(['explain', 'GD101', 'GD000', '--format', 'json']);
  assert.equal(bad.code, 2);
  assert.deepEqual(JSON.parse(bad.stdout).map((d: { id: string }) => d.id), ['GD101']);
  assert.match(bad.stderr, /no rule "GD000"/);
  assert.equal((await cli(['explain', 'GD101', '--format', 'sarif'])).code, 2);
});

test('rules: text and JSON list the same rules; --category filters; an unknown format exits 2', async () => {
  const json = await cli(['rules', '--format', 'json']);
  const ids = JSON.parse(json.stdout).map((r: { id: string }) => r.id);
  assert.deepEqual(ids, RULES.map((r) => r.id));
  const text = await cli(['rules']);
  assert.deepEqual(text.stdout.trim().split('\n').map((l) => l.split(' ')[0]), ids);
  const deploy = JSON.parse((await cli(['rules', '--category', 'deploy', '--format', 'json'])).stdout);
  assert.ok(deploy.length > 0 && deploy.every((r: { category: string }) => r.category === 'deploy'));
  const bad = await cli(['rules', '--format', 'yaml']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--format must be one of text, json/);
});
