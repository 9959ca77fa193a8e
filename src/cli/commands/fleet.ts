import * as path from 'node:path';
import type { CliIO } from '../io.js';
import { UsageError } from '../io.js';
import { checkFormat, exitCodeFor, parseFailOn, parseFlags } from '../output.js';
import { loadUserConfig } from '../pipeline.js';
import { collectDoctorFacts, parseTimeout } from '../doctor-run.js';
import { describeTarget, targetCwd } from '../remote-target.js';
import { RemoteHost } from '../../collectors/remote/remote-host.js';
import { parseTarget, TargetError } from '../../collectors/remote/transport.js';
import { pool } from '../../collectors/pool.js';
import { LocalHost, type Host } from '../../collectors/host.js';
import { redactDeep, redactString } from '../../engine/redact.js';
import { SCHEMA_VERSION, type Facts } from '../../facts/schema.js';
import { FLEET_REPORTERS, type FleetReport, type FleetRow } from '../../report/fleet.js';
import { parseSelector, podsOf, targetsFromFile } from '../fleet-targets.js';
import { startStatus } from '../status-line.js';

const HELP = `godiag fleet TARGET... | --targets FILE

Run doctor on many machines at once through the transports they already have (no Node or godiag
on them), then print one table: per target the go that runs, the key settings where it is the odd
one out, and its findings. An unreachable target is a finding (GD971), never a crash.

Targets: ssh://[user@]host[:port], docker://C, podman://C, k8s://[context/]namespace/pod[/container],
k8s://[context/]namespace/-l SELECTOR (every running pod of a label selector, via kubectl and your
kubeconfig), chroot:///DIR, local-probe.

  --targets FILE              one URL a line (# comments), or an Ansible inventory (INI or YAML:
                              its hosts become ssh:// targets with ansible_host/user/port)
  -j, --concurrency N         targets diagnosed at once (default 8)
      --connect-timeout SEC   how long a transport may take to start a shell (default 20)
      --target-timeout SEC    how long one target's whole diagnosis may take (default 180)
      --timeout SEC           per probe on a target, as doctor's --timeout
      --cwd DIR               the project directory on every target (default: where its shell starts)
  -f, --format text|json|markdown|sarif
      --fail-on error|warning|info|never  exit 1 when a finding on any target is at or above this
      --config FILE           .godiag.yaml/.json (rule severities) from this machine
      --no-progress           no status line on stderr
  -h, --help
`;

const FLAGS = {
  targets: { type: 'string' },
  concurrency: { type: 'string', short: 'j' },
  'connect-timeout': { type: 'string' },
  'target-timeout': { type: 'string' },
  timeout: { type: 'string' },
  cwd: { type: 'string' },
  format: { type: 'string', short: 'f', default: 'text' },
  'fail-on': { type: 'string' },
  config: { type: 'string' },
  'no-progress': { type: 'boolean', default: false },
  'no-color': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Settings compared across targets: those that decide what a build does and where modules come from. */
const KEY_SETTINGS = ['GOVERSION', 'GOROOT', 'GOTOOLCHAIN', 'GOPROXY', 'GOSUMDB', 'GOPRIVATE', 'GOFLAGS', 'CGO_ENABLED', 'GOOS', 'GOARCH', 'GOAMD64'] as const;


async function targetList(io: CliIO, host: Host, positionals: string[], file: string | undefined, timeoutMs: number): Promise<string[]> {
  const given = [...positionals];
  if (file !== undefined) {
    const text = await host.readText(path.resolve(io.cwd, file), 4 << 20);
    if (text === null) throw new UsageError(`--targets ${JSON.stringify(file)}: no such file, or not a readable file`);
    given.push(...targetsFromFile(text, file));
  }
  if (given.length === 0) throw new UsageError('fleet needs targets: fleet URL... or --targets FILE');
  const out: string[] = [];
  for (const t of given) {
    if (!parseSelector(t)) out.push(t);
    else {
      try {
        out.push(...(await podsOf(host, t, timeoutMs)));
      } catch (e) {
        throw new UsageError(redactString((e as Error).message));
      }
    }
  }
  // Every URL is checked before any target is contacted: a typo is a usage error, not a finding.
  for (const t of out) {
    try {
      parseTarget(t);
    } catch (e) {
      if (e instanceof TargetError) throw new UsageError(e.message);
      throw e;
    }
  }
  return [...new Set(out)];
}

/** Facts of a target that was never reached: no area, and why (GD971 reports it). */
function unreachableFacts(target: string, reason: string): Facts {
  return { schemaVersion: SCHEMA_VERSION, collectedAt: new Date().toISOString(), host: { kind: 'remote', platform: 'unknown', arch: 'unknown', cwd: '', target, unreachable: redactString(reason) } } as Facts;
}

interface Limits { connectMs: number; targetMs: number; probeMs: number | undefined; cwd: string | undefined }

/** Doctor on one target, within its deadline; any failure to reach or finish becomes facts saying so. */
async function diagnose(io: CliIO, target: string, limits: Limits): Promise<{ facts: Facts; ms: number }> {
  const start = Date.now();
  const transport = parseTarget(target);
  let host;
  try {
    host = await RemoteHost.connect(redactString(target), { argv: transport.argv, env: io.env, connectTimeoutMs: limits.connectMs });
  } catch (e) {
    return { facts: unreachableFacts(target, (e as Error).message), ms: Date.now() - start };
  }
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), limits.targetMs)));
  try {
    const done = await Promise.race([collectDoctorFacts({ cwd: targetCwd(host, limits.cwd), ...(limits.probeMs ? { timeoutMs: limits.probeMs } : {}) }, host), deadline]);
    if (!done) return { facts: unreachableFacts(target, `did not finish within ${limits.targetMs / 1000} s (--target-timeout)`), ms: Date.now() - start };
    describeTarget(done.facts, host);
    return { facts: done.facts, ms: Date.now() - start };
  } finally {
    clearTimeout(timer);
    await host.close();
  }
}

function row(target: string, facts: Facts, ms: number, model: FleetRow['model']): FleetRow {
  const first = facts.toolchains?.ok ? facts.toolchains.value.installs[0] : undefined;
  const go = facts.host.unreachable ? 'unreachable' : first ? `${first.reportedVersion ?? 'go (version unknown)'} ${first.path}` : 'no go on PATH';
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of model.findings) counts[f.severity]++;
  return { target, reached: !facts.host.unreachable, go, differs: {}, counts, ms, findings: model.findings, model };
}

/** Key settings where a target differs from the value most reached targets share (more than half). */
function markOddOnesOut(rows: FleetRow[], settings: Map<string, Record<string, string>>): void {
  const reached = rows.filter((r) => r.reached);
  for (const key of KEY_SETTINGS) {
    const tally = new Map<string, number>();
    for (const r of reached) {
      const v = settings.get(r.target)?.[key] ?? '';
      tally.set(v, (tally.get(v) ?? 0) + 1);
    }
    const [majority, n] = [...tally].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (n * 2 <= reached.length) continue;
    for (const r of reached) {
      const v = settings.get(r.target)?.[key] ?? '';
      if (v !== majority) r.differs[key] = v;
    }
  }
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(argv, FLAGS, true);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = checkFormat(values.format ?? 'text', Object.keys(FLEET_REPORTERS));
  const failOn = parseFailOn(values['fail-on']);
  const concurrency = values.concurrency === undefined ? 8 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) throw new UsageError(`--concurrency takes a whole number from 1 to 256 (got ${JSON.stringify(values.concurrency)})`);
  const limits: Limits = {
    connectMs: parseTimeout(values['connect-timeout'], '--connect-timeout', 86_400) ?? 20_000,
    targetMs: parseTimeout(values['target-timeout'], '--target-timeout', 86_400) ?? 180_000,
    probeMs: parseTimeout(values.timeout),
    cwd: values.cwd,
  };
  const config = await loadUserConfig(values.config, io.cwd);
  const targets = await targetList(io, new LocalHost(io.env), positionals, values.targets, limits.connectMs);
  const status = startStatus(io, 'fleet', !!values['no-progress']);
  const { doctorReport } = await import('../doctor-report.js');
  const start = Date.now();
  let finished = 0;
  const settings = new Map<string, Record<string, string>>();
  const rows = await pool(targets, concurrency, async (target) => {
    status.set(`${finished}/${targets.length} targets done; diagnosing ${redactString(target)}`);
    const { facts, ms } = await diagnose(io, target, limits);
    finished++;
    const env = facts.goenv?.ok ? facts.goenv.value.settings : {};
    settings.set(target, Object.fromEntries(KEY_SETTINGS.map((k) => [k, env[k]?.value ?? ''])));
    const model = doctorReport(facts, config, { command: 'fleet', format: 'json', timings: {} });
    return row(target, facts, ms, model);
  }).finally(() => status.done());
  markOddOnesOut(rows, settings);
  const report: FleetReport = redactDeep({ rows, keys: KEY_SETTINGS, wallMs: Date.now() - start });
  io.stdout(FLEET_REPORTERS[format]!(report));
  return exitCodeFor(rows.flatMap((r) => r.findings), failOn);
}
