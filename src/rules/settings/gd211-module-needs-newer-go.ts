import { defineRule, fixTitle, type Report, type FixDraft } from '../../engine/define-rule.js';
import { toolchainForGoLine } from '../../knowledge/toolchain-names.js';
import { gotoolchainFixes, GOTOOLCHAIN_FIX_TITLES } from './gotoolchain-fixes.js';

type Id = 'failLocal' | 'failPath' | 'download' | 'failDownload' | 'useCache' | 'usePath' | 'oldGo';

/** go.mod asks for a newer Go than runs: with GOTOOLCHAIN=local builds fail, with auto they switch or download. */
export const gd211 = defineRule({
  id: 'GD211',
  name: 'module-needs-newer-go',
  category: 'settings',
  severity: 'error',
  title: 'The module here needs a newer Go than the one that runs',
  requires: ['project'],
  messages: {
    failLocal: '{file} requires go {required}, but {local} runs and GOTOOLCHAIN={gotoolchain} (from {source}) forbids switching: every go command here fails with "go.mod requires go >= {required} (running go {localNumber}; GOTOOLCHAIN={gotoolchain})".',
    failPath: '{file} requires go {required}, and GOTOOLCHAIN={gotoolchain} (from {source}) only looks on PATH, where there is no {target}: "cannot find \\"{target}\\" in PATH".',
    download: '{file} requires go {required}: {target} is neither on PATH nor in the module cache, so the first go command here downloads {module} through GOPROXY (GOTOOLCHAIN={gotoolchain} from {source}); offline machines and locked-down CI fail here.',
    failDownload: '{file} requires go {required}: {target} is neither on PATH nor in the module cache, and GOPROXY=off forbids the download, so every go command here fails with "download {target} for {platform}: toolchain not available".',
    useCache: '{file} requires go {required}: every go command here runs {target} from the module cache ({cachedPath}), not the {local} on PATH.',
    usePath: '{file} requires go {required}; every go command here switches to the {target} found on PATH.',
    oldGo: '{file} requires go {required}, but {local} runs: {reason}.',
  },
  fixTitles: {
    ...GOTOOLCHAIN_FIX_TITLES,
    installGoAndPut: 'Install Go {need} and put its bin directory first on PATH',
    orGetOnceWith: 'Or get {need} once with its golang.org/dl wrapper (needs network; then run it as {need}, or let GOTOOLCHAIN=auto find it on PATH)',
    downloadNowWhileOnline: 'Download {need} now, while online, into the module cache',
    downloadOnceThroughThe: 'Download {need} once through the module mirror (GOPROXY=off blocks it)',
  },
  sources: ['src/cmd/go/internal/toolchain/select.go (Select, Exec)', 'src/cmd/go/internal/gover/toolchain.go', 'https://go.dev/doc/toolchain', 'https://go.dev/doc/go1.21#tools'],
  fixable: true,
  docs: {
    what: 'Predicts, without running anything, which toolchain the go command uses in the current module or workspace (go.work, else go.mod: go and toolchain lines against GOTOOLCHAIN), as toolchain/select.go Select and Exec do: a goV on PATH first, then the module cache, then a download through GOPROXY. A go older than 1.21 has no selection at all.',
    why: 'Since Go 1.21 the go line is a hard minimum. With GOTOOLCHAIN=local (the official Docker images set it) the build fails with "go.mod requires go >= X (running go Y; GOTOOLCHAIN=local)"; with auto the go command runs goX from the module cache or downloads golang.org/toolchain through GOPROXY, which fails offline or with GOPROXY=off ("toolchain not available"). Go 1.19 and 1.20 ignore GOTOOLCHAIN and reject a go line with a patch version or a toolchain line when parsing go.mod.',
    fix: 'Allow the switch where GOTOOLCHAIN comes from (`go env -w` does not beat an exported variable), or install the required release and put it first on PATH (or run its golang.org/dl wrapper by name), or lower the go line if the code allows.',
  },
  check({ project }) {
    const s = project.selection;
    if (!s || !s.file || !s.required) return [];
    const goLine = s.required.replace(/^go/, '');
    // Only the go line makes this rule's claim; a GOTOOLCHAIN or toolchain-line switch is GD109's.
    // (Facts saved before targetFrom existed carry null: then the go line is the only reason known.)
    if (s.targetFrom !== 'go-line' && s.targetFrom !== null && s.action !== 'fail-local' && s.action !== 'old-go') return [];
    const need = toolchainForGoLine(goLine);
    const data = {
      file: s.file, required: goLine, target: s.target ?? '', local: s.local || 'the go on PATH', localNumber: s.local.replace(/^go/, '') || '?',
      gotoolchain: s.gotoolchain || '(unset)', source: s.gotoolchainSource, module: s.downloadModule ?? '', cachedPath: s.cachedPath ?? '',
      platform: (s.downloadModule ?? '').replace(/^.*\.([a-z0-9]+)-([a-z0-9]+)$/, '$1/$2'), reason: s.reason,
    };
    const install: FixDraft[] = [
      { kind: 'manual', title: fixTitle('installGoAndPut', { need: need.replace(/^go/, '') }), steps: [`Download ${need} from https://go.dev/dl/ (or your package manager)`, 'Put its bin directory before any other go on PATH in your login shell file'], url: 'https://go.dev/doc/install' },
    ];
    const wrapper: FixDraft = { kind: 'command', title: fixTitle('orGetOnceWith', { need }), command: `go install golang.org/dl/${need}@latest && ${need} download`, safety: 'review' };
    const one = (messageId: Id, fixes: FixDraft[], severity?: 'warning' | 'info'): Report<Id>[] => [{ messageId, data, evidence: { selection: s }, fixes, ...(severity ? { severity } : {}) }];
    switch (s.action) {
      case 'fail-local': return one('failLocal', [...gotoolchainFixes(s.gotoolchainSource, 'auto', `the go command then runs ${need} from PATH, the module cache or a download`), wrapper, ...install]);
      case 'fail-path': return one('failPath', [wrapper, ...install]);
      case 'download': return one('download', [{ kind: 'command', title: fixTitle('downloadNowWhileOnline', { need }), command: `GOTOOLCHAIN=${need} go version`, safety: 'review' }, ...install], 'warning');
      case 'fail-download': return one('failDownload', [{ kind: 'command', title: fixTitle('downloadOnceThroughThe', { need }), shell: 'sh', command: `GOPROXY=https://proxy.golang.org GOTOOLCHAIN=${need} go version`, safety: 'review' }, ...install]);
      case 'use-cache': return one('useCache', [], 'info');
      case 'use-path': return one('usePath', [], 'info');
      case 'old-go': return one('oldGo', install);
      default: return [];
    }
  },
});
