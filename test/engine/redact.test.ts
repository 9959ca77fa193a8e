import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactDeep, redactString } from '../../src/engine/redact.js';

test('redaction: every secret shape is caught, whatever its case where the pattern ignores case', () => {
  const secrets: Array<[string, string]> = [
    ['git clone https://gho_abcdefghijklmnopqrstuvwxyz0123@github.com/x/y', 'git clone https://***@github.com/x/y'],
    ['GOPROXY=https://user:pw@proxy,direct', 'GOPROXY=https://***@proxy,direct'],
    [`echo ghs_${'a'.repeat(30)}`, 'echo ***'],
    [`github_pat_${'a'.repeat(24)}`, '***'],
    ['glpat-abcdefghijklmnopqrst', '***'],
    ['xoxb-1234567890-abc', '***'],
    ['AKIAABCDEFGHIJKLMNOP', '***'],
    [`npm_${'a'.repeat(36)}`, '***'],
    ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijklmnop', '***'],
    ['curl -H "Authorization: BASIC dXNlcjpwYXNz"', 'curl -H "Authorization: BASIC ***"'],
    ['TOKEN abcdefghij', 'TOKEN ***'],
    ['machine h login bob PassWd hunter2', 'machine h login bob PassWd ***'],
    ['my_Api_Key=sk-123 go build', 'my_Api_Key=*** go build'],
    ['Secret="a b" x', 'Secret=*** x'],
    ['ENV NPM_AUTH=abc GOAUTH=netrc AUTHOR=me', 'ENV NPM_AUTH=*** GOAUTH=netrc AUTHOR=me'],
    ['ENV AWS_SECRET_ACCESS_KEY=abc REGISTRY_CREDENTIALS=def SSH_PRIVATE_KEY=ghi GPG_PASSPHRASE=jkl', 'ENV AWS_SECRET_ACCESS_KEY=*** REGISTRY_CREDENTIALS=*** SSH_PRIVATE_KEY=*** GPG_PASSPHRASE=***'],
  ];
  for (const [input, want] of secrets) assert.equal(redactString(input), want, input);
  const plain = 'go build -trimpath -ldflags="-s -w" ./cmd/server';
  assert.equal(redactString(plain), plain);
  // A workflow command whose message opens with an action ref is not user:password@host.
  const annotation = '::warning file=ci.yml,line=9,title=GD702 ci-go-older-than-go-mod::setup-go@v5 installs Go 1.22';
  assert.equal(redactString(annotation), annotation);
});

test('redactDeep copies: shared objects stay shared, cycles end, secret-named keys are replaced whole', () => {
  const shared = { url: 'https://a:b@h' };
  const input: Record<string, unknown> = { one: shared, two: shared, list: [shared, 'https://t@h', 3, null], env: { NPM_TOKEN: 'x', EMPTY_TOKEN: '' } };
  input.self = input;
  const out = redactDeep(input) as typeof input & { one: { url: string }; two: unknown; self: unknown };
  assert.notEqual(out, input);
  assert.equal(out.one.url, 'https://***@h');
  assert.equal(out.two, out.one);
  assert.equal(out.self, out);
  assert.deepEqual(out.list, [out.one, 'https://***@h', 3, null]);
  assert.deepEqual(out.env, { NPM_TOKEN: '***', EMPTY_TOKEN: '' });
  assert.equal(shared.url, 'https://a:b@h', 'the input is not modified');
});

test('redactDeep: a name/value pair with a secret name loses its value, whatever the value looks like', () => {
  const facts = {
    pairs: [{ name: 'DB_PASSWORD', value: 'hunter2', line: 3 }, { name: 'GOFLAGS', value: '-mod=mod', line: 4 }],
    env: [{ scope: 'job', name: 'NPM_AUTH', value: { line: 9, column: 3, endColumn: 9, value: 'abc123', raw: "'abc123'" } }],
    settings: [{ key: 'GOAUTH', value: 'netrc' }, { key: 'CI_JOB_TOKEN', value: 'plain' }],
    rules: [{ id: 'GD504', name: 'credentials-in-goproxy', title: 'Credentials in GOPROXY' }],
  };
  const out = redactDeep(facts);
  assert.deepEqual(out.pairs, [{ name: 'DB_PASSWORD', value: '***', line: 3 }, { name: 'GOFLAGS', value: '-mod=mod', line: 4 }]);
  assert.deepEqual(out.env[0]!.value, { line: 9, column: 3, endColumn: 9, value: '***', raw: '***' });
  assert.deepEqual(out.settings, [{ key: 'GOAUTH', value: 'netrc' }, { key: 'CI_JOB_TOKEN', value: '***' }]);
  assert.deepEqual(out.rules, facts.rules, 'a rule named after credentials keeps its title');
});

test('redactDeep copies only what holds a secret: clean subtrees are returned as they are', () => {
  const clean = { files: [{ path: 'Dockerfile', lines: ['FROM golang:1.23', 'RUN go build ./...'] }], n: 3 };
  assert.equal(redactDeep(clean), clean);
  const dirty = { clean: clean.files, env: [{ name: 'GOPROXY', value: 'https://u:p@proxy' }] };
  const out = redactDeep(dirty);
  assert.notEqual(out, dirty);
  assert.equal(out.clean, clean.files, 'a clean sibling is shared, not copied');
  assert.equal(out.env[0]!.value, 'https://***@proxy');
  assert.equal(dirty.env[0]!.value, 'https://u:p@proxy');
  const ring: Record<string, unknown> = { token: 'ghp_abcdefghijklmnopqrstuvwxyz012345', child: {} };
  (ring.child as Record<string, unknown>).parent = ring;
  const r = redactDeep(ring) as { token: string; child: { parent: unknown } };
  assert.equal(r.token, '***');
  assert.equal(r.child.parent, r, 'a cycle through a copied object points at the copy');
});

test('redaction (issue 21): passwords with @ or \', scheme-less proxy credentials, ENV space form, flags and headers', () => {
  const cases: Array<[string, string]> = [
    ['GOPROXY=https://bob:p@ss@proxy.corp/x,direct', 'GOPROXY=https://***@proxy.corp/x,direct'],
    ["https://bob:it's@host/", 'https://***@host/'],
    ['GOPROXY=bob:SECRET@host.corp,direct', 'GOPROXY=***@host.corp,direct'],
    ['ENV SECRET_TOKEN value here', 'ENV SECRET_TOKEN ***'],
    ['curl --token abcdef --password=xyz1 --api-key X -H "X-Api-Key: K123456"', 'curl --token *** --password=*** --api-key *** -H "X-Api-Key: ***"'],
    ['Private-Token: glsomething', 'Private-Token: ***'],
  ];
  for (const [input, want] of cases) assert.equal(redactString(input), want, input);
  // Not secrets: image digests, scp-style git remotes, module versions, mail addresses, JSON text.
  for (const plain of ['FROM golang:1.22@sha256:abcdef', 'git@github.com:org/repo', 'golang.org/x/mod@v0.1.0 h1:abc=', 'a@b.com', '{"a":"https://host","b":"x@y.com"}', 'ARG API_KEY', 'ENV GOPROXY https://proxy']) {
    assert.equal(redactString(plain), plain);
  }
  assert.deepEqual(redactDeep({ argv: ['curl', '--token', 'X1', '--password', 'X2', '-v', '--api-key=X3'] }), { argv: ['curl', '--token', '***', '--password', '***', '-v', '--api-key=***'] });
});

test('redacting serialized JSON keeps it JSON: a secret value ends at an escaped quote', () => {
  const doc = {
    recipe: '--write "pkcs11:token=credential-helper-test;pin-value=1234" --login',
    step: 'echo "AWS_ACCESS_KEY_ID=AKIAEXAMPLEEXAMPLE1" >> $GITHUB_ENV',
    config: '--add-config "SCRAM-SHA-256=[password=s3cr3t-pass]" --entity-type users',
    netrc: 'machine h login u password "hunter2"',
    flag: '--api-key "k-123456" next',
  };
  for (const text of [JSON.stringify(doc), JSON.stringify(doc, null, 2)]) {
    const out = redactString(text);
    const back = JSON.parse(out) as typeof doc;
    for (const secret of ['credential-helper-test', 'AKIAEXAMPLEEXAMPLE1', 's3cr3t-pass', 'k-123456']) assert.ok(!out.includes(secret), `${secret} in ${out}`);
    assert.match(back.recipe, /token=\*\*\*/);
  }
});

test('usage notation is not a credential: ssh://[user@]host keeps its brackets, an IPv6 host its userinfo redacted', () => {
  assert.equal(redactString('ssh://[user@]host[:port], docker://CONTAINER'), 'ssh://[user@]host[:port], docker://CONTAINER');
  assert.equal(redactString('ssh://deploy:hunter2@[::1]:2222'), 'ssh://***@[::1]:2222');
});

test('each secret pattern runs only where its scan finds what every match of it holds, and never misses one', async () => {
  const { SECRET_PATTERNS } = await import('../../src/engine/redact.js');
  const secrets = [
    'https://gho_abcdefghijklmnopqrstuvwxyz0123@github.com/x/y', 'GOPROXY=user:pw@proxy.corp,direct', `ghp_${'a'.repeat(30)}`, `github_pat_${'a'.repeat(24)}`,
    'glpat-abcdefghijklmnopqrst', 'xoxp-1234567890-abc', 'ASIAABCDEFGHIJKLMNOP', `npm_${'a'.repeat(36)}`,
    'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijklmnop', 'Authorization: Bearer abcdefghijkl', 'password hunter22',
    '--api-key=abcdef', '-Password "a b"', 'X-Access-Key: abcdef', 'Private-Token: abcdef', 'ARG GITHUB_TOKEN default', 'ENV my_passphrase value',
    'CREDENTIAL=x', 'private_key=abc', 'AUTH=abc', 'Basic dXNlcjpwYXNz', 'token abcdefghij',
  ];
  const contexts = ['', 'x ', '"', '\\"', '\n', 'RUN ', 'https://h/', ' tail', ',direct'];
  let ran = 0;
  for (const secret of secrets) {
    for (const before of contexts) {
      for (const after of contexts) {
        const text = `${before}${secret}${after}`;
        for (const [re, , needs] of SECRET_PATTERNS) {
          re.lastIndex = 0;
          if (re.test(text)) {
            ran++;
            assert.ok(needs.test(text), `${re} matches ${JSON.stringify(text)} but its scan ${needs} does not`);
          }
          re.lastIndex = 0;
        }
      }
    }
  }
  assert.ok(ran > secrets.length * contexts.length, 'the patterns matched the secrets');
});
