import { checkFormat, COMMON_FLAGS, parseFlags, projectDir } from '../output.js';
import { UsageError, type CliIO } from '../io.js';
import { collectDoctorFacts, localHost, parseTimeout } from '../doctor-run.js';
import { loadUserConfig } from '../pipeline.js';
import { doctorReport } from '../doctor-report.js';
import { planFixes } from '../../fix/plan.js';
import { computeChanges, type ChangeSet } from '../../fix/changes.js';
import { applyChanges, undoLast } from '../../fix/apply.js';
import { unifiedDiff } from '../../fix/diff.js';
import { FixFileError } from '../../fix/files.js';
import { findRule } from '../../rules/index.js';
import { redactString } from '../../engine/redact.js';
import { FIX_REPORTERS, type FixReport } from '../../report/fix.js';

const HELP = `usage: godiag fix [--apply] [--rule ID ...] [--cwd DIR] [--format text|json]
       godiag fix --undo [--format text|json]

Show, as a unified diff, the changes godiag can make by itself for doctor's findings: marked
blocks in the startup file each shell reads, and go env -w/-u changes to the go env file.
Nothing changes without --apply, which writes exactly the diff shown: atomically, through
symbolic links to the file they name, keeping mode and owner, after a backup of every file.
Applying again changes nothing. --undo puts back every file of the last apply, byte for byte.
Backups: $XDG_STATE_HOME/godiag/fix (default ~/.local/state/godiag/fix).
`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(argv, {
    help: COMMON_FLAGS.help, cwd: COMMON_FLAGS.cwd, config: COMMON_FLAGS.config, format: COMMON_FLAGS.format,
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
  const format = checkFormat(values.format ?? 'text', Object.keys(FIX_REPORTERS));
  const show = (r: FixReport) => io.stdout(redactString(FIX_REPORTERS[format]!(r)));
  try {
    return values.undo ? undo(io, show) : await fix(io, show, { apply: values.apply, rules, cwd: values.cwd, config: values.config, timeout: values.timeout });
  } catch (e) {
    if (!(e instanceof FixFileError)) throw e;
    io.stderr(redactString(`godiag fix: ${e.message}`) + '\n');
    return 1;
  }
}

async function fix(io: CliIO, show: (r: FixReport) => void, o: { apply: boolean; rules: string[]; cwd?: string; config?: string; timeout?: string }): Promise<number> {
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
  const report = planReport(set, manual.map((f) => `${f.ruleId} ${f.fixes[0]!.title}`), o.apply);
  if (!o.apply || set.changes.length === 0) {
    show(report);
    return set.failed.length ? 1 : 0;
  }
  const { journal, outcomes } = applyChanges(set.changes, io.env);
  show({ ...report, outcomes, journal });
  return set.failed.length || outcomes.some((x) => x.outcome !== 'written') ? 1 : 0;
}

function planReport(set: ChangeSet, manual: string[], applying: boolean): FixReport {
  return {
    applying,
    changes: set.changes.map((c) => ({ path: c.before.path, fixes: c.fixes, diff: unifiedDiff(c) })),
    unchanged: set.unchanged, failed: set.failed, manual,
  };
}

function undo(io: CliIO, show: (r: FixReport) => void): number {
  const { journal, outcomes } = undoLast(io.env);
  show({ applying: true, changes: [], unchanged: [], failed: [], manual: [], undo: true, journal, outcomes });
  if (!journal) return 0;
  return outcomes.every((o) => o.outcome === 'restored' || o.outcome === 'removed') ? 0 : 1;
}
