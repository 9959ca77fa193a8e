import * as path from 'node:path';
import { LocalHost } from '../../collectors/host.js';
import { runCollectors, type CollectOptions } from '../../collectors/collector.js';
import { shellsCollector } from '../../collectors/shells.js';
import { goenvCollector } from '../../collectors/goenv.js';
import { toolchainsCollector } from '../../collectors/toolchains.js';
import { SHELL_RULES } from '../../rules/shell/index.js';
import { REMOTE_RULES } from '../../rules/remote/index.js';
import { shellSections } from '../../report/sections/shell.js';
import { COMMON_FLAGS, parseFailOn, parseFlags, projectDir } from '../output.js';
import { UsageError, type CliIO } from '../io.js';
import { factsOf, loadUserConfig, runCommand } from '../pipeline.js';
import { startStatus } from '../status-line.js';
import { TARGET_FLAGS, TARGET_HELP, connectTarget, describeTarget, targetCwd, transportFrom, warnIfBroken } from '../remote-target.js';

const HELP = `usage: godiag shell [flags]

Which go runs, and which GOROOT/GOPATH/GOBIN/GOPROXY/GOPRIVATE/GOFLAGS/GOTOOLCHAIN/
CGO_ENABLED apply, in every shell (bash, sh/dash, zsh, fish, busybox sh) and context
(login, interactive, non-interactive, cron, systemd --user, GUI apps) — each value
with the startup file and line that set it.

By default nothing is executed: startup files are parsed and followed (source/.),
conditions decided where possible and otherwise marked.

flags:
      --run-shells                        also start each installed shell in each mode
                                          (stdin /dev/null, no TTY, timeout, killed after)
                                          and report where reality differs. This RUNS
                                          your startup files.
      --timeout S                         per shell run with --run-shells (default 5)
  -f, --format text|json|markdown|sarif|github  output format (default text; github: workflow commands)
      --fail-on error|warning|info|never  exit 1 when a finding is at or above this (default error)
      --baseline FILE                     report (and fail on) only findings not recorded in FILE
      --update-baseline                   record the current findings in the --baseline FILE
  -v, --verbose                           evidence, sources, skipped rules and timings
      --config FILE                       .godiag.yaml/.json
${TARGET_HELP}      --no-color
      --no-progress                       no status line on stderr (also off with NO_COLOR, CI=true,
                                          or when stderr is not a terminal)
`;

const FLAGS = { ...COMMON_FLAGS, 'run-shells': { type: 'boolean', default: false }, timeout: { type: 'string', default: '5' }, ...TARGET_FLAGS } as const;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(argv, FLAGS, false);
  if (values.help) { io.stdout(HELP); return 0; }
  parseFailOn(values['fail-on']);
  const timeoutS = Number(values.timeout);
  if (!Number.isFinite(timeoutS) || timeoutS <= 0 || timeoutS > 600) throw new UsageError(`--timeout must be a number of seconds between 0 and 600 (got ${JSON.stringify(values.timeout)})`);
  const transport = transportFrom(values);
  const localDir = projectDir(io, transport ? undefined : values.cwd);
  const config = await loadUserConfig(values.config, localDir);
  const target = transport ? await connectTarget(transport, io) : null;
  const cwd = target ? targetCwd(target, values.cwd) : localDir;
  const opts: CollectOptions = { cwd, runShells: values['run-shells'], timeoutMs: timeoutS * 1000, privateHosts: config.privateHosts };
  const status = startStatus(io, 'shell', !!values['no-progress']);
  const host = target ?? new LocalHost(io.env);
  // go env -w conflicts (GD307) need the goenv area; toolchains finds the go to ask.
  const { facts: partial, timings } = await runCollectors([toolchainsCollector, goenvCollector, shellsCollector], host, { ...opts, progress: (step) => status.set(step) })
    .finally(() => { status.done(); return target?.close(); });
  const facts = factsOf(host, cwd, partial);
  if (target) {
    describeTarget(facts, target);
    warnIfBroken(io, target);
  }
  const shells = facts.shells;
  return runCommand(io, {
    command: 'shell', facts, rules: target ? [...SHELL_RULES, ...REMOTE_RULES] : SHELL_RULES, config, timings,
    sections: shells?.ok ? shellSections(shells.value) : [{ title: 'Shell contexts', lines: [`not analysed: ${shells && !shells.ok ? shells.error : 'no facts'}`] }],
  }, values);
}
