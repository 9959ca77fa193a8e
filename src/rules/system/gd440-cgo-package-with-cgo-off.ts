import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { cgoBreaks, buildTags, goError, packageDirIn, resolvePatterns } from '../cgo-build.js';

/** The module in --cwd has packages whose every file imports "C", and cgo is off on this machine. */
export const gd440 = defineRule({
  id: 'GD440',
  name: 'cgo-package-with-cgo-off',
  category: 'system',
  severity: 'error',
  title: 'Package needs cgo, and cgo is off here',
  requires: ['project', 'system'],
  messages: {
    imported: 'cgo is off here ({why}), and package {pkg} of this module needs cgo: {file} imports "C" (line {cgoLine}) and no file of {dir} builds without cgo. `go build ./...` fails with: {error}',
    named: 'cgo is off here ({why}), and the package in this directory, {pkg}, needs cgo: {file} imports "C" (line {cgoLine}) and no file builds without cgo. `go build` fails with: {error}',
    skipped: 'cgo is off here ({why}): package {pkg} ({file} imports "C", line {cgoLine}) has no file that builds without cgo, so `go build ./...` leaves it out without a word, and `go build ./{dir}` fails with: {error}',
  },
  fixTitles: {
    installCompiler: 'Turn cgo on (install a C compiler, unset CGO_ENABLED=0), or give the package a file with //go:build !cgo',
  },
  sources: ['src/go/build/build.go', 'src/cmd/go/internal/load/pkg.go', 'src/cmd/go/internal/cfg/cfg.go', 'https://go.dev/doc/go1.20#cgo', 'https://pkg.go.dev/cmd/cgo'],
  fixable: false,
  docs: {
    what: 'When `go env CGO_ENABLED` is 0 on this machine — set explicitly, a GOOS/GOARCH other than the machine\'s (a cross-compile), or no C compiler on PATH (Go 1.20+) — reads the packages of the module in --cwd and of the local modules it replaces (build constraints, _GOOS/_GOARCH file names, `import "C"`, imports) and reports those with no file left without cgo: imported by a package of the module (`go build ./...` fails), the package in the current directory (`go build` fails), or only matched by `./...` (left out silently).',
    why: 'go/build leaves a file that imports "C" out of its package when cgo is disabled; a package whose every file needs cgo then has none, and go fails with "build constraints exclude all Go files in DIR". That cgo is off is often not chosen: a cross-compile turns it off even with CC set, and Go 1.20+ turns it off when no C compiler is found.',
    fix: 'Install a C compiler (and unset CGO_ENABLED=0, or set it to 1 with a cross C compiler for another target), or give the package a pure-Go fallback file with //go:build !cgo.',
  },
  check({ project, system, all }) {
    const out: Report<'imported' | 'named' | 'skipped'>[] = [];
    const pk = project.packages;
    const cgo = system.cgo;
    if (!pk || !pk.cgoFiles || cgo.enabled !== false || !cgo.goos || !cgo.goarch) return out;
    const why = cgo.reason === 'explicit' ? `CGO_ENABLED=0, from ${cgo.enabledSource ?? 'the environment'}`
      : cgo.reason === 'cross-compile' ? `GOOS/GOARCH ${cgo.goos}/${cgo.goarch} is not this machine's ${cgo.hostGoos}/${cgo.hostGoarch}: a cross-compile`
      : cgo.reason === 'no-compiler' ? `no C compiler: ${cgo.cc?.setting ?? 'gcc'} is not on PATH, and Go 1.20+ then turns cgo off`
      : 'go env CGO_ENABLED=0';
    const goflags = all.goenv?.ok ? all.goenv.value.settings.GOFLAGS?.value : undefined;
    const goVersion = system.go.installs[0]?.version ?? null;
    const target = { goos: cgo.goos, goarch: cgo.goarch, cgo: false, tags: buildTags([], goflags), goVersion };
    const rel = project.cwd === pk.root ? '' : project.cwd.startsWith(`${pk.root}/`) ? project.cwd.slice(pk.root.length + 1) : null;
    const here = rel === null ? null : resolvePatterns(pk, rel, ['.']);
    const all_ = resolvePatterns(pk, '', ['./...']);
    if (!all_) return out;
    const breaks = cgoBreaks(pk, target, { named: here?.named ?? [], wild: all_.wild });
    for (const b of breaks) {
      const dir = packageDirIn(pk.root, b.pkg.dir);
      const error = goError(b.how === 'skipped' ? { ...b, how: 'named' } : b, dir)!;
      out.push({
        messageId: b.how,
        ...(b.how === 'skipped' ? { severity: 'warning' as const } : {}),
        data: { why, pkg: b.pkg.importPath, file: `${b.pkg.dir ? `${b.pkg.dir}/` : ''}${b.cgoFile.name}`, cgoLine: b.cgoFile.line, dir: b.pkg.dir || '.', error: error.replace(/\n\t/g, ' ') },
        evidence: { reason: cgo.reason, package: b.pkg.importPath, how: b.how, importStack: b.chain, goError: error },
        location: { file: `${dir}/${b.cgoFile.name}`, line: b.cgoFile.line },
        fixes: [{ kind: 'manual', title: fixTitle('installCompiler'), steps: [cgo.reason === 'no-compiler' ? 'Install a C compiler (gcc), or set CC to one.' : cgo.reason === 'cross-compile' ? `Build for ${cgo.goos}/${cgo.goarch} with CGO_ENABLED=1 and CC set to a cross C compiler for that target.` : 'Unset CGO_ENABLED=0 (or set CGO_ENABLED=1) where it comes from.', `Or add a file with //go:build !cgo to ${b.pkg.dir || '.'} providing what the cgo files provide.`], url: 'https://pkg.go.dev/cmd/cgo' }],
      });
    }
    return out;
  },
});
