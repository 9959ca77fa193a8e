import { defineRule, fixTitle, type FixDraft } from '../../engine/define-rule.js';
import { compareGoVersions, goLang } from '../../knowledge/goversion.js';
import { shQuote } from '../../knowledge/shell-quote.js';
import { toolchainForGoLine } from '../../knowledge/toolchain-names.js';
import { TYPE_CHECKING_SOURCES, TYPE_CHECKING_TOOLS, typeCheckingTool, type TypeCheckingTool } from '../../knowledge/type-checking-tools.js';
import type { InstalledTool } from '../../facts/schema/tools.js';
import type { ProjectFacts } from '../../facts/schema/project.js';
import { golangciFor } from '../../knowledge/golangci-lint.js';
import { installPinnedCommand, pinnedTool, sourceGo, type SourceGo } from './tool-go.js';

/** gopls, golangci-lint, staticcheck, govulncheck built with a Go older than the code they must read. */
export const gd111 = defineRule({
  id: 'GD111',
  name: 'tool-built-with-older-go',
  category: 'toolchain',
  severity: 'warning',
  title: 'A Go tool was built with a Go older than the code it reads here',
  requires: ['tools'],
  messages: {
    tooOld: '{command} ({path}) was built with {toolGo}, older than go{need} ({because}): it type-checks with the go/types of {toolGo}, so it {failure}.',
  },
  fixTitles: {
    rebuildItWith: 'Install a release built with go{need} or newer',
    installThePinnedVersion: 'Install the version go.mod pins ({version}), built with go{need} or newer',
    installGolangciLint: 'Install golangci-lint {since} or later, a released binary',
    replaceThePackagedCopy: 'Replace the copy on PATH with one built by a newer Go',
  },
  sources: [...TYPE_CHECKING_SOURCES, ...TYPE_CHECKING_TOOLS.map((t) => t.source)],
  fixable: true,
  docs: {
    what: `Reads the build info of the programs in GOBIN (or each GOPATH/bin) and of the first ${TYPE_CHECKING_TOOLS.map((t) => t.command).join(', ')} on PATH, without running them, and compares the Go that built each listed tool with the newer of the module's (or workspace's) go line and the go that runs here.`,
    why: 'These tools parse and type-check source with the go/parser, go/types and export-data readers compiled into them. Since Go 1.21 go/types refuses packages whose go line is newer ("package requires newer Go version go1.27 (application built with go1.26)"); older builds fail on the newer standard library that `go list` hands them ("undeclared name: max", "internal error in importing"). A tool that ignores type errors (stringer) is not judged.',
    fix: 'Rebuild the same version of the tool with a Go at least as new: `go install PATH@VERSION` (with GOTOOLCHAIN naming a newer Go when the one that runs is older); a copy installed by a package manager is replaced or put behind GOBIN on PATH.',
  },
  check({ tools, all }) {
    const project = all.project?.ok ? all.project.value : null;
    const running = all.toolchains?.ok ? all.toolchains.value.installs[0]?.reportedVersion ?? null : null;
    const need = sourceGo(project, running);
    if (!need) return [];
    return tools.tools.flatMap((t) => {
      const known = typeCheckingTool(t.mainPackage);
      if (!known || !goLang(t.goVersion) || compareGoVersions(goLang(t.goVersion), need.lang) >= 0) return [];
      const needNumber = need.lang.replace(/^go/, '');
      return [{
        messageId: 'tooOld' as const,
        data: { command: t.command, path: t.path, toolGo: t.goVersion, need: needNumber, because: need.because, failure: known.failure },
        evidence: { tool: t, sourceGo: need.lang },
        fixes: rebuild(t, known, needNumber, need, project),
      }];
    });
  },
});

/**
 * Reinstall with a go new enough to read the code: the version go.mod pins when a tool directive
 * names it, a golangci-lint release that supports that Go, else the latest release.
 */
function rebuild(t: InstalledTool, known: TypeCheckingTool, need: string, source: SourceGo, project: ProjectFacts | null): FixDraft[] {
  const pin = pinnedTool(project, t.mainPackage);
  // In the module, `go install PKG` builds with the go the module selects; `go install PKG@V`
  // ignores the current module and builds with the go on PATH (or the one PKG@V's go.mod asks for).
  const builder = pin ? source.runs : source.local;
  const newEnough = builder && compareGoVersions(goLang(builder), `go${need}`) >= 0;
  const minimum = source.runs && compareGoVersions(goLang(source.runs), `go${need}`) >= 0 ? source.runs : toolchainForGoLine(need);
  const toolchain = newEnough ? '' : `GOTOOLCHAIN=${minimum}+auto `;
  let install: string;
  if (pin) install = installPinnedCommand(pin.gomod, t.mainPackage, toolchain);
  else if (known.command === 'golangci-lint') {
    // golangci-lint asks for its released binaries, not `go install` builds (its install docs).
    const since = golangciFor(need)?.since ?? 'the latest release';
    return [{ kind: 'manual', title: fixTitle('installGolangciLint', { since }), steps: [`Install golangci-lint ${since} or later from its releases (binary install script, package manager or golangci-lint-action)`, `Make it the first golangci-lint on PATH (today: ${t.path})`], url: 'https://golangci-lint.run/welcome/install/' }];
  } else install = `${toolchain}go install ${shQuote(`${t.mainPackage}@latest`)}`;
  const title = pin ? fixTitle('installThePinnedVersion', { need, version: pin.version }) : fixTitle('rebuildItWith', { need });
  if (t.from !== 'PATH') return [{ kind: 'command', title, shell: 'sh', command: install, safety: 'review' }];
  return [{
    kind: 'manual',
    title: fixTitle('replaceThePackagedCopy'),
    steps: [`Run: ${install}`, `Remove or upgrade ${t.path} (its package manager's copy), or put GOBIN before its directory on PATH`],
  }];
}
