// Recorded machines (test/fixtures/machines/*) run through the real system collector and rules;
// each machine.json says where the recording came from and which findings it must yield.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { loadRecordedHost } from '../../../src/facts/recorded.js';
import { systemCollector } from '../../../src/facts/collectors/system/index.js';
import { SystemSchema, type SystemFacts } from '../../../src/facts/schema/system.js';
import { runRules } from '../../../src/engine/run.js';
import { SYSTEM_RULES } from '../../../src/rules/system/index.js';
import { factsWith } from '../../helpers/rules.js';

const MACHINES = 'test/fixtures/machines';

export async function collectMachine(name: string): Promise<{ system: SystemFacts; expect: string[] }> {
  const { host, earlier, machine } = await loadRecordedHost(path.join(MACHINES, name));
  const value = await systemCollector.collect(host, { cwd: '/' }, earlier);
  return { system: SystemSchema.parse(value), expect: machine.expect };
}

function findings(system: SystemFacts): string[] {
  return runRules(SYSTEM_RULES, factsWith({ system })).findings.map((f) => `${f.ruleId}:${f.messageId}`).sort();
}

for (const name of readdirSync(MACHINES).sort()) {
  test(`${name}: yields exactly its recorded findings`, async () => {
    const { system, expect } = await collectMachine(name);
    assert.deepEqual(findings(system), [...expect].sort(), JSON.stringify(system.skipped));
  });
}
