import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defineCollector, runCollectors, type Collector } from '../../src/collectors/collector.js';
import { LocalHost } from '../../src/collectors/host.js';

const host = new LocalHost({});
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('collectors start when their own needs are met, early work starts at once, failures are recorded', async () => {
  const log: string[] = [];
  const slow = defineCollector({ area: 'shells', after: [], async collect() { log.push('shells:start'); await tick(60); log.push('shells:end'); return {} as never; } });
  const first = defineCollector({ area: 'goenv', after: [], async collect() { await tick(10); log.push('goenv:end'); return { marker: 1 } as never; } });
  const withEarly = defineCollector({
    area: 'system',
    after: ['goenv'],
    early: async () => { log.push('system:early'); return 'host facts'; },
    async collect(_h, _o, earlier, started) {
      log.push(`system:collect sees goenv=${JSON.stringify(earlier.goenv?.ok && earlier.goenv.value)} early=${await started}`);
      return {} as never;
    },
  });
  const failing = defineCollector({ area: 'modules', after: ['system'], early: async () => { throw new Error('no git'); }, async collect(_h, _o, _e, started) { await started; return {} as never; } });
  const { facts, timings } = await runCollectors([slow, withEarly, failing, first] as Collector[], host, { cwd: '/' });
  assert.ok(log.indexOf('system:early') < log.indexOf('goenv:end'), 'early work does not wait for goenv');
  assert.ok(log.indexOf('system:collect sees goenv={"marker":1} early=host facts') < log.indexOf('shells:end'), 'system does not wait for the unrelated shells area');
  assert.deepEqual(facts.modules, { ok: false, error: 'no git', ms: facts.modules!.ms });
  assert.ok(timings.shells! >= 50);
});

test('a dependency cycle is an error, not a hang', async () => {
  const a = defineCollector({ area: 'goenv', after: ['project'], collect: async () => ({}) as never });
  const b = defineCollector({ area: 'project', after: ['goenv'], collect: async () => ({}) as never });
  await assert.rejects(runCollectors([a, b] as Collector[], host, { cwd: '/' }), /dependency cycle among goenv, project, goenv/);
});
