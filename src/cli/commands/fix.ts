import * as path from 'node:path';
import { COMMON_FLAGS, parseFlags } from '../output.js';
import type { CliIO } from '../io.js';
import { collectDoctorFacts, loadUserConfig, localHost, parseTimeout } from '../doctor-run.js';
import { doctorReport } from '../doctor-report.js';
import { planFixes } from '../../fix/plan.js';
import { applyPlan } from '../../fix/apply.js';
import { redactString } from '../../engine/redact.js';

const HELP = `usage: godiag fix [--apply] [--rule ID ...] [--cwd DIR]

Show the fixes godiag can apply by itself for doctor's findings: marked blocks
appended to startup files (idempotent, with a backup) and go env -w/-u changes.
Nothing changes without --apply. Other fixes are printed by doctor to run by hand.
`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(argv, {
    help: COMMON_FLAGS.help, cwd: COMMON_FLAGS.cwd, config: COMMON_FLAGS.config,
    apply: { type: 'boolean', default: false }, rule: { type: 'string', multiple: true }, timeout: { type: 'string' },
  }, false);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const cwd = path.resolve(io.cwd, values.cwd ?? '.');
  const config = await loadUserConfig(values.config, cwd);
  const host = localHost(io.env);
  const timeoutMs = parseTimeout(values.timeout);
  const { facts } = await collectDoctorFacts({ cwd, privateHosts: config.privateHosts, ...(timeoutMs ? { timeoutMs } : {}) }, host);
  const model = doctorReport(facts, config, { command: 'fix', format: 'json', timings: {} });
  const plan = planFixes(model.findings, values.rule ?? []);
  if (plan.length === 0) {
    io.stdout('Nothing godiag can fix by itself. Run `godiag doctor` for fixes to apply by hand.\n');
    return 0;
  }
  if (!values.apply) {
    const lines = ['Fixes godiag would apply (run again with --apply):', ''];
    for (const p of plan) {
      lines.push(`${p.ruleId}: ${p.fix.title}`);
      if (p.fix.kind === 'edit') lines.push(`    ${p.fix.range ? `replace lines ${p.fix.range.startLine}-${p.fix.range.endLine} of` : 'append to'} ${p.fix.file}:`, ...p.fix.replacement.replace(/\n$/, '').split('\n').map((l) => `      ${l}`));
      else lines.push(`    ${p.fix.command}`);
    }
    io.stdout(redactString(lines.join('\n')) + '\n');
    return 0;
  }
  const winner = facts.toolchains?.ok ? facts.toolchains.value.installs[0]?.path ?? null : null;
  const results = await applyPlan(plan, host, winner);
  for (const r of results) io.stdout(redactString(`${r.outcome.padEnd(15)} ${r.ruleId} ${r.title}: ${r.detail}`) + '\n');
  return results.some((r) => r.outcome === 'failed') ? 1 : 0;
}
