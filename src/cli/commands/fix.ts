import { COMMON_FLAGS, parseFlags, projectDir } from '../output.js';
import { UsageError, type CliIO } from '../io.js';
import { collectDoctorFacts, localHost, parseTimeout } from '../doctor-run.js';
import { loadUserConfig } from '../pipeline.js';
import { doctorReport } from '../doctor-report.js';
import { planFixes } from '../../fix/plan.js';
import { computeChanges, type ChangeSet } from '../../fix/changes.js';
import { applyChanges, undoLast, type FileOutcome } from '../../fix/apply.js';
import { unifiedDiff } from '../../fix/diff.js';
import { FixFileError } from '../../fix/files.js';
import { findRule } from '../../rules/index.js';
import { redactString } from '../../engine/redact.js';

const HELP = `usage: godiag fix [--apply] [--rule ID ...] [--cwd DIR]
       godiag fix --undo

Show, as a unified diff, the changes godiag can make by itself for doctor's findings: marked
blocks in the startup file each shell reads, and go env -w/-u changes to the go env file.
Nothing changes without --apply, which writes exactly the diff shown: atomically, through
symbolic links to the file they name, keeping mode and owner, after a backup of every file.
Applying again changes nothing. --undo puts back every file of the last apply, byte for byte.
Backups: $XDG_STATE_HOME/godiag/fix (default ~/.local/state/godiag/fix).
`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(argv, {
    help: COMMON_FLAGS.help, cwd: COMMON_FLAGS.cwd, config: COMMON_FLAGS.config,
    apply: { type: 'boolean', default: false }, undo: { type: 'boolean', default: false },
    rule: { type: 'string', multiple: true }, timeout: { type: 'string' },
  }, false);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const rules = values.rule ?? [];
  for (const r of rules) if (!findRule(r)) throw new UsageError(`--rule ${JSON.stringify(r)}: no such rule (godiag rules lists them)`);
  if (values.undo && (values.apply || rules.length)) throw new UsageError('--undo takes no --apply or --rule: it restores the whole last apply');
  const say = (s: string) => io.stdout(redactString(s) + '\n');
  try {
    return values.undo ? undo(io, say) : await fix(io, say, { apply: values.apply, rules, cwd: values.cwd, config: values.config, timeout: values.timeout });
  } catch (e) {
    if (!(e instanceof FixFileError)) throw e;
    io.stderr(redactString(`godiag fix: ${e.message}`) + '\n');
    return 1;
  }
}

async function fix(io: CliIO, say: (s: string) => void, o: { apply: boolean; rules: string[]; cwd?: string; config?: string; timeout?: string }): Promise<number> {
  const cwd = projectDir(io, o.cwd);
  const config = await loadUserConfig(o.config, cwd);
  const host = localHost(io.env);
  const timeoutMs = parseTimeout(o.timeout);
  const { facts } = await collectDoctorFacts({ cwd, privateHosts: config.privateHosts, ...(timeoutMs ? { timeoutMs } : {}) }, host);
  const model = doctorReport(facts, config, { command: 'fix', format: 'json', timings: {} });
  const { plan, manual } = planFixes(model.findings, o.rules);
  const goenv = facts.goenv?.ok ? facts.goenv.value : null;
  const set = await computeChanges(plan, {
    host, home: io.env.HOME,
    goEnvFile: goenv?.userFile.path ?? null,
    goBinary: facts.toolchains?.ok ? facts.toolchains.value.installs[0]?.path ?? null : null,
  });
  showPlan(say, set, manual.map((f) => `${f.ruleId} ${f.fixes[0]!.title}`), o.apply);
  if (!o.apply || set.changes.length === 0) return set.failed.length ? 1 : 0;
  const { journal, outcomes } = applyChanges(set.changes, io.env);
  showOutcomes(say, outcomes);
  say(`\nBackups and the record of this apply: ${journal}\nUndo it with: godiag fix --undo`);
  return set.failed.length || outcomes.some((x) => x.outcome !== 'written') ? 1 : 0;
}

function showPlan(say: (s: string) => void, set: ChangeSet, manual: string[], applying: boolean): void {
  if (set.changes.length === 0) say('Nothing to change: godiag has no fix of its own to apply here.');
  else say(applying ? 'Applying these changes:\n' : 'Changes godiag would make (run again with --apply to make exactly these):\n');
  for (const c of set.changes) {
    for (const f of c.fixes) say(`${f.ruleId}: ${f.title}`);
    say(unifiedDiff(c));
  }
  if (set.unchanged.length) say(['Already in place:', ...set.unchanged.map((u) => `  ${u.ruleId} ${u.title}: ${u.detail}`)].join('\n'));
  if (set.failed.length) say(['Cannot apply:', ...set.failed.map((u) => `  ${u.ruleId} ${u.title}: ${u.detail}`)].join('\n'));
  if (manual.length) say(['To fix by hand (godiag doctor shows how):', ...manual.map((m) => `  ${m}`)].join('\n'));
}

function showOutcomes(say: (s: string) => void, outcomes: readonly FileOutcome[]): void {
  for (const o of outcomes) say(`${o.outcome.padEnd(9)} ${o.path}${o.detail ? `: ${o.detail}` : ''}`);
}

function undo(_io: CliIO, say: (s: string) => void): number {
  const { journal, outcomes } = undoLast(_io.env);
  if (!journal) {
    say('Nothing to undo: no godiag fix --apply on record.');
    return 0;
  }
  say(`Undoing ${journal}:`);
  showOutcomes(say, outcomes);
  return outcomes.every((o) => o.outcome === 'restored' || o.outcome === 'removed') ? 0 : 1;
}
