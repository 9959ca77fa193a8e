import { defineRule, fixTitle, type FixDraft } from '../../engine/define-rule.js';

/** No `go` on PATH: nothing else can work until one is installed or PATH fixed. */
export const gd101 = defineRule({
  id: 'GD101',
  name: 'no-go-on-path',
  category: 'toolchain',
  severity: 'error',
  title: 'No go command on PATH',
  requires: ['toolchains'],
  messages: {
    none: 'No `go` found in any of the {count} PATH entries.',
    offPath: 'No `go` on PATH, but a Go install exists at {path} ({version}); its bin directory is not on PATH.',
  },
  fixTitles: {
    addItToPath: 'Add it to PATH for login shells',
    addItToPath2: 'Add it to PATH in fish',
    installGoFromThe: 'Install Go from the official archive',
    orTheDistributionPackage: 'Or the distribution package',
    orHomebrew: 'Or Homebrew',
  },
  sources: ['https://go.dev/doc/install', 'https://go.dev/wiki/Ubuntu'],
  fixable: true,
  docs: {
    what: 'Reports when no executable named go (go.exe on Windows) is found in any PATH directory.',
    why: 'Every Go command, IDE and build script runs the first go on PATH; without one nothing builds. An install whose bin directory is missing from PATH is the usual cause after a tarball install.',
    fix: 'Install Go (https://go.dev/doc/install) or add the bin directory of an existing install to PATH in the startup file of the shell and context that needs it.',
  },
  check({ toolchains }) {
    if (toolchains.installs.length > 0) return [];
    const existing = toolchains.offPath.find((g) => g.reportedVersion || g.versionFile);
    if (existing) {
      const bin = existing.path.replace(/[/\\]go(\.exe)?$/, '');
      const fixes: FixDraft[] = [
        { kind: 'command', title: fixTitle('addItToPath'), shell: 'sh', command: `echo 'export PATH="$PATH:${bin}"' >> ~/.profile`, safety: 'review' },
        { kind: 'command', title: fixTitle('addItToPath2'), shell: 'fish', command: `fish_add_path ${bin}`, safety: 'review' },
      ];
      return [{
        messageId: 'offPath',
        data: { path: existing.path, version: existing.reportedVersion ?? existing.versionFile ?? 'unknown version' },
        evidence: { pathEntries: toolchains.pathEntries.map((e) => e.dir) },
        fixes,
      }];
    }
    return [{
      messageId: 'none',
      data: { count: toolchains.pathEntries.length },
      evidence: { pathEntries: toolchains.pathEntries.map((e) => e.dir) },
      fixes: [
        { kind: 'manual', title: fixTitle('installGoFromThe'), steps: ['Download the archive for your platform from https://go.dev/dl/', 'rm -rf /usr/local/go && tar -C /usr/local -xzf go*.linux-*.tar.gz', 'Add /usr/local/go/bin to PATH in ~/.profile'], url: 'https://go.dev/doc/install' },
        { kind: 'command', title: fixTitle('orTheDistributionPackage'), os: 'debian', command: 'sudo apt-get install golang-go', safety: 'review' },
        { kind: 'command', title: fixTitle('orHomebrew'), os: 'darwin', command: 'brew install go', safety: 'review' },
      ],
    }];
  },
});
