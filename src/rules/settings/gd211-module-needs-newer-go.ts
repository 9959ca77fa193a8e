import { defineRule } from '../../engine/define-rule.js';

/** go.mod asks for a newer Go than runs: with GOTOOLCHAIN=local builds fail, with auto they download. */
export const gd211 = defineRule({
  id: 'GD211',
  name: 'module-needs-newer-go',
  category: 'settings',
  severity: 'error',
  title: 'The module here needs a newer Go than the one that runs',
  requires: ['project'],
  messages: {
    failLocal: '{file} requires go {required}, but {target} runs and GOTOOLCHAIN={gotoolchain} ({source}) forbids switching: {reason}.',
    failPath: '{file} requires {target}, and GOTOOLCHAIN={gotoolchain} only looks on PATH, where there is no {target}.',
    download: '{file} requires {target}: the go command will download {module} through GOPROXY on first use (GOTOOLCHAIN={gotoolchain} from {source}); offline machines and locked-down CI fail here.',
    usePath: '{file} requires {target}; the go command switches to the {target} found on PATH.',
  },
  sources: ['src/cmd/go/internal/toolchain/select.go', 'https://go.dev/doc/toolchain', 'https://go.dev/doc/go1.21#tools'],
  fixable: true,
  docs: {
    what: 'Predicts, without running anything, which toolchain the go command will use in the current module or workspace (go.work, else go.mod: go and toolchain lines against GOTOOLCHAIN), as toolchain/select.go does.',
    why: 'Since Go 1.21 the go line is a hard minimum. With GOTOOLCHAIN=local (the official Docker images set it) the build fails with "go.mod requires go >= X (running go Y; GOTOOLCHAIN=local)"; with auto the go command silently downloads golang.org/toolchain through GOPROXY, which fails offline and surprises reproducible builds.',
    fix: 'Install the required Go and put it first on PATH, or install a golang.org/dl wrapper (`go install golang.org/dl/goX.Y.Z@latest && goX.Y.Z download`) so the switch finds it on PATH, or lower the go line if the code allows.',
  },
  check({ project }) {
    const s = project.selection;
    if (!s || !s.file) return [];
    const data = { file: s.file, required: (s.required ?? '').replace(/^go/, ''), target: s.target ?? '', gotoolchain: s.gotoolchain || '(unset)', source: s.gotoolchainSource, reason: s.reason, module: s.downloadModule ?? '' };
    const ver = (s.target ?? '').replace(/^go/, '');
    const fixes = [
      { kind: 'command' as const, title: 'Get the required toolchain once, so the switch finds it on PATH', command: `go install golang.org/dl/${s.target}@latest && ${s.target} download`, safety: 'review' as const },
      { kind: 'manual' as const, title: 'Or install that release', steps: [`Install Go ${ver} from https://go.dev/dl/ and put its bin directory first on PATH`], url: 'https://go.dev/doc/install' },
    ];
    switch (s.action) {
      case 'fail-local': return [{ messageId: 'failLocal', data, evidence: { selection: s }, fixes: [...fixes, { kind: 'command' as const, title: 'Or allow the go command to download it', command: 'go env -w GOTOOLCHAIN=auto', safety: 'review' as const }] }];
      case 'fail-path': return [{ messageId: 'failPath', data, evidence: { selection: s }, fixes }];
      case 'download': return [{ messageId: 'download', severity: 'warning' as const, data, evidence: { selection: s }, fixes }];
      case 'use-path': return [{ messageId: 'usePath', severity: 'info' as const, data, evidence: { selection: s } }];
      default: return [];
    }
  },
});
