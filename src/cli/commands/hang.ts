import { LocalHost } from '../../collectors/host.js';
import { HANG_MODES, type HangMode, type HangRun } from '../../facts/schema/hang.js';
import { HANG_RULES } from '../../rules/hang/index.js';
import { installSignalHandlers } from '../../collectors/hang/child.js';
import { runMode } from '../../collectors/hang/run.js';
import { attach } from '../../collectors/hang/attach.js';
import { hangSections } from '../../report/sections/hang.js';
import { COMMON_FLAGS, parseFailOn, parseFlags } from '../output.js';
import { UsageError, type CliIO } from '../io.js';
import { factsOf, loadUserConfig, runCommand } from '../pipeline.js';

const HELP = `usage: godiag hang run [flags] -- CMD [ARGS...]
       godiag hang attach PID [flags]

Find out why a program's output blocks (full pipe, undrained pty) or why it dies when
its reader goes away (SIGPIPE vs EPIPE), from /proc: thread states, wait sites,
syscalls, what fd 1 and 2 point at and who holds the other end.

run: start CMD (in its own process group, killed on exit, timeout or Ctrl-C) with its
output wired as --mode says:
  stalled-pipe   a pipe whose reader never reads (a paused pager, Wait before reading)
  closed-pipe    a reader that reads 4096 bytes and closes its end (| head -c 4096)
  pty            a pseudo-terminal whose master is not drained (uses script(1))
  drained        a reader that keeps up (the control)
  all            each of the above in turn (default)

flags (run):
      --mode MODE          one of the modes above
      --timeout S          give up on a mode after S seconds (default 10)
      --stall MS           a write with no progress this long is a hang (default 500)
      --fds LIST           descriptors wired to the mode's pipe (default 1,2; e.g. 1,3)
      --goroutines         for a blocked Go program: SIGQUIT with GOTRACEBACK=all and
                           show the goroutines blocked in write (this ends the program);
                           the wiring and the verdict are those of a run without it
attach: look at running process PID for --stall ms; never changes it, unless
      --sigquit            send SIGQUIT for a goroutine dump: this ENDS a Go program.
                           The dump goes to its stderr; read back when that is a file.
Each mode says what the program does under its condition. Blocking under stalled-pipe or
pty and dying of SIGPIPE under closed-pipe are what every program does (info); exit 1 is for
misbehaviour: a silent failure status or ignored write errors after EPIPE, or a block while
a reader kept up (drained, or a real reader found by attach).

exit status: 0 behaves, 1 findings at or above --fail-on, 2 usage error or CMD could not start.

common:
  -f, --format text|json|markdown|sarif|github  output format (default text; github: workflow commands)
      --fail-on error|warning|info|never  exit 1 when a finding is at or above this (default error)
      --baseline FILE                     report (and fail on) only findings not recorded in FILE
      --update-baseline                   record the current findings in the --baseline FILE
  -v, --verbose                           evidence and sources
      --config FILE                       .godiag.yaml/.json: rules: {GD952: off|info|warning|error}
                                          (default: looked up from the current directory upward)
      --no-color
`;

const FLAGS = {
  format: COMMON_FLAGS.format,
  'fail-on': COMMON_FLAGS['fail-on'],
  verbose: COMMON_FLAGS.verbose,
  'no-color': COMMON_FLAGS['no-color'],
  baseline: COMMON_FLAGS.baseline,
  'update-baseline': COMMON_FLAGS['update-baseline'],
  config: COMMON_FLAGS.config,
  help: COMMON_FLAGS.help,
  mode: { type: 'string', default: 'all' },
  timeout: { type: 'string', default: '10' },
  stall: { type: 'string', default: '500' },
  fds: { type: 'string', default: '1,2' },
  goroutines: { type: 'boolean', default: false },
  sigquit: { type: 'boolean', default: false },
} as const;

function positiveNumber(name: string, v: string, max: number): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || n > max) throw new UsageError(`--${name} must be a number in (0, ${max}] (got ${JSON.stringify(v)})`);
  return n;
}

function parseFds(v: string): number[] {
  const fds = v.split(',').map((s) => s.trim()).filter(Boolean).map(Number);
  if (fds.length === 0 || fds.some((f) => !Number.isInteger(f) || f < 1 || f > 64)) throw new UsageError(`--fds must list descriptors 1..64, like 1,2 or 1,3 (got ${JSON.stringify(v)})`);
  return fds;
}

export const NOT_LINUX = (platform: string) =>
  `godiag hang needs Linux: it reads /proc/PID/{stat,wchan,syscall,task,fd,fdinfo,io} to see where a write sleeps and who holds the other end of a pipe or pty. ` +
  `${platform} has no such /proc, so nothing here is available. ` +
  (platform === 'darwin' ? 'On macOS, `sample PID` and `lsof -p PID` show a stuck write and its pipe by hand.\n' : 'Run it on a Linux machine or in a Linux container.\n');

export async function run(argv: string[], io: CliIO, platform: string = process.platform): Promise<number> {
  const dash = argv.indexOf('--');
  const own = dash < 0 ? argv : argv.slice(0, dash);
  const command = dash < 0 ? [] : argv.slice(dash + 1);
  const { values, positionals } = parseFlags(own, FLAGS);
  if (values.help || positionals.length === 0) {
    io.stdout(HELP);
    return values.help ? 0 : 2;
  }
  const [sub, ...rest] = positionals;
  if (sub !== 'run' && sub !== 'attach') throw new UsageError(`unknown subcommand ${JSON.stringify(sub)}: use run or attach`);
  parseFailOn(values['fail-on']);
  const stallMs = positiveNumber('stall', values.stall, 60_000);
  if (platform !== 'linux') {
    io.stderr(NOT_LINUX(platform));
    return 2;
  }
  // Read before anything runs: a bad config is a usage error, not a finding after a long run.
  const config = await loadUserConfig(values.config, io.cwd);
  const host = new LocalHost(io.env);
  const progress = io.isTTY ? (l: string) => io.stderr(`godiag hang: ${l}\n`) : undefined;
  let runs: HangRun[];
  if (sub === 'run') {
    if (rest.length) throw new UsageError(`unexpected ${JSON.stringify(rest[0])}: put the command after --`);
    if (command.length === 0) throw new UsageError('no command: godiag hang run [flags] -- CMD [ARGS...]');
    if (values.sigquit) throw new UsageError('--sigquit is for attach; run uses --goroutines');
    const mode = values.mode;
    if (mode !== 'all' && !(HANG_MODES as readonly string[]).includes(mode)) throw new UsageError(`--mode must be one of ${[...HANG_MODES, 'all'].join(', ')} (got ${JSON.stringify(mode)})`);
    const modes: HangMode[] = mode === 'all' ? [...HANG_MODES] : [mode as HangMode];
    const timeoutMs = positiveNumber('timeout', values.timeout, 3600) * 1000;
    const fds = parseFds(values.fds);
    installSignalHandlers();
    runs = [];
    for (const m of modes) {
      progress?.(`${m}: ${command.join(' ')}`);
      const r = await runMode({ host, mode: m, argv: command, env: io.env, cwd: io.cwd, timeoutMs, stallMs, fds, goroutines: values.goroutines, progress });
      // Nothing was checked: a command that does not start is an error of the invocation, not a pass.
      if (r.outcome.kind === 'failed') {
        io.stderr(`godiag hang run: ${m}: cannot start ${JSON.stringify(command[0])}: ${r.outcome.error}\n`);
        return 2;
      }
      runs.push(r);
    }
  } else {
    if (rest.length !== 1 || !/^\d+$/.test(rest[0]!)) throw new UsageError('attach takes one PID: godiag hang attach PID [--sigquit]');
    if (values.goroutines) throw new UsageError('attach sends SIGQUIT only with --sigquit (it ends a Go program)');
    const pid = Number(rest[0]);
    if (values.sigquit) io.stderr(`godiag hang: sending SIGQUIT to pid ${pid} after looking at it: a Go program prints its goroutines to its stderr and EXITS.\n`);
    const r = await attach({ host, pid, stallMs, sigquit: values.sigquit });
    if (!r) {
      io.stderr(`godiag hang attach: no process ${pid} (or /proc/${pid} is not readable)\n`);
      return 2;
    }
    runs = [r];
  }
  return runCommand(io, {
    command: `hang ${sub}`, facts: factsOf(host, io.cwd, { hang: { ok: true, value: { runs } } }), rules: HANG_RULES, config,
    timings: Object.fromEntries(runs.map((r) => [r.mode, r.elapsedMs])),
    sections: hangSections(runs),
  }, values);
}
