import * as path from 'node:path';
import { LocalHost } from '../../collectors/host.js';
import type { Facts } from '../../facts/schema.js';
import { SCHEMA_VERSION } from '../../facts/schema-version.js';
import type { FilesFacts } from '../../facts/schema/files.js';
import { discoverFiles, UnknownFileError } from '../../collectors/files/discover.js';
import { runRules } from '../../engine/run.js';
import { applyDirectives } from '../../engine/ignores.js';
import { DOCKERFILE_RULES } from '../../rules/dockerfile/index.js';
import { CI_RULES } from '../../rules/ci/index.js';
import { GOMOD_RULES } from '../../rules/gomod/index.js';
import { summarizeRule, type ReportModel, type ReportSection } from '../../report/model.js';
import { checkFormat, COMMON_FLAGS, REPORT_FORMATS, emit, exitCodeFor, parseFailOn, parseFlags } from '../output.js';
import { UsageError, type CliIO } from '../io.js';
import { VERSION } from '../../report/version.js';
import { loadUserConfig } from '../doctor-run.js';
import { startStatus } from '../status-line.js';
import { compareText } from '../../facts/order.js';
import { checkRuleIds, checkSomethingRead, parseGoVersionFlag } from '../lint-input.js';

const HELP = `usage: godiag lint [flags] [PATH...]

Go-aware checks for Dockerfiles, CI workflows, Makefiles and go.mod/go.work.
PATHs are directories (searched for Dockerfile, Containerfile, *.Dockerfile,
.github/workflows/*.yml, .gitlab-ci.yml, Makefile, *.mk, go.mod, go.work,
tools.go, .golangci.yml) or such files; default: the current directory.
Files are read, never executed. \`go version\` runs once (GOTOOLCHAIN=local).

flags:
  -f, --format text|json|markdown|sarif|github  output format (default text; github: workflow commands)
      --fail-on error|warning|info|never  exit 1 when a finding is at or above this (default error)
      --baseline FILE                     report (and fail on) only findings not recorded in FILE
      --update-baseline                   record the current findings in the --baseline FILE
  -v, --verbose                           evidence, sources, files read, suppressed findings
      --config FILE                       .godiag.yaml/.json: rules: {GD601: off|info|warning|error}
      --cwd DIR                           the repository root (default: current directory)
      --go-version VERSION|none           the installed Go to compare go lines with (default: probe go)
      --no-color                          plain text (NO_COLOR and FORCE_COLOR are honoured)
      --no-progress                       no status line on stderr (also off with NO_COLOR, CI=true,
                                          or when stderr is not a terminal)

inline, in any linted file:
  # godiag ignore=GD601 -- reason        skip findings on the next line (a reason is required)
  # godiag ignore-file=GD601 -- reason   skip them in this file
  # godiag severity GD601=info           change the severity in this file (off removes)
`;

/** Imported area by area: lint loads no doctor rule (nor what those import). */
const LINT_RULES = [...DOCKERFILE_RULES, ...CI_RULES, ...GOMOD_RULES];

function sections(files: FilesFacts, suppressed: ReturnType<typeof applyDirectives>['suppressed'], problems: ReturnType<typeof applyDirectives>['problems'], verbose: boolean): ReportSection[] {
  const out: ReportSection[] = [];
  const go = files.installedGo.version ? `installed Go: ${files.installedGo.version} (go version, GOTOOLCHAIN=local)` : `installed Go: unknown (${files.installedGo.error}); go lines are not compared with it`;
  out.push({
    title: `Files (${files.files.length} read)`,
    lines: [
      ...(verbose || !files.installedGo.version ? [go] : []),
      // Files not analysed are findings (GD749, GD711); the plain list repeats them only with -v.
      ...(verbose ? files.files.map((f) => `${f.path} (${f.kind}${f.context ? ', context only' : ''})${f.error ? `: ${f.error}` : ''}`) : []),
    ],
  });
  if (problems.length) out.push({ title: 'Directives not applied', lines: problems.map((d) => `${d.file}:${d.line}: ${d.problem}`) });
  if (suppressed.length) {
    out.push({
      title: `Suppressed (${suppressed.length})`,
      lines: verbose ? suppressed.map((s) => `${s.finding.location?.file}:${s.finding.location?.line} ${s.finding.ruleId} — ${s.reason}`) : [`${suppressed.length} finding(s) suppressed by inline directives (-v lists them)`],
    });
  }
  return out;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(argv, { ...COMMON_FLAGS, 'go-version': { type: 'string' } }, true);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = checkFormat(values.format ?? 'text', REPORT_FORMATS);
  const failOn = parseFailOn(values['fail-on']);
  const root = path.resolve(io.cwd, values.cwd ?? '.');
  const config = await loadUserConfig(values.config, root);
  const goVersion = parseGoVersionFlag(values['go-version']);
  const host = new LocalHost(io.env);
  let filesFacts: Awaited<ReturnType<typeof discoverFiles>>;
  const started = performance.now();
  const status = startStatus(io, 'lint', !!values['no-progress']);
  try {
    filesFacts = await discoverFiles(host, { root, paths: positionals.length ? positionals.map((p) => path.resolve(io.cwd, p)) : [root], goVersion, progress: (step) => status.set(step) });
  } catch (e) {
    if (e instanceof UnknownFileError) throw new UsageError(e.message);
    throw e;
  } finally {
    status.done();
  }
  checkSomethingRead(filesFacts, positionals.length ? positionals.join(', ') : root);
  await checkRuleIds(config.rules, filesFacts, LINT_RULES);
  const files = { ok: true as const, value: filesFacts, ms: Math.round(performance.now() - started) };
  const facts: Facts = {
    schemaVersion: SCHEMA_VERSION,
    collectedAt: new Date().toISOString(),
    host: { kind: 'local', platform: process.platform, arch: process.arch, cwd: root },
    files,
  };
  const rules = LINT_RULES;
  const result = runRules(rules, facts, config.rules);
  // Context files (the go.mod above a named Dockerfile) inform the checks but are not linted.
  const contextFiles = new Set(filesFacts.files.filter((f) => f.context).map((f) => f.path));
  const linted = result.findings.filter((f) => !f.location || !contextFiles.has(f.location.file));
  const { findings, suppressed, problems } = applyDirectives(linted, filesFacts.directives);
  findings.sort((a, b) => compareText(a.location?.file ?? '', b.location?.file ?? '') || (a.location?.line ?? 0) - (b.location?.line ?? 0) || compareText(a.ruleId, b.ruleId));
  const model: ReportModel = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'godiag', version: VERSION },
    command: 'lint',
    // JSON carries the full facts (its contract); the other formats never print facts, so they get
    // only the file list, which keeps redaction cheap on large repositories.
    facts: format === 'json' ? facts : { ...facts, files: { ok: true, ms: files.ms, value: { root: filesFacts.root, files: filesFacts.files, installedGo: filesFacts.installedGo } } },
    findings,
    skipped: result.skipped,
    passed: result.passed,
    rules: rules.map(summarizeRule),
    timings: { files: files.ms ?? 0 },
    sections: sections(filesFacts, suppressed, problems, !!values.verbose),
  };
  const reported = emit(io, model, format, REPORT_FORMATS, { noColor: values['no-color'], verbose: values.verbose, baseline: values.baseline, updateBaseline: values['update-baseline'] });
  return exitCodeFor(reported, failOn);
}
