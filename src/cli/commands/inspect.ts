import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { collect } from '../../facts/collect.js';
import { collectArtifacts, joinPrefix, type WalkProgress } from '../../collectors/binary/walk.js';
import { SkippedFiles } from '../../collectors/binary/skipped-files.js';
import { isHostError, LocalHost, type Host } from '../../collectors/host.js';
import { matchBinaries } from '../../collectors/vulns.js';
import { govulncheckSection, loadVulnDb, requireGovulncheck, VULN_FLAGS, vulnMode } from '../vuln-db.js';
import { runGovulncheck } from '../../collectors/govulncheck.js';
import { ExpectError, parseExpectations } from '../../analyzers/binary/expect.js';
import { linkageListing, moduleListing, recoveredListing, summaryLine } from '../../analyzers/binary/summary.js';
import { findImage, IMAGES } from '../../knowledge/images.js';
import type { ArtifactsFacts, BinaryFacts } from '../../facts/schema/artifacts.js';
// The artifact area's own list, not the registry: loading every rule would cost more start-up than inspecting a small tree.
import { ARTIFACT_RULES, ARTIFACT_VULN_RULES } from '../../rules/artifact/index.js';
import type { ReportSection } from '../../report/model.js';
import { checkFormat, COMMON_FLAGS, REPORT_FORMATS, parseFailOn, parseFlags } from '../output.js';
import { UsageError, type CliIO } from '../io.js';
import { factsOf, loadUserConfig, runCommand } from '../pipeline.js';
import { startStatus } from '../status-line.js';
import { SectionStream } from '../../report/stream.js';
import { decideColor } from '../../report/style.js';
import { fileCapsReader, type FileCapsReader } from '../../collectors/file-caps.js';
import { capText } from '../../analyzers/binary/file-caps.js';

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
                                          buildmode=exe|pie|c-shared|..., cap=cap_net_bind_service (file capability,
                                          permitted and effective, as setcap cap_net_bind_service=+ep gives it)
                                          With --expect, a path that yields no binary is an error finding.
      --require N                         at least N binaries must be checked (an error finding otherwise)
      --vuln                              match each binary's Go version and modules against the Go
                                          vulnerability database (golang.org/x/vulndb in the module cache;
                                          godiag vulndb update fetches it). Version matching, offline.
      --vuln=govulncheck                  also run govulncheck -mode=binary (found on PATH) on each Go binary
                                          with the same database, and show its reachability verdict beside ours
      --vulndb DIR                        OSV entries to match against (implies --vuln)
      --target-image IMAGE                will it start there? ${IMAGES.map((i) => i.name).join(', ')}
  -f, --format text|json|markdown|sarif|github  output format (default text; github: workflow commands)
      --fail-on error|warning|info|never  exit 1 when a finding is at or above this (default error)
      --baseline FILE                     report (and fail on) only findings not recorded in FILE
      --update-baseline                   record the current findings in the --baseline FILE
  -v, --verbose                           evidence, sources, skipped files, rules and file capabilities
      --config FILE                       .godiag.yaml/.json (rule severities)
      --no-color                          plain text (NO_COLOR and FORCE_COLOR are honoured)
      --no-progress                       no status line on stderr (also off with NO_COLOR, CI=true,
                                          or when stderr is not a terminal)

exit status: 0 clean, 1 findings at or above --fail-on, 2 usage error or a PATH that does not exist.
`;

export async function run(rawArgv: string[], io: CliIO): Promise<number> {
  const { argv, govulncheck } = vulnMode(rawArgv);
  const { values, positionals } = parseFlags(argv, {
    ...COMMON_FLAGS,
    modules: { type: 'boolean', short: 'm', default: false },
    expect: { type: 'string', multiple: true, default: [] },
    'target-image': { type: 'string' },
    require: { type: 'string' },
    ...VULN_FLAGS,
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('give at least one file or directory to inspect');
  parseFailOn(values['fail-on']);
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
  const config = await loadUserConfig(values.config, cwd);
  const paths = positionals.map((p) => path.resolve(cwd, p));
  // Like lint: a path that is not there is a mistake in the command line, not a finding to weigh.
  const host = new LocalHost(io.env);
  const exists = await Promise.all(paths.map((p) => lexists(host, p)));
  const missing = positionals.filter((_, i) => !exists[i]);
  if (missing.length) throw new UsageError(`${missing.map((m) => JSON.stringify(m)).join(', ')}: no such file or directory`);
  const show = displayPaths(new Map(paths.map((p, i) => [p, positionals[i]!])));
  const format = checkFormat(values.format ?? 'text', REPORT_FORMATS);
  const modules = !!values.modules;
  const verbose = !!values.verbose;
  const vulnDb = await loadVulnDb(io, cwd, values);
  const govulncheckProgram = govulncheck ? await requireGovulncheck(io) : null;
  const status = startStatus(io, 'inspect', !!values['no-progress']);
  // A walk allocates small short-lived objects (directory entries, file heads) at a high rate, for
  // which V8 grows its young generation; kept at its first size, peak RSS on /usr (142k files) fell
  // from 93-104 MB to 81-85 MB (text) and from 116 to 93 MB (JSON) at the same wall time. Only
  // here: lint, which keeps more of what it allocates, ran 8-30 % slower with it.
  setFlagsFromString('--semi-space-growth-factor=1');
  let artifacts;
  let walked: WalkProgress = { files: 0, binaries: 0, skipped: 0, dir: '' };
  // Linux executables by their real path (for getcap) and the path as shown; getcap reads them
  // while the walk goes on. Only when asked (-v, --expect cap=): reading them starts a program,
  // 25-30 ms of a run on one binary, for an attribute few binaries carry.
  const elfFiles = new Map<string, string>();
  const caps = verbose || expect?.caps?.length ? fileCapsReader(host) : null;
  // Where the walk last found one: a long stretch of files without binaries (a source tree) is
  // the time to read the waiting ones, so few are left for after the walk.
  let elfAt = 0;
  // Go binaries: the path as shown → the real path (for govulncheck).
  const goBinaries = new Map<string, string>();
  try {
    // Text streams: each binary's lines as soon as it is read, the totals at the end.
    const color = decideColor(io.env, io.isTTY, !!values['no-color']);
    const binaries = format === 'text' ? new SectionStream(status.io.stdout, 'Binaries', color) : null;
    artifacts = await collect(() => collectArtifacts(paths, {
      host, expect, targetImage: imageName, require,
      keepSkipped: format === 'json' || verbose,
      onBinary: (found) => {
        for (const b of found) {
          if (caps && b.format === 'elf' && !elfFiles.has(b.path)) {
            elfFiles.set(b.path, show(b.path));
            caps.add([b.path]);
            elfAt = walked.files;
          }
          if (b.isGo) goBinaries.set(show(b.path), b.path);
          b.path = show(b.path);
          binaries?.lines(binaryLines(b, modules, verbose));
        }
      },
      progress: (p) => {
        walked = p;
        if (p.files - elfAt === QUIET_FILES) caps?.flush();
        status.set(() => `${counted(p.files, 'file')}, ${counted(p.binaries, 'Go binary', 'Go binaries')}, in ${show(p.dir)}`);
      },
    }));
    if (artifacts.ok) {
      relabel(artifacts.value, show);
      artifacts.value.capabilities = caps ? await fileCapabilities(caps, elfFiles) : { ...CAPS_NOT_ASKED, files: [] };
    }
    binaries?.end(artifacts.ok ? [...capabilityLines(artifacts.value, verbose), totals(artifacts.value, walked, verbose)] : [`not inspected: ${artifacts.error}`]);
  } finally {
    status.done();
  }
  const facts = factsOf(host, cwd, { artifacts });
  if (vulnDb) facts.vulns = artifacts.ok ? { ok: true, value: matchBinaries(vulnDb, artifacts.value) } : { ok: false, error: 'no binaries were read' };
  const extra: ReportSection[] = [];
  if (govulncheckProgram && vulnDb && facts.vulns?.ok) {
    const v = facts.vulns.value;
    v.govulncheck = await runGovulncheck(host, govulncheckProgram, vulnDb.dir, [...goBinaries].map(([shown, abs]) => ({ kind: 'binary' as const, path: abs, shown })));
    const ours = (target: string) => v.binaries.filter((b) => b.path === target).flatMap((b) => [...b.stdlib, ...b.modules.flatMap((m) => m.advisories)].map((a) => a.id));
    extra.push(govulncheckSection(v.govulncheck, ours));
  }
  return runCommand(io, {
    command: 'inspect', facts, rules: vulnDb ? [...ARTIFACT_RULES, ...ARTIFACT_VULN_RULES] : ARTIFACT_RULES, config,
    timings: { artifacts: artifacts.ms ?? 0 },
    sections: [...(artifacts.ok ? inspectSections(artifacts.value, format, modules, verbose) : []), ...(format === 'json' || format === 'sarif' ? [] : extra)],
  }, { ...values, format });
}

/** About this many files walked since the last binary, the binaries found are read for capabilities. */
const QUIET_FILES = 500;

const CAPS_NOT_ASKED = { reader: null, problem: 'not read: godiag inspect reads file capabilities with -v or --expect cap=...' };

/** security.capability of the ELF files found, keyed by the path as shown. */
async function fileCapabilities(caps: FileCapsReader, elfFiles: Map<string, string>): Promise<NonNullable<ArtifactsFacts['capabilities']>> {
  const read = await caps.finish();
  const files = [...read.caps].map(([abs, c]) => ({ path: elfFiles.get(abs) ?? abs, ...c }));
  return { reader: read.reader, problem: read.problem, files };
}

/** One line per file that carries capabilities; why they are unknown when it matters. */
function capabilityLines(a: ArtifactsFacts, verbose: boolean): string[] {
  const caps = a.capabilities;
  if (!caps) return [];
  const lines = caps.files.map((f) => `${f.path}: file capabilities ${capText(f)}`);
  if (caps.problem && (verbose || a.expect?.caps)) lines.push(`file capabilities: ${caps.problem}`);
  return lines;
}

function parseRequire(v: string | undefined): number | null {
  if (v === undefined) return null;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--require takes a positive whole number of binaries (got ${JSON.stringify(v)})`);
  return Number(v);
}

/** Exists as a directory entry (a dangling symlink exists: it is reported per file, not as a typo). */
async function lexists(host: Host, p: string): Promise<boolean> {
  const st = await host.statWhy(p, { noFollow: true });
  return !isHostError(st) || (st.code !== 'ENOENT' && st.code !== 'ENOTDIR');
}

/** Paths as the user typed them (relative stays relative), like go version shows them. */
function displayPaths(display: Map<string, string>): (p: string) => string {
  // Walked paths are normalised, so path.join(typed, rest) is joinPrefix(typed) + rest: no
  // re-normalising for each of the thousands of skipped files of a large tree.
  const roots = [...display].map(([abs, typed]) => ({ abs, under: abs + path.sep, typed, prefix: joinPrefix(typed) }));
  return (p: string) => {
    for (const r of roots) {
      if (p === r.abs) return r.typed;
      if (p.startsWith(r.under)) return r.prefix + p.slice(r.under.length);
    }
    return p;
  };
}

/** Binaries were shown as they were found; the rest is relabelled once the walk is over. */
function relabel(a: ArtifactsFacts, show: (p: string) => string) {
  for (const p of a.problems) p.path = show(p.path);
  if (a.skipped instanceof SkippedFiles) a.skipped.relabel(show);
  for (const i of a.inputs) i.path = show(i.path);
}

/** A binary's summary line, with the `go version -m` listing under it on -m or -v. */
function binaryLines(b: BinaryFacts, modules: boolean, verbose: boolean): string[] {
  if (!modules && !verbose) return [summaryLine(b)];
  const extra = [...(b.buildInfo ? moduleListing(b.buildInfo) : b.recovered ? recoveredListing(b.recovered, verbose) : []), ...(verbose ? linkageListing(b) : [])];
  return [summaryLine(b), ...extra.map((l) => `\t${l}`)];
}

/** The line that closes the streamed Binaries section. */
function totals(a: ArtifactsFacts, walked: WalkProgress, verbose: boolean): string {
  const n = a.binaries.length;
  const found = n === 0 ? 'no Go binaries found' : counted(n, 'Go binary', 'Go binaries');
  const skipped = walked.skipped ? `, ${walked.skipped} skipped${verbose ? '' : ' (-v lists them)'}` : '';
  return `${found}, ${counted(walked.files, 'file')} looked at${skipped}`;
}

const counted = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Sections of the whole-document formats; text streamed its Binaries section already. */
export function inspectSections(a: ArtifactsFacts, format: string, modules: boolean, verbose: boolean): ReportSection[] {
  if (format === 'json' || format === 'sarif') return [];
  const sections: ReportSection[] = [];
  if (format !== 'text') {
    const lines = a.binaries.flatMap((b) => binaryLines(b, modules, verbose));
    if (a.binaries.length === 0) lines.push('no Go binaries found');
    lines.push(...capabilityLines(a, verbose));
    sections.push({ title: `Binaries (${a.binaries.length})`, lines });
  }
  if (verbose && a.skipped.length) sections.push({ title: `Skipped (${a.skipped.length})`, lines: Array.from(a.skipped, (s) => `${s.path}: ${s.reason}`) });
  return sections;
}
