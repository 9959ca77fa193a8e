import * as path from 'node:path';
import { LocalHost } from '../../collectors/host.js';
import type { FilesFacts } from '../../facts/schema/files.js';
import { discoverFiles, UnknownFileError } from '../../collectors/files/discover.js';
import type { RunResult } from '../../engine/run.js';
import { applyDirectives } from '../../engine/ignores.js';
import { DOCKERFILE_RULES } from '../../rules/dockerfile/index.js';
import { CI_RULES } from '../../rules/ci/index.js';
import { GOMOD_RULES } from '../../rules/gomod/index.js';
import { DEPLOY_RULES } from '../../rules/deploy/index.js';
import type { ReportSection } from '../../report/model.js';
import { checkFormat, COMMON_FLAGS, REPORT_FORMATS, parseFailOn, parseFlags } from '../output.js';
import { UsageError, type CliIO } from '../io.js';
import { factsOf, loadUserConfig, runCommand } from '../pipeline.js';
import { startStatus } from '../status-line.js';
import { compareText } from '../../facts/order.js';
import { checkRuleIds, checkSomethingRead, parseGoVersionFlag } from '../lint-input.js';
import { matchModFiles } from '../../collectors/vulns.js';
import { defaultModCache } from '../../knowledge/module-cache.js';
import { collectRetractions } from '../../collectors/retractions.js';
import type { RetractionsFacts } from '../../facts/schema/retractions.js';
import { govulncheckSection, loadVulnDb, requireGovulncheck, VULN_FLAGS, vulnMode } from '../vuln-db.js';
import { runGovulncheck } from '../../collectors/govulncheck.js';
import { dirOf } from '../../facts/paths.js';
// Only the go.mod advisories and retractions rules: lint loads no other doctor rule.
import { gd525 } from '../../rules/modules/gd525-module-advisories.js';
import { gd527 } from '../../rules/modules/gd527-required-version-retracted.js';

const HELP = `usage: godiag lint [flags] [PATH...]

Go-aware checks for Dockerfiles, CI workflows, Makefiles and go.mod/go.work.
PATHs are directories (searched for Dockerfile, Containerfile, *.Dockerfile,
.github/workflows/*.yml, .gitlab-ci.yml, Makefile, *.mk, go.mod, go.work,
tools.go, .golangci.yml) or such files; default: the current directory.
Files are read, never executed. \`go version\` runs once (GOTOOLCHAIN=local). go.mod
requirements are looked up in the module cache ($GOMODCACHE, else $GOPATH/pkg/mod), offline,
for versions their authors retracted.

flags:
  -f, --format text|json|markdown|sarif|github  output format (default text; github: workflow commands)
      --fail-on error|warning|info|never  exit 1 when a finding is at or above this (default error)
      --baseline FILE                     report (and fail on) only findings not recorded in FILE
      --update-baseline                   record the current findings in the --baseline FILE
  -v, --verbose                           evidence, sources, files read, suppressed findings
      --config FILE                       .godiag.yaml/.json: rules: {GD601: off|info|warning|error}
      --cwd DIR                           the repository root (default: current directory)
      --go-version VERSION|none           the installed Go to compare go lines with (default: probe go)
      --vuln                              match each go.mod requirement against the Go vulnerability
                                          database (golang.org/x/vulndb in the module cache; godiag vulndb
                                          update fetches it). Version matching, offline: not govulncheck.
      --vuln=govulncheck                  also run govulncheck -scan module (found on PATH) in each module
                                          with the same database, and show its verdict beside ours
      --vulndb DIR                        OSV entries to match against (implies --vuln)
      --no-color                          plain text (NO_COLOR and FORCE_COLOR are honoured)
      --no-progress                       no status line on stderr (also off with NO_COLOR, CI=true,
                                          or when stderr is not a terminal)

inline, in any linted file:
  # godiag ignore=GD601 -- reason        skip findings on the next line (a reason is required)
  # godiag ignore-file=GD601 -- reason   skip them in this file
  # godiag severity GD601=info           change the severity in this file (off removes)
`;

/** Imported area by area: lint loads no doctor rule (nor what those import). */
const LINT_RULES = [...DOCKERFILE_RULES, ...CI_RULES, ...GOMOD_RULES, ...DEPLOY_RULES, gd527];

/** What the deployment manifests held, and the documents not read (Helm templates, YAML errors): never skipped in silence. */
function manifestLines(files: FilesFacts, verbose: boolean): string[] {
  const m = files.manifests ?? [];
  if (m.length === 0) return [];
  const skipped = m.flatMap((f) => f.skipped.map((s) => `${f.path}:${s.line}: ${s.reason}`));
  const workloads = m.reduce((n, f) => n + f.workloads.length, 0);
  const formats = ['kubernetes', 'helm-values', 'compose'].map((k) => [k, m.filter((f) => f.format === k).length] as const).filter(([, n]) => n).map(([k, n]) => `${n} ${k}`).join(', ');
  const head = `deployment manifests: ${m.length} file(s) (${formats}), ${workloads} workload(s)${skipped.length ? `; ${skipped.length} document(s) not read${verbose ? ':' : ' (-v lists them)'}` : ''}`;
  return [head, ...(verbose ? skipped.map((s) => `  ${s}`) : [])];
}

/** Packages whose Go files were not all read (past MAX_GO_SOURCES): cgo checks (GD619, GD716) there are not made. */
function goPackageLines(files: FilesFacts): string[] {
  const p = files.goPackages;
  if (!p?.truncated) return [];
  return [`Go sources: ${p.read} read, the most one run reads; packages in the others were not checked for cgo (GD619, GD716): lint large modules on their own`];
}

/** Which module cache the retraction lookups read, or why none was: a check not made is said. */
function retractionLines(r: RetractionsFacts, verbose: boolean): string[] {
  if (r.goMods === 0) return [];
  if (r.note) return [`retracted requirements: not checked (${r.note})`];
  return verbose ? [`retracted requirements: ${r.latestRead} requirement(s) of ${r.goMods} go.mod file(s) had a newer go.mod in the module cache ${r.gomodcache}`] : [];
}

/** "12 read", and how many more were found but not analysed (GD749 and GD711 say which). */
function filesRead(files: FilesFacts): string {
  const failed = files.files.filter((f) => f.error).length;
  return failed ? `${files.files.length - failed} read, ${failed} not analysed` : `${files.files.length} read`;
}

function sections(files: FilesFacts, retractions: RetractionsFacts, suppressed: ReturnType<typeof applyDirectives>['suppressed'], problems: ReturnType<typeof applyDirectives>['problems'], verbose: boolean): ReportSection[] {
  const out: ReportSection[] = [];
  const go = files.installedGo.version ? `installed Go: ${files.installedGo.version} (go version, GOTOOLCHAIN=local)` : `installed Go: unknown (${files.installedGo.error}); go lines are not compared with it`;
  out.push({
    title: `Files (${filesRead(files)})`,
    lines: [
      ...(verbose || !files.installedGo.version ? [go] : []),
      // Files not analysed are findings (GD749, GD711); the plain list repeats them only with -v.
      ...(verbose ? files.files.map((f) => `${f.path} (${f.kind}${f.context ? ', context only' : ''})${f.error ? `: ${f.error}` : ''}`) : []),
      ...manifestLines(files, verbose),
      ...goPackageLines(files),
      ...retractionLines(retractions, verbose),
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

/** Files read only to inform the checks (the go.mod above a named Dockerfile): not linted. */
function contextPaths(files: FilesFacts): Set<string> {
  return new Set(files.files.filter((f) => f.context).map((f) => f.path));
}

/**
 * What lint reports of its rules' findings: none in context files (the go.mod above a named
 * Dockerfile informs the checks but is not linted), none an inline directive suppresses, in file
 * and line order. `suppressed` and `problems` are filled by `select`, for the sections.
 */
export function lintSelection(files: FilesFacts) {
  const out = {
    suppressed: [] as ReturnType<typeof applyDirectives>['suppressed'],
    problems: [] as ReturnType<typeof applyDirectives>['problems'],
    select(result: RunResult): RunResult {
      const context = contextPaths(files);
      const linted = result.findings.filter((f) => !f.location || !context.has(f.location.file));
      const { findings, suppressed, problems } = applyDirectives(linted, files.directives);
      findings.sort((a, b) => compareText(a.location?.file ?? '', b.location?.file ?? '') || (a.location?.line ?? 0) - (b.location?.line ?? 0) || compareText(a.ruleId, b.ruleId));
      out.suppressed = suppressed;
      out.problems = problems;
      return { findings, skipped: result.skipped, passed: result.passed };
    },
  };
  return out;
}

export async function run(rawArgv: string[], io: CliIO): Promise<number> {
  const { argv, govulncheck } = vulnMode(rawArgv);
  const { values, positionals } = parseFlags(argv, { ...COMMON_FLAGS, 'go-version': { type: 'string' }, ...VULN_FLAGS }, true);
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const format = checkFormat(values.format ?? 'text', REPORT_FORMATS);
  parseFailOn(values['fail-on']);
  const root = path.resolve(io.cwd, values.cwd ?? '.');
  const config = await loadUserConfig(values.config, root);
  const goVersion = parseGoVersionFlag(values['go-version']);
  const vulnDb = await loadVulnDb(io, root, values);
  const govulncheckProgram = govulncheck ? await requireGovulncheck(io) : null;
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
  const selection = lintSelection(filesFacts);
  const context = contextPaths(filesFacts);
  const lintedGoMods = filesFacts.mods.filter((m) => m.kind === 'go.mod' && !context.has(m.path)).map((m) => ({ ...m, requires: m.requires ?? [] }));
  const retractions = await collectRetractions(host, defaultModCache(io.env, process.platform), lintedGoMods);
  const facts = factsOf(host, root, { files, retractions: { ok: true, value: retractions } });
  const extra: ReportSection[] = [];
  if (vulnDb) {
    const v = matchModFiles(vulnDb, filesFacts.mods);
    facts.vulns = { ok: true, value: v };
    if (govulncheckProgram) {
      // -scan module in each linted module's directory (a context go.mod is not linted).
      v.govulncheck = await runGovulncheck(host, govulncheckProgram, vulnDb.dir, lintedGoMods.map((m) => ({ kind: 'module' as const, path: path.join(root, dirOf(m.path)), shown: m.path })));
      extra.push(govulncheckSection(v.govulncheck, (target) => v.modules.filter((m) => m.file === target).flatMap((m) => m.advisories.map((a) => a.id))));
    }
  }
  return runCommand(io, {
    command: 'lint', facts, rules: vulnDb ? [...LINT_RULES, gd525] : LINT_RULES, config,
    timings: { files: files.ms ?? 0 },
    select: selection.select,
    sections: () => [...sections(filesFacts, retractions, selection.suppressed, selection.problems, !!values.verbose), ...extra],
  }, { ...values, format });
}
