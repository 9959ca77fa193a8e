import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { parseGolangImage } from '../../knowledge/docker-images.js';
import { compareGoVersions } from '../../knowledge/goversion.js';
import { at, ciFileAt, COMPILER_INSTALL, dirOf, goModFor, repositoryRootOf, shellLines, type ShellLine } from '../file-relations.js';
import { breaksFor, goError, modulePackagesRead, packageArgs, packageDirIn } from '../cgo-build.js';
import type { FilesFacts, GoCommand } from '../../facts/schema/files.js';

/** OS and architectures any build machine may be: a target outside them is certainly a cross-compile. */
const HOST_OS = ['linux', 'darwin', 'windows'];
const HOST_ARCH = ['amd64', 'arm64'];

interface Off { where: string; goos: string[]; goarch: string[] }

/** The job's container image (GitLab image:, GitHub container:) when it is a golang image. */
function jobImage(files: FilesFacts, l: ShellLine): string | null {
  return ciFileAt(files, l.file)?.images.find((i) => i.job === l.scope)?.image.value ?? null;
}

/** Why cgo is off for this command, with the targets it may build for; null when on or unknown. */
function cgoOff(files: FilesFacts, l: ShellLine, c: GoCommand): Off | null {
  const env = { ...l.exported, ...c.env };
  const gitlab = l.origin === 'ci' && ciFileAt(files, l.file)?.kind === 'gitlab';
  // GitLab jobs run in Linux containers; a GitHub runner's labels name its OS and architecture.
  const host = l.host ?? (gitlab ? { os: 'linux', arch: null } : null);
  const known = (v: string | undefined) => (v !== undefined && !v.includes('$') ? v : undefined);
  const goos = known(env.GOOS);
  const goarch = known(env.GOARCH);
  const oses = goos ? [goos] : host ? [host.os] : HOST_OS.slice(0, 2);
  const arches = goarch ? [goarch] : host?.arch ? [host.arch] : HOST_ARCH;
  const set = (name: string) => (c.env[name] !== undefined ? 'on the command' : l.origin === 'ci' ? 'in the env: of the job or step' : 'in an exported Makefile variable');
  if (env.CGO_ENABLED !== undefined) return env.CGO_ENABLED === '0' ? { where: `CGO_ENABLED=0 ${set('CGO_ENABLED')}`, goos: oses, goarch: arches } : null;
  if (goos && (host ? goos !== host.os : !HOST_OS.includes(goos))) return { where: `GOOS=${goos} ${set('GOOS')}, a cross-compile`, goos: oses, goarch: arches };
  if (goarch && (host?.arch ? goarch !== host.arch : !HOST_ARCH.includes(goarch))) return { where: `GOARCH=${goarch} ${set('GOARCH')}, a cross-compile`, goos: oses, goarch: arches };
  if (env.CC !== undefined) return null;
  const img = l.origin === 'ci' ? jobImage(files, l) : null;
  const golang = img ? parseGolangImage(img) : null;
  if (golang?.variant === 'alpine' && (!golang.goVersion || compareGoVersions(`go${golang.goVersion.split('.').slice(0, 2).join('.')}`, 'go1.20') >= 0)) {
    const installs = ciFileAt(files, l.file)?.scripts.some((s) => s.job === l.scope && s.line < l.line && COMPILER_INSTALL.test(s.text));
    if (!installs) return { where: `the job's image ${img} has no C compiler`, goos: ['linux'], goarch: arches };
  }
  return null;
}

/** go build/install in a CI step or Makefile recipe where cgo is off, of packages whose every file imports "C". */
export const gd716 = defineRule({
  id: 'GD716',
  name: 'cgo-package-in-cgo-off-script-build',
  category: 'ci',
  severity: 'error',
  title: 'go build of a package that needs cgo, with cgo off (CI, Makefile)',
  requires: ['files'],
  messages: {
    excluded: 'go {sub} here runs with cgo off ({where}), and package {pkg} needs cgo: {file} imports "C" (line {cgoLine}) and no file of {dir} builds without cgo. go fails with: {error}',
    skipped: 'go {sub} here runs with cgo off ({where}): package {pkg} ({file} imports "C", line {cgoLine}) has no file that builds without cgo, so `{pattern}` leaves it out without a word — it is not compiled by this step.',
  },
  fixTitles: {
    enableCgo: 'Build with cgo (CGO_ENABLED=1 and a C compiler for the target), or give the package a file with //go:build !cgo',
  },
  sources: ['src/go/build/build.go', 'src/cmd/go/internal/load/pkg.go', 'src/cmd/go/internal/cfg/cfg.go', 'https://go.dev/doc/go1.20#cgo', 'https://pkg.go.dev/cmd/go#hdr-Build_constraints', 'https://docs.github.com/en/actions/using-jobs/choosing-the-runner-for-a-job'],
  fixable: false,
  docs: {
    what: 'For each go build/install in a CI step (GitHub Actions, GitLab CI) or a Makefile recipe, decides whether cgo is off: CGO_ENABLED=0 on the command, in the step/job/workflow env or in an exported Makefile variable; GOOS/GOARCH naming another platform than the runner (from its runs-on labels; for a Makefile only targets no build machine is, such as GOARCH=riscv64); or a golang:*-alpine job image (Go 1.20+) with no C compiler installed. It then reads the packages the command names (relative to the repository root or the Makefile\'s directory) and reports those, or those they import, that have no file left without cgo, with the error go prints; packages only matched by a `...` pattern are noted, because go leaves them out silently.',
    why: 'A file that imports "C" is left out of its package when cgo is disabled (go/build). A package whose every file needs cgo has then no file: go build fails with "build constraints exclude all Go files in DIR", after the import stack when another package imports it. A cross-compile turns cgo off by default even when CC is set (cmd/go/internal/cfg), and Go 1.20+ turns it off when no C compiler is found.',
    fix: 'Build those packages with cgo (CGO_ENABLED=1, a C compiler, a cross C compiler for another target), give the package a pure-Go fallback file (//go:build !cgo), or leave it out of the build.',
  },
  check({ files }) {
    const out: Report<'excluded' | 'skipped'>[] = [];
    const pk = files.goPackages;
    if (!pk || !pk.cgoFiles) return out;
    for (const l of shellLines(files)) {
      if (!l.commands.some((c) => c.sub === 'build' || c.sub === 'install')) continue;
      // `cd dir && go build` runs elsewhere than the facts can tell.
      if (/(^|[;&|(\s])cd\s/.test(l.text)) continue;
      const mod = goModFor(files, l.file);
      const modDir = mod ? dirOf(mod.path) : null;
      if (modDir === null || !modulePackagesRead(pk, modDir)) continue;
      const cwd = l.origin === 'makefile' ? dirOf(l.file) : repositoryRootOf(l.file);
      // go build outside the module's tree has no go.mod to work with: another directory is meant.
      if (!(modDir === '' || cwd === modDir || cwd.startsWith(`${modDir}/`))) continue;
      for (const c of l.commands) {
        if (c.sub !== 'build' && c.sub !== 'install') continue;
        const off = cgoOff(files, l, c);
        if (!off) continue;
        const targets = off.goos.flatMap((goos) => off.goarch.map((goarch) => ({ goos, goarch })));
        const env = { ...l.exported, ...c.env };
        const breaks = breaksFor(pk, cwd, c, targets, null, env.GOFLAGS);
        for (const b of breaks) {
          const error = goError(b, packageDirIn(pk.root, b.pkg.dir));
          const pattern = packageArgs(c).find((p) => p.endsWith('...')) ?? './...';
          out.push({
            messageId: b.how === 'skipped' ? 'skipped' : 'excluded',
            ...(b.how === 'skipped' ? { severity: 'info' as const } : {}),
            data: { sub: c.sub, where: off.where, pkg: b.pkg.importPath, file: `${b.pkg.dir ? `${b.pkg.dir}/` : ''}${b.cgoFile.name}`, cgoLine: b.cgoFile.line, dir: b.pkg.dir || '.', error: (error ?? '').replace(/\n\t/g, ' '), pattern },
            evidence: { package: b.pkg.importPath, how: b.how, importStack: b.chain, line: l.text.slice(0, 200), goError: error },
            location: at(l.file, l.line, l.column),
            fixes: [{ kind: 'manual', title: fixTitle('enableCgo'), steps: [`Set CGO_ENABLED=1 for this build with a C compiler for the target, or add a file with //go:build !cgo to ${b.pkg.dir || '.'}.`], url: 'https://pkg.go.dev/cmd/cgo' }],
          });
        }
      }
    }
    return out;
  },
});
