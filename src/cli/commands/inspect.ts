import { lstatSync } from 'node:fs';
import * as path from 'node:path';
import type { Facts } from '../../facts/schema.js';
import { SCHEMA_VERSION } from '../../facts/schema-version.js';
import { collect } from '../../facts/collect.js';
import { collectArtifacts, joinPrefix } from '../../analyzers/binary/collect.js';
import { ExpectError, parseExpectations } from '../../analyzers/binary/expect.js';
import { linkageListing, moduleListing, summaryLine } from '../../analyzers/binary/summary.js';
import { findImage, IMAGES } from '../../knowledge/images.js';
import type { ArtifactsFacts } from '../../facts/schema/artifacts.js';
import { runRules } from '../../engine/run.js';
// The artifact area's own list, not the registry: loading every rule would cost more start-up than inspecting a small tree.
import { ARTIFACT_RULES } from '../../rules/artifact/index.js';
import { summarizeRule, type ReportModel, type ReportSection } from '../../report/model.js';
import { COMMON_FLAGS, emit, exitCodeFor, parseFailOn, parseFlags } from '../output.js';
import { UsageError, type CliIO } from '../io.js';
import { VERSION } from '../version.js';
import { ConfigError, findConfig, loadConfig, type RuleConfig } from '../../engine/config.js';

const HELP = `usage: godiag inspect [flags] PATH...

Inspect built binaries without running them: platform, Go version and build settings,
linkage (static, static-pie, dynamic; loader, libraries, GLIBC versions), symbols.
Reads ELF, Mach-O (universal too), PE and XCOFF. Directories are searched recursively
like \`go version -m\`; files that are not Go binaries are skipped (-v lists them).

flags:
  -m, --modules                           list modules and build settings like \`go version -m\`
      --expect LIST                       what every binary must be; each mismatch is a finding:
                                          platform=OS/ARCH[/VARIANT][,OS/ARCH...] (docker syntax: linux/arm/v7,
                                          linux/amd64/v3; each binary matches one), or os=GOOS,arch=GOARCH[/VARIANT];
                                          cgo=0|1, static, min-go=1.22.5, trimpath, vcs[=REV], race=0|1,
                                          buildmode=exe|pie|c-shared|...
                                          With --expect, a path that yields no binary is an error finding.
      --require N                         at least N binaries must be checked (an error finding otherwise)
      --target-image IMAGE                will it start there? ${IMAGES.map((i) => i.name).join(', ')}
  -f, --format text|json|markdown|sarif   output format (default text)
      --fail-on error|warning|info|never  exit 1 when a finding is at or above this (default error)
  -v, --verbose                           evidence, sources, skipped files and rules
      --config FILE                       .godiag.yaml/.json (rule severities)
      --no-color                          plain text (NO_COLOR and FORCE_COLOR are honoured)

exit status: 0 clean, 1 findings at or above --fail-on, 2 usage error or a PATH that does not exist.
`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    ...COMMON_FLAGS,
    modules: { type: 'boolean', short: 'm', default: false },
    expect: { type: 'string', multiple: true, default: [] },
    'target-image': { type: 'string' },
    require: { type: 'string' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('give at least one file or directory to inspect');
  const failOn = parseFailOn(values['fail-on']);
  let expect;
  try {
    expect = parseExpectations(values.expect ?? []);
  } catch (e) {
    if (e instanceof ExpectError) throw new UsageError(e.message);
    throw e;
  }
  const imageName = values['target-image'] ?? null;
  if (imageName !== null && !findImage(imageName)) {
    throw new UsageError(`--target-image ${JSON.stringify(imageName)} is not known; known images: ${IMAGES.map((i) => i.name).join(', ')}`);
  }
  const require = parseRequire(values.require);
  const cwd = path.resolve(io.cwd, values.cwd ?? '.');
  const ruleConfig = await loadRuleConfig(values.config, cwd);
  const paths = positionals.map((p) => path.resolve(cwd, p));
  // Like lint: a path that is not there is a mistake in the command line, not a finding to weigh.
  const missing = positionals.filter((_, i) => !lexists(paths[i]!));
  if (missing.length) throw new UsageError(`${missing.map((m) => JSON.stringify(m)).join(', ')}: no such file or directory`);
  const display = new Map(paths.map((p, i) => [p, positionals[i]!]));
  const artifacts = await collect(() => collectArtifacts(paths, { expect, targetImage: imageName, require }));
  if (artifacts.ok) relabel(artifacts.value, display);
  const facts: Facts = {
    schemaVersion: SCHEMA_VERSION,
    collectedAt: new Date().toISOString(),
    host: { kind: 'local', platform: process.platform, arch: process.arch, cwd },
    artifacts,
  };
  const rules = ARTIFACT_RULES;
  const result = runRules(rules, facts, ruleConfig);
  const format = values.format ?? 'text';
  const model: ReportModel = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'godiag', version: VERSION },
    command: 'inspect',
    // Only the JSON reporter renders facts; the others need not carry (and redact) every dep and skipped file.
    facts: format === 'json' ? facts : { schemaVersion: facts.schemaVersion, collectedAt: facts.collectedAt, host: facts.host },
    ...result,
    rules: rules.map(summarizeRule),
    timings: { artifacts: artifacts.ms ?? 0 },
    sections: artifacts.ok ? inspectSections(artifacts.value, format, !!values.modules, !!values.verbose) : [],
  };
  emit(io, model, format, ['text', 'json', 'markdown', 'sarif'], { noColor: values['no-color'], verbose: values.verbose });
  return exitCodeFor(result.findings, failOn);
}

function parseRequire(v: string | undefined): number | null {
  if (v === undefined) return null;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--require takes a positive whole number of binaries (got ${JSON.stringify(v)})`);
  return Number(v);
}

/** Exists as a directory entry (a dangling symlink exists: it is reported per file, not as a typo). */
function lexists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ENOENT' && (e as NodeJS.ErrnoException).code !== 'ENOTDIR';
  }
}

/** Rule severities from .godiag.yaml/.json; read directly so inspect does not load the doctor's collectors. */
async function loadRuleConfig(explicit: string | undefined, cwd: string): Promise<RuleConfig> {
  try {
    const file = explicit ? path.resolve(cwd, explicit) : await findConfig(cwd);
    return file ? (await loadConfig(file)).rules : {};
  } catch (e) {
    throw e instanceof ConfigError ? new UsageError(e.message) : e;
  }
}

/** Show paths as the user typed them (relative stays relative), like go version does. */
function relabel(a: ArtifactsFacts, display: Map<string, string>) {
  // Walked paths are normalised, so path.join(typed, rest) is joinPrefix(typed) + rest: no
  // re-normalising for each of the thousands of skipped files of a large tree.
  const roots = [...display].map(([abs, typed]) => ({ abs, under: abs + path.sep, typed, prefix: joinPrefix(typed) }));
  const show = (p: string) => {
    for (const r of roots) {
      if (p === r.abs) return r.typed;
      if (p.startsWith(r.under)) return r.prefix + p.slice(r.under.length);
    }
    return p;
  };
  for (const b of a.binaries) b.path = show(b.path);
  for (const p of a.problems) p.path = show(p.path);
  for (const s of a.skipped) s.path = show(s.path);
  for (const i of a.inputs) i.path = show(i.path);
}

export function inspectSections(a: ArtifactsFacts, format: string, modules: boolean, verbose: boolean): ReportSection[] {
  if (format === 'json' || format === 'sarif') return [];
  const lines: string[] = [];
  for (const b of a.binaries) {
    lines.push(summaryLine(b));
    if (modules || verbose) {
      const extra = [...(b.buildInfo ? moduleListing(b.buildInfo) : []), ...(verbose ? linkageListing(b) : [])];
      lines.push(...extra.map((l) => `\t${l}`));
    }
  }
  if (a.binaries.length === 0) lines.push('no Go binaries found');
  const sections: ReportSection[] = [{ title: `Binaries (${a.binaries.length})`, lines }];
  if (verbose && a.skipped.length) sections.push({ title: `Skipped (${a.skipped.length})`, lines: a.skipped.map((s) => `${s.path}: ${s.reason}`) });
  return sections;
}
