import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, dirOf, olderThan, shellLines } from '../file-relations.js';
import { unversionedInstallTargets } from '../../knowledge/go-command-kinds.js';

const provides = (modulePath: string, pkg: string) => pkg === modulePath || pkg.startsWith(`${modulePath}/`);
/** A line whose directory or branch is decided at run time: cd/pushd, if/elif/case, ||. */
const UNCERTAIN = /(^|[\s;&|(])(cd|pushd|if|elif|case)\s|\|\|/;

/** `go install host/pkg` with no @version, in a module that requires nothing providing it: go refuses. */
export const gd717 = defineRule({
  id: 'GD717',
  name: 'go-install-without-version-not-required',
  category: 'ci',
  severity: 'error',
  title: 'go install without a version, of a package no required module provides',
  requires: ['files'],
  messages: {
    unrequired: '`go install {pkg}` has no @version, so go resolves it through {gomod} (module {module}), which requires no module providing it: the step fails with "no required module provides package {pkg}; to add it: go get {pkg}".',
  },
  fixTitles: {
    pinOrRequire: 'Name a version, or require the tool in go.mod',
  },
  sources: ['src/cmd/go/internal/work/build.go', 'src/cmd/go/internal/modload/import.go', 'https://go.dev/ref/mod#go-install'],
  fixable: false,
  docs: {
    what: 'Reports `go install` of a remote package without @version in CI run:/script: lines and Makefile recipes, when the directory the line runs in (a step\'s working-directory, else the repository root; a Makefile\'s own directory) holds a go.mod (go 1.16 or later) that neither is the package\'s module nor requires one that provides it. Lines that change directory or branch (cd, if, case, ||), workspaces (go.work), GOFLAGS=-mod=mod, -C and -modfile are left alone.',
    why: 'Without a version, go install builds the package in the main module\'s context (cmd/go InstallPackages) and takes its version from the requirements; since Go 1.16 (-mod=readonly by default) a package no requirement provides stops the job with "no required module provides package …". It works only where GOFLAGS=-mod=mod lets go add the requirement, or on Go before 1.16.',
    fix: 'Install a pinned release (go install pkg@vX.Y.Z), or make it a tool of the module (Go 1.24+: go get -tool pkg@vX.Y.Z, then go tool NAME; before: require it through a tools.go).',
  },
  check({ files }) {
    const out: Report<'unrequired'>[] = [];
    // A workspace resolves through every module it uses: not judged here.
    if (files.mods.some((m) => m.kind === 'go.work')) return out;
    const modAt = new Map(files.mods.filter((m) => m.kind === 'go.mod').map((m) => [dirOf(m.path), m]));
    for (const l of shellLines(files)) {
      if (l.dir === null || UNCERTAIN.test(l.text)) continue;
      const mod = modAt.get(l.dir);
      const own = mod?.module?.value;
      if (!mod || !own || mod.errors.length || !mod.go || olderThan(mod.go.value, '1.16')) continue;
      for (const c of l.commands) {
        const goflags = c.env.GOFLAGS ?? l.exported.GOFLAGS ?? '';
        if (/(^|\s)-mod=mod(\s|$)/.test(goflags)) continue;
        for (const pkg of unversionedInstallTargets(c)) {
          if (provides(own, pkg) || (mod.requires ?? []).some((r) => provides(r.path, pkg)) || mod.tools.includes(pkg)) continue;
          out.push({
            messageId: 'unrequired',
            data: { pkg, gomod: mod.path, module: own },
            evidence: { line: l.text.slice(0, 200), dir: l.dir || '.' },
            location: at(l.file, l.line, l.column),
            fixes: [{ kind: 'manual', title: fixTitle('pinOrRequire'), steps: [`go install ${pkg}@vX.Y.Z   (a release from https://pkg.go.dev/${pkg}?tab=versions)`, `Go 1.24+: go get -tool ${pkg}@vX.Y.Z, then go tool ${pkg.split('/').at(-1)}`], url: 'https://go.dev/ref/mod#go-install' }],
          });
        }
      }
    }
    return out;
  },
});
