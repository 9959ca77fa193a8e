import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGoproxy, routeEnvFrom, routeModule, type RouteEnv } from '../../src/knowledge/goproxy.js';
import { parseGosumdb } from '../../src/knowledge/gosumdb.js';
import { sumdbKey } from '../helpers/module-proxy.js';
import { parseGoauth, netrcMachines } from '../../src/knowledge/goauth.js';

const DEFAULTS: RouteEnv = routeEnvFrom(() => undefined);
function env(over: Partial<Record<keyof RouteEnv, string>>): RouteEnv {
  return routeEnvFrom((k) => (over as Record<string, string | undefined>)[k] ?? (DEFAULTS as unknown as Record<string, string>)[k]);
}

/** A route as one compact string: steps with fall-through, then sumdb, insecure. */
function summary(r: ReturnType<typeof routeModule>): string {
  if (r.error) return `error: ${r.error}`;
  const steps = r.steps.map((s) => (s.kind === 'proxy' ? `${s.url}${s.fallThrough === 'any-error' ? '|' : s.fallThrough === 'not-found' ? ',' : ''}` : s.kind)).join(' ');
  const sum = r.sumdb.consulted ? `sumdb:${r.sumdb.name ?? '?'}` : `nosumdb(${r.sumdb.reason})`;
  return `${steps} ${sum}${r.insecurePattern !== null ? ' insecure' : ''}`;
}

// (env, module path) → expected route, derived from proxy.go proxyList/lookup and fetch.go useSumDB.
const TABLE: Array<[Partial<Record<keyof RouteEnv, string>>, string, string]> = [
  [{}, 'rsc.io/quote', 'https://proxy.golang.org, direct sumdb:sum.golang.org'],
  [{}, 'github.com/org/repo', 'https://proxy.golang.org, direct sumdb:sum.golang.org'],
  [{ GOPROXY: 'direct' }, 'rsc.io/quote', 'direct sumdb:sum.golang.org'],
  [{ GOPROXY: 'off' }, 'rsc.io/quote', 'off sumdb:sum.golang.org'],
  [{ GOPROXY: 'https://proxy.golang.org' }, 'rsc.io/quote', 'https://proxy.golang.org sumdb:sum.golang.org'],
  [{ GOPROXY: 'https://a.example|https://proxy.golang.org,direct' }, 'rsc.io/quote', 'https://a.example| https://proxy.golang.org, direct sumdb:sum.golang.org'],
  [{ GOPROXY: 'https://a.example,https://b.example|direct' }, 'x.io/m', 'https://a.example, https://b.example| direct sumdb:sum.golang.org'],
  [{ GOPROXY: 'goproxy.io,direct' }, 'x.io/m', 'https://goproxy.io, direct sumdb:sum.golang.org'],
  [{ GOPROXY: 'localhost:3000' }, 'x.io/m', 'https://localhost:3000 sumdb:sum.golang.org'],
  [{ GOPROXY: 'athens' }, 'x.io/m', 'error: invalid proxy URL missing scheme: athens'],
  [{ GOPROXY: 'http://127.0.0.1:3000' }, 'x.io/m', 'http://127.0.0.1:3000 sumdb:sum.golang.org'],
  [{ GOPROXY: 'file:///srv/goproxy' }, 'x.io/m', 'file:///srv/goproxy sumdb:sum.golang.org'],
  [{ GOPROXY: 'ftp://p.example' }, 'x.io/m', 'error: invalid proxy URL scheme (must be https, http, file): ftp://p.example'],
  [{ GOPROXY: ',' }, 'x.io/m', 'error: GOPROXY list is not the empty string, but contains no entries'],
  [{ GOPROXY: ' ' }, 'x.io/m', 'error: GOPROXY list is not the empty string, but contains no entries'],
  [{ GOPROXY: 'direct,https://proxy.golang.org' }, 'x.io/m', 'direct sumdb:sum.golang.org'],
  [{ GOPROXY: 'off,direct' }, 'x.io/m', 'off sumdb:sum.golang.org'],
  [{ GOPROXY: ' https://proxy.golang.org , direct ' }, 'x.io/m', 'https://proxy.golang.org, direct sumdb:sum.golang.org'],
  [{ GOPRIVATE: 'corp.example.com' }, 'corp.example.com/team/svc', 'direct nosumdb(gonosumdb)'],
  [{ GOPRIVATE: 'corp.example.com' }, 'corp.example.com', 'direct nosumdb(gonosumdb)'],
  [{ GOPRIVATE: 'corp.example.com' }, 'corp.example.com.evil/x', 'https://proxy.golang.org, direct sumdb:sum.golang.org'],
  [{ GOPRIVATE: '*.corp.example.com' }, 'git.corp.example.com/a', 'direct nosumdb(gonosumdb)'],
  [{ GOPRIVATE: '*.corp.example.com' }, 'corp.example.com/a', 'https://proxy.golang.org, direct sumdb:sum.golang.org'],
  [{ GOPRIVATE: 'github.com/acme' }, 'github.com/acme/tool/v2', 'direct nosumdb(gonosumdb)'],
  [{ GOPRIVATE: 'github.com/acme' }, 'github.com/acmecorp/tool', 'https://proxy.golang.org, direct sumdb:sum.golang.org'],
  [{ GOPRIVATE: 'github.com/acme/*' }, 'github.com/acme', 'https://proxy.golang.org, direct sumdb:sum.golang.org'],
  [{ GOPRIVATE: 'corp.example.com, git.corp.example.com' }, 'git.corp.example.com/x', 'https://proxy.golang.org, direct sumdb:sum.golang.org'],
  [{ GOPRIVATE: 'https://corp.example.com' }, 'corp.example.com/x', 'https://proxy.golang.org, direct sumdb:sum.golang.org'],
  [{ GOPRIVATE: 'corp.example.com', GOPROXY: 'off' }, 'corp.example.com/x', 'direct nosumdb(gonosumdb)'],
  [{ GOPRIVATE: 'corp.example.com', GOPROXY: 'off' }, 'rsc.io/quote', 'off sumdb:sum.golang.org'],
  [{ GOPRIVATE: 'corp.example.com', GONOPROXY: 'none.invalid' }, 'corp.example.com/x', 'https://proxy.golang.org, direct nosumdb(gonosumdb)'],
  [{ GOPRIVATE: 'corp.example.com', GONOSUMDB: 'none.invalid' }, 'corp.example.com/x', 'direct sumdb:sum.golang.org'],
  [{ GONOPROXY: 'corp.example.com' }, 'corp.example.com/x', 'direct sumdb:sum.golang.org'],
  [{ GONOSUMDB: 'corp.example.com' }, 'corp.example.com/x', 'https://proxy.golang.org, direct nosumdb(gonosumdb)'],
  [{ GONOSUMDB: '*' }, 'rsc.io/quote', 'https://proxy.golang.org, direct nosumdb(gonosumdb)'],
  [{ GOPRIVATE: '*' }, 'rsc.io/quote', 'direct nosumdb(gonosumdb)'],
  [{ GOSUMDB: 'off' }, 'rsc.io/quote', 'https://proxy.golang.org, direct nosumdb(gosumdb-off)'],
  [{ GOSUMDB: 'off' }, 'golang.org/toolchain', 'https://proxy.golang.org, direct sumdb:?'],
  [{ GONOSUMDB: 'golang.org' }, 'golang.org/toolchain', 'https://proxy.golang.org, direct sumdb:sum.golang.org'],
  [{ GOSUMDB: 'sum.golang.google.cn' }, 'rsc.io/quote', 'https://proxy.golang.org, direct sumdb:sum.golang.org'],
  [{ GOINSECURE: 'corp.example.com' }, 'corp.example.com/x', 'https://proxy.golang.org, direct sumdb:sum.golang.org insecure'],
  [{ GOINSECURE: 'corp.example.com', GOPRIVATE: 'corp.example.com' }, 'corp.example.com/x', 'direct nosumdb(gonosumdb) insecure'],
  [{ GOPROXY: 'https://user:pw@athens.corp|direct' }, 'x.io/m', 'https://user:pw@athens.corp| direct sumdb:sum.golang.org'],
  [{ GOPRIVATE: 'corp.example.com/...' }, 'corp.example.com/x', 'https://proxy.golang.org, direct sumdb:sum.golang.org'],
  [{ GOPRIVATE: '*/internal' }, 'corp.io/internal/x', 'direct nosumdb(gonosumdb)'],
  [{ GOPRIVATE: '10.0.0.5' }, '10.0.0.5/team/repo', 'direct nosumdb(gonosumdb)'],
  [{ GOPRIVATE: 'corp.example.com/' }, 'corp.example.com/x', 'direct nosumdb(gonosumdb)'],
];

test(`routing table: ${TABLE.length} (env, module path) cases`, () => {
  assert.ok(TABLE.length >= 40);
  for (const [over, mod, want] of TABLE) assert.equal(summary(routeModule(env(over), mod)), want, `${JSON.stringify(over)} ${mod}`);
});

test('sumdb lookups go through each proxy before the database itself (sumdb.go initBase)', () => {
  assert.deepEqual(routeModule(env({ GOPROXY: 'https://a.example|https://proxy.golang.org,direct' }), 'x.io/m').sumdb.via, [
    'https://a.example/sumdb/sum.golang.org', 'https://proxy.golang.org/sumdb/sum.golang.org', 'https://sum.golang.org',
  ]);
  const key = sumdbKey('sum.corp');
  assert.deepEqual(routeModule(env({ GOSUMDB: `${key} https://sum.corp/db` }), 'x.io/m').sumdb.via, ['https://sum.corp/db']);
});

test('known hosts name their VCS; vendor mode disables lookups', () => {
  assert.equal(routeModule(DEFAULTS, 'github.com/a/b').vcs, 'git');
  assert.equal(routeModule(DEFAULTS, 'example.com/repo.hg/sub').vcs, 'hg');
  assert.equal(routeModule(DEFAULTS, 'example.com/x').vcs, null);
  assert.equal(routeModule(env({ GOFLAGS: '-trimpath -mod=vendor' }), 'x.io/m').vendorOnly, true);
});

test('parseGoproxy keeps the ignored tail and spots userinfo', () => {
  const p = parseGoproxy('https://u:p@a.example,direct,https://never.example');
  assert.equal(p.error, null);
  assert.equal(p.entries[0]!.hasUserinfo, true);
  assert.deepEqual(p.ignored, ['https://never.example']);
  assert.match(parseGoproxy('ftp://u:secret@x').error!, /xxxxx@x/);
  assert.match(parseGoproxy('file://host/x').error!, /non-path elements/);
});

test('parseGosumdb follows dbDial', () => {
  assert.deepEqual(parseGosumdb('off'), { kind: 'off' });
  assert.equal(parseGosumdb('sum.golang.org').kind, 'db');
  assert.equal((parseGosumdb('sum.golang.google.cn') as { url: string }).url, 'https://sum.golang.google.cn');
  assert.match((parseGosumdb('sum.corp.example') as { error: string }).error, /verifier/);
  assert.equal(parseGosumdb(`${sumdbKey('sum.corp')} http://127.0.0.1:1`).kind, 'db');
  assert.match((parseGosumdb(sumdbKey('sum.corp').replace('sum.corp', 'sum.evil')) as { error: string }).error, /hash/);
  assert.match((parseGosumdb('a b c') as { error: string }).error, /too many fields/);
  assert.match((parseGosumdb('') as { error: string }).error, /missing GOSUMDB/);
});

test('parseGoauth follows runGoAuth', () => {
  assert.deepEqual(parseGoauth('netrc').commands, [{ kind: 'netrc' }]);
  assert.deepEqual(parseGoauth('netrc;git /src/repo').commands, [{ kind: 'netrc' }, { kind: 'git', dir: '/src/repo' }]);
  assert.match(parseGoauth('off;netrc').errors[0]!, /cannot be combined/);
  assert.match(parseGoauth('git relative').errors[0]!, /not absolute/);
  assert.match(parseGoauth('netrc;').errors[0]!, /empty command/);
  assert.deepEqual(parseGoauth('my-helper --flag').commands, [{ kind: 'command', program: 'my-helper' }]);
});

test('netrcMachines mirrors parseNetrc and keeps no secrets', () => {
  const text = 'machine git.corp.example.com login bot password s3cret\nmachine half login x\n\nmachine b.example\nlogin u\npassword p\ndefault login d password d\nmachine c login a password a\ndefault\nmachine after login a password a\n';
  const r = netrcMachines(text);
  assert.deepEqual(r, { machines: ['git.corp.example.com', 'b.example', 'c'], hasDefault: true });
  assert.ok(!JSON.stringify(r).includes('s3cret'));
});
