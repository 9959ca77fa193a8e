import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { parseGolangImage, DOCKER_IMAGE_SOURCES } from '../../knowledge/docker-images.js';
import { compareGoVersions } from '../../knowledge/goversion.js';
import { at, dirOf, goModFor, hasCompiler, imageOf, instructionsOf, platformOf, stagesReachingFinal } from '../file-relations.js';
import { breaksFor, goError, modulePackagesRead, packageArgs } from '../cgo-build.js';
import type { DockerfileFacts, DockerInstruction, DockerStage, GoCommand } from '../../facts/schema/files.js';

type Why = { reason: 'explicit'; where: string } | { reason: 'cross'; where: string } | { reason: 'crossLegs'; where: string } | { reason: 'noCompiler'; where: string };

/** Variables a RUN sees: ENV and ARG (with a default) of the stage chain up to it, and `go env -w` settings. */
function stageEnv(d: DockerfileFacts, s: DockerStage, upTo: DockerInstruction) {
  const env = new Map<string, { value: string | null; line: number; how: string }>();
  const goenv = new Map<string, { value: string; line: number }>();
  let workdir: string | null = null;
  let moduleAt: string | null = null;
  for (const i of instructionsOf(d, s)) {
    if (i === upTo) break;
    if (i.keyword === 'ENV') for (const p of i.pairs) env.set(p.name, { value: p.value, line: p.line, how: 'ENV' });
    // An ARG without a default takes its value from --build-arg (unknown); an ENV of the same name wins over it.
    if (i.keyword === 'ARG') for (const p of i.pairs) if (env.get(p.name)?.how !== 'ENV') env.set(p.name, { value: p.value, line: p.line, how: 'ARG' });
    if (i.keyword === 'WORKDIR') workdir = joinPath(workdir ?? '/', i.args.trim());
    if ((i.keyword === 'COPY' || i.keyword === 'ADD') && moduleAt === null && !i.flags.some((f) => f.name === 'from')) {
      const words = i.args.trim().split(/\s+/);
      const dest = words.at(-1)!;
      if (words.slice(0, -1).some((a) => a === '.' || a === './' || /(^|\/)go\.(mod|\*)$/.test(a))) moduleAt = joinPath(workdir ?? '/', dest);
    }
    if (i.keyword === 'RUN') for (const c of i.goCommands) if (c.sub === 'env' && c.args.includes('-w')) for (const a of c.args) { const m = /^([A-Z0-9_]+)=(.*)$/.exec(a); if (m) goenv.set(m[1]!, { value: m[2]!, line: i.line }); }
  }
  return { env, goenv, workdir, moduleAt };
}

function joinPath(base: string, p: string): string {
  const full = p.startsWith('/') ? p : `${base.replace(/\/$/, '')}/${p}`;
  const parts: string[] = [];
  for (const x of full.split('/')) { if (!x || x === '.') continue; if (x === '..') parts.pop(); else parts.push(x); }
  return `/${parts.join('/')}`;
}

/** A value as the RUN sees it: $NAME / ${NAME} resolved through the stage's ENV and ARG defaults; null when unknown. */
function resolved(v: string | undefined | null, env: Map<string, { value: string | null }>): string | null {
  if (v === undefined || v === null) return null;
  const ref = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(v);
  if (ref) return env.get(ref[1]!)?.value ?? null;
  return v.includes('$') ? null : v;
}

/** Why cgo is off for this go command, or null when it is on or cannot be told. */
function cgoOff(d: DockerfileFacts, s: DockerStage, ins: DockerInstruction, c: GoCommand, e: ReturnType<typeof stageEnv>): Why | null {
  const own = c.env.CGO_ENABLED;
  const staged = e.env.get('CGO_ENABLED');
  const w = e.goenv.get('CGO_ENABLED');
  if (own !== undefined) return resolved(own, e.env) === '0' ? { reason: 'explicit', where: `CGO_ENABLED=${own} on the command at line ${ins.line}` } : null;
  if (staged) return resolved(staged.value, e.env) === '0' ? { reason: 'explicit', where: `${staged.how} CGO_ENABLED=${staged.value} at line ${staged.line}` } : null;
  if (w) return w.value === '0' ? { reason: 'explicit', where: `go env -w CGO_ENABLED=0 at line ${w.line}` } : null;
  const goarchRaw = c.env.GOARCH ?? e.env.get('GOARCH')?.value ?? null;
  const goosRaw = c.env.GOOS ?? e.env.get('GOOS')?.value ?? null;
  const goarch = resolved(goarchRaw, e.env);
  const goos = resolved(goosRaw, e.env);
  const platform = platformOf(d, s) ?? '';
  const literal = /^linux\/([a-z0-9]+)/.exec(platform)?.[1] ?? null;
  if (goos && goos !== 'linux') return { reason: 'cross', where: `GOOS=${goos} in a Linux build container` };
  if (goarch && (literal ? goarch !== literal : !['amd64', 'arm64'].includes(goarch))) return { reason: 'cross', where: `GOARCH=${goarch} on a ${literal ?? 'amd64 or arm64'} builder` };
  if (goarchRaw && /TARGETARCH/.test(goarchRaw) && /\$\{?BUILDPLATFORM\b/.test(platform)) return { reason: 'crossLegs', where: `GOARCH=${goarchRaw} in a stage on --platform=${platform}` };
  if (c.env.CC ?? e.env.get('CC')) return null;
  const img = imageOf(d, s);
  const golang = img ? parseGolangImage(img) : null;
  // Go 1.20+ turns cgo off when CC is unset and gcc is not on PATH; older Go keeps it on and fails at gcc.
  if (golang?.variant === 'alpine' && !hasCompiler(d, s, ins) && (!golang.goVersion || compareGoVersions(`go${golang.goVersion.split('.').slice(0, 2).join('.')}`, 'go1.20') >= 0)) {
    return { reason: 'noCompiler', where: `${img} has no C compiler` };
  }
  return null;
}

/** A go build in a Dockerfile where cgo is off, of packages whose every file imports "C". */
export const gd619 = defineRule({
  id: 'GD619',
  name: 'cgo-package-in-cgo-off-docker-build',
  category: 'dockerfile',
  severity: 'error',
  title: 'go build of a package that needs cgo, with cgo off',
  requires: ['files'],
  messages: {
    excluded: 'go {sub} here runs with cgo off ({where}), and package {pkg} needs cgo: {file} imports "C" (line {cgoLine}) and no file of {dir} builds without cgo. go fails with: {error}',
    crossLegs: 'go {sub} here builds with cgo off whenever the target platform is not the build machine\'s ({where}: a cross-compile), and package {pkg} needs cgo: {file} imports "C" (line {cgoLine}) and no file of {dir} builds without cgo. Those platforms fail with: {error}',
    skipped: 'go {sub} here runs with cgo off ({where}): package {pkg} ({file} imports "C", line {cgoLine}) has no file that builds without cgo, so `{pattern}` leaves it out without a word — it is not compiled in this image.',
  },
  fixTitles: {
    enableCgo: 'Build with cgo (CGO_ENABLED=1 and a C compiler in the builder), or give the package a file with //go:build !cgo',
  },
  sources: ['src/go/build/build.go', 'src/cmd/go/internal/load/pkg.go', 'src/cmd/go/internal/cfg/cfg.go', 'https://go.dev/doc/go1.20#cgo', 'https://pkg.go.dev/cmd/go#hdr-Build_constraints', ...DOCKER_IMAGE_SOURCES],
  fixable: false,
  docs: {
    what: 'Reads the Go packages of the module a Dockerfile builds (build constraints, _GOOS/_GOARCH file names, `import "C"`, imports) and, for each go build/install in a stage that reaches the final image, decides whether cgo is off: CGO_ENABLED=0 on the command, in ENV or an ARG default, or by `go env -w`; GOOS/GOARCH naming another platform than the builder (a cross-compile, also on the non-native legs of a $BUILDPLATFORM stage that builds for $TARGETARCH); or a golang:*-alpine builder (Go 1.20+) with no C compiler installed. It then reports the packages the build names or imports that have no file left without cgo, with the error go prints; packages only matched by a `...` pattern are noted, because go leaves them out silently.',
    why: 'go/build leaves a file that imports "C" out of its package when cgo is disabled. A package whose every file needs cgo then has no file at all: `go build` fails with "build constraints exclude all Go files in DIR" (for a package reached through imports, after the import stack). Cgo is off not only when CGO_ENABLED=0 is written: cross-compiles turn it off by default (CC being set does not change that), and since Go 1.20 so does the lack of a C compiler, which is the case in golang:*-alpine.',
    fix: 'Enable cgo for that build (CGO_ENABLED=1, a C compiler — apk add build-base on Alpine — and a cross C compiler for cross builds), or give the package a pure-Go fallback file with //go:build !cgo, or stop importing it from the built command.',
  },
  check({ files }) {
    const out: Report<'excluded' | 'crossLegs' | 'skipped'>[] = [];
    const pk = files.goPackages;
    if (!pk || !pk.cgoFiles) return out;
    for (const d of files.dockerfiles) {
      const mod = goModFor(files, d.path);
      const modDir = mod?.module ? dirOf(mod.path) : null;
      if (modDir === null || !modulePackagesRead(pk, modDir)) continue;
      for (const s of stagesReachingFinal(d)) {
        for (const ins of s.instructions) {
          if (ins.keyword !== 'RUN' || /(^|[;&|(\s])cd\s/.test(ins.args)) continue;
          const builds = ins.goCommands.filter((c) => c.sub === 'build' || c.sub === 'install');
          if (!builds.length) continue;
          const e = stageEnv(d, s, ins);
          for (const c of builds) {
            const why = cgoOff(d, s, ins, c, e);
            if (!why) continue;
            const root = e.moduleAt ?? e.workdir ?? (parseGolangImage(imageOf(d, s) ?? '') ? '/go' : '/');
            const runDir = e.workdir ?? root;
            const sub = runDir === root ? '' : runDir.startsWith(`${root}/`) || root === '/' ? runDir.slice(root === '/' ? 1 : root.length + 1) : null;
            if (sub === null) continue;
            const goos = resolved(c.env.GOOS ?? e.env.get('GOOS')?.value, e.env) ?? 'linux';
            const arch = resolved(c.env.GOARCH ?? e.env.get('GOARCH')?.value, e.env) ?? /^linux\/([a-z0-9]+)/.exec(platformOf(d, s) ?? '')?.[1];
            const img = parseGolangImage(imageOf(d, s) ?? '');
            const targets = (arch ? [arch] : ['amd64', 'arm64']).map((goarch) => ({ goos, goarch }));
            const breaks = breaksFor(pk, [modDir, sub].filter(Boolean).join('/'), c, targets, img?.goVersion ?? null, resolved(c.env.GOFLAGS ?? e.env.get('GOFLAGS')?.value, e.env) ?? undefined);
            for (const b of breaks) {
              // A replaced module outside the build context is not in the image: that build fails otherwise.
              if (modDir ? !b.pkg.dir.startsWith(`${modDir}/`) && b.pkg.dir !== modDir : b.pkg.dir.startsWith('../')) continue;
              const relDir = modDir ? b.pkg.dir.slice(modDir.length + 1) : b.pkg.dir;
              const dirInImage = relDir ? joinPath(root, relDir) : root;
              const error = goError(b, dirInImage);
              const pattern = packageArgs(c).find((p) => p.endsWith('...')) ?? './...';
              out.push({
                messageId: b.how === 'skipped' ? 'skipped' : why.reason === 'crossLegs' ? 'crossLegs' : 'excluded',
                ...(b.how === 'skipped' ? { severity: 'info' as const } : {}),
                data: { sub: c.sub, where: why.where, pkg: b.pkg.importPath, file: `${b.pkg.dir ? `${b.pkg.dir}/` : ''}${b.cgoFile.name}`, cgoLine: b.cgoFile.line, dir: b.pkg.dir || '.', error: (error ?? '').replace(/\n\t/g, ' '), pattern },
                evidence: { reason: why.reason, package: b.pkg.importPath, how: b.how, importStack: b.chain, build: ins.args.slice(0, 200), goError: error },
                location: at(d.path, ins.line, ins.column),
                fixes: [{ kind: 'manual', title: fixTitle('enableCgo'), steps: [`Set CGO_ENABLED=1 for this build and install a C compiler in the builder (apk add build-base on Alpine), or add a file with //go:build !cgo to ${b.pkg.dir || '.'}.`], url: 'https://pkg.go.dev/cmd/cgo' }],
              });
            }
          }
        }
      }
    }
    return out;
  },
});
