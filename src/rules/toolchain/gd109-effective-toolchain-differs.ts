import { defineRule, fixTitle, type Report, type FixDraft } from '../../engine/define-rule.js';
import { gotoolchainFixes, GOTOOLCHAIN_FIX_TITLES } from '../settings/gotoolchain-fixes.js';

type Id = 'usePath' | 'useCache' | 'download' | 'failDownload' | 'failPath';

/**
 * GOTOOLCHAIN=goV, or a toolchain line above the local release under auto: every go command
 * hands over to another toolchain (toolchain/select.go Select → Exec), so `go version` on PATH
 * is not what builds. The go line's own minimum is GD211's.
 */
export const gd109 = defineRule({
  id: 'GD109',
  name: 'effective-toolchain-differs',
  category: 'toolchain',
  severity: 'warning',
  title: 'Every go command here runs another toolchain than the go on PATH',
  requires: ['project'],
  messages: {
    usePath: 'Every go command in {dir} runs {target}, not the {local} on PATH: {why}. Exec finds {target} on PATH and runs it.',
    useCache: 'Every go command in {dir} runs {target}, not the {local} on PATH: {why}. It runs from the module cache ({cachedPath}).',
    download: 'Every go command in {dir} runs {target}, not the {local} on PATH: {why}. {target} is not downloaded yet: the first go command fetches {module} through GOPROXY, which fails offline.',
    failDownload: 'Every go command in {dir} needs {target}, not the {local} on PATH: {why}. {target} is not downloaded and GOPROXY=off forbids it, so every go command fails with "download {target} for {platform}: toolchain not available".',
    failPath: 'Every go command in {dir} needs {target}, not the {local} on PATH: {why}, and only looks on PATH, where there is no {target}: "cannot find \\"{target}\\" in PATH".',
  },
  fixTitles: {
    ...GOTOOLCHAIN_FIX_TITLES,
    dropTheToolchainLine: 'Drop the toolchain line if the switch is not wanted (run in {value})',
    orDownloadNowWhile: 'Or download {target} now, while online',
  },
  sources: ['src/cmd/go/internal/toolchain/select.go (Select, Exec)', 'src/cmd/go/internal/modfetch/fetch.go (Download)', 'https://go.dev/doc/toolchain#select'],
  fixable: true,
  docs: {
    what: 'Predicts the toolchain every go command runs in the project directory, as toolchain/select.go does: GOTOOLCHAIN=goV (or goV+auto / goV+path) sets a minimum, and under auto or path a go.mod or go.work toolchain line above it wins. Exec then looks for goV on PATH, then in the module cache (GOMODCACHE/golang.org/toolchain@v0.0.1-goV.GOOS-GOARCH), then downloads it unless the mode is +path. Reports where it comes from and whether it is already downloaded.',
    why: 'The go command re-executes the selected toolchain before doing anything, `go version` and `go env` included, so the go on PATH (and its version) is not what builds. A toolchain that is not downloaded yet fails on offline machines and with GOPROXY=off ("toolchain not available").',
    fix: 'If the switch is unintended, change GOTOOLCHAIN where it comes from (an exported variable beats `go env -w`) or drop the toolchain line (`go mod edit -toolchain=none`); if intended, download the toolchain once while online.',
  },
  check({ project }) {
    const s = project.selection;
    if (!s || !s.target || (s.targetFrom !== 'GOTOOLCHAIN' && s.targetFrom !== 'toolchain-line')) return [];
    const why = s.targetFrom === 'GOTOOLCHAIN'
      ? `GOTOOLCHAIN=${s.gotoolchain} (from ${s.gotoolchainSource}) selects it`
      : `the toolchain line of ${s.file} asks for it and GOTOOLCHAIN=${s.gotoolchain} (from ${s.gotoolchainSource}) allows the switch`;
    const data = { dir: project.cwd, target: s.target, local: s.local, why, cachedPath: s.cachedPath ?? '', module: s.downloadModule ?? '', platform: (s.downloadModule ?? '').replace(/^.*\.([a-z0-9]+)-([a-z0-9]+)$/, '$1/$2') };
    const undo: FixDraft[] = s.targetFrom === 'GOTOOLCHAIN'
      ? gotoolchainFixes(s.gotoolchainSource, 'auto', `to run the go on PATH unless a go.mod needs newer`)
      : [{ kind: 'command', title: fixTitle('dropTheToolchainLine', { value: s.file ? s.file.replace(/\/[^/]+$/, '') : 'the module' }), command: 'go mod edit -toolchain=none', safety: 'review' }];
    const fetch: FixDraft = { kind: 'command', title: fixTitle('orDownloadNowWhile', { target: s.target }), shell: 'sh', command: `GOPROXY=https://proxy.golang.org,direct GOTOOLCHAIN=${s.target} go version`, safety: 'review' };
    const one = (messageId: Id, fixes: FixDraft[], severity?: 'info' | 'error'): Report<Id>[] => [{ messageId, data, evidence: { selection: s }, fixes, ...(severity ? { severity } : {}) }];
    switch (s.action) {
      case 'use-path': return one('usePath', undo, 'info');
      case 'use-cache': return one('useCache', undo);
      case 'download': return one('download', [...undo, fetch]);
      case 'fail-download': return one('failDownload', [...undo, fetch], 'error');
      case 'fail-path': return one('failPath', undo, 'error');
      default: return [];
    }
  },
});
