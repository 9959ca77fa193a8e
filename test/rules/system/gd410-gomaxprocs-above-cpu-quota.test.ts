import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gd410 } from '../../../src/rules/system/gd410-gomaxprocs-above-cpu-quota.js';
import { defaultGomaxprocs } from '../../../src/knowledge/platform-minimums.js';
import { check, ids } from '../../helpers/rules.js';
import type { SystemFacts } from '../../../src/facts/schema/system.js';
import { sys } from './system-facts.js';

const quota = (s: SystemFacts) => {
  s.cgroup.cpu = { quotaUs: 150000, periodUs: 100000, limit: 1.5, source: '/sys/fs/cgroup/cpu.max' };
};

test('Go 1.25+ formula: min(CPUs, max(2, ceil(quota/period)))', () => {
  assert.equal(defaultGomaxprocs({ goVersion: 'go1.26.0', mainModuleGo: '1.26', godebug: null, affinityCpus: 8, cpuLimit: 1.5 }).procs, 2);
  assert.equal(defaultGomaxprocs({ goVersion: 'go1.26.0', mainModuleGo: '1.26', godebug: null, affinityCpus: 8, cpuLimit: 0.5 }).procs, 2);
  assert.equal(defaultGomaxprocs({ goVersion: 'go1.26.0', mainModuleGo: '1.26', godebug: null, affinityCpus: 8, cpuLimit: 3.2 }).procs, 4);
  assert.equal(defaultGomaxprocs({ goVersion: 'go1.26.0', mainModuleGo: '1.26', godebug: null, affinityCpus: 2, cpuLimit: 3.2 }).procs, 2);
  assert.equal(defaultGomaxprocs({ goVersion: 'go1.24.5', mainModuleGo: '1.24', godebug: null, affinityCpus: 8, cpuLimit: 1.5 }).procs, 8);
  assert.equal(defaultGomaxprocs({ goVersion: 'go1.26.0', mainModuleGo: '1.24', godebug: null, affinityCpus: 8, cpuLimit: 1.5 }).procs, 8);
  assert.equal(defaultGomaxprocs({ goVersion: 'go1.26.0', mainModuleGo: '1.24', godebug: 'containermaxprocs=1', affinityCpus: 8, cpuLimit: 1.5 }).procs, 2);
  assert.equal(defaultGomaxprocs({ goVersion: 'go1.26.0', mainModuleGo: '1.26', godebug: 'http2client=0,containermaxprocs=0', affinityCpus: 8, cpuLimit: 1.5 }).procs, 8);
});

test('cpu.max "150000 100000": Go 1.24 is quota-blind, Go 1.26 with a go 1.24 module too', () => {
  const f = check(gd410, sys((s) => {
    quota(s);
    s.go.installs = [{ path: '/usr/lib/go-1.24/bin/go', version: 'go1.24.4', platform: 'linux/amd64' }, { path: '/usr/local/go/bin/go', version: 'go1.26.0', platform: 'linux/amd64' }];
    s.go.mainModule = { path: '/src/go.mod', go: '1.24.0', requiresAutomaxprocs: false };
  }));
  assert.deepEqual(f.map((x) => x.messageId), ['quotaBlind', 'quotaBlind']);
  assert.match(f[1]!.message, /go1\.26\.0 here starts with GOMAXPROCS=8 \(the main module says go 1\.24\.0/);
});

test('Go 1.26 and a go 1.26 module: handled; automaxprocs: handled; no quota: nothing', () => {
  assert.deepEqual(ids(gd410, sys((s) => { quota(s); s.go.mainModule = { path: '/src/go.mod', go: '1.26', requiresAutomaxprocs: false }; })), []);
  assert.deepEqual(ids(gd410, sys((s) => { quota(s); s.go.installs[0]!.version = 'go1.22.1'; s.go.mainModule = { path: '/src/go.mod', go: '1.22', requiresAutomaxprocs: true }; })), []);
  assert.deepEqual(ids(gd410, sys()), []);
});

test('explicit GOMAXPROCS above the quota', () => {
  assert.deepEqual(ids(gd410, sys((s) => { quota(s); s.go.env.GOMAXPROCS = '16'; })), ['explicit']);
  assert.deepEqual(ids(gd410, sys((s) => { quota(s); s.go.env.GOMAXPROCS = '2'; })), []);
});
