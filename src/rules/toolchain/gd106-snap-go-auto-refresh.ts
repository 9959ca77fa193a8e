import { defineRule, fixTitle } from '../../engine/define-rule.js';

/** The Go snap follows its channel: the toolchain version can change underneath a project. */
export const gd106 = defineRule({
  id: 'GD106',
  name: 'snap-go-auto-refresh',
  category: 'toolchain',
  severity: 'info',
  title: 'The go that runs comes from a snap that refreshes automatically',
  requires: ['toolchains'],
  messages: {
    snap: '{path} is the Go snap ({version}); snapd refreshes it along its tracked channel, and its GOROOT path changes with each revision.',
  },
  fixTitles: {
    stayOnOneGo: 'Stay on one Go release',
  },
  sources: ['https://snapcraft.io/docs/managing-updates', 'https://snapcraft.io/go'],
  fixable: true,
  docs: {
    what: 'Reports when the winning go lives under /snap.',
    why: 'snapd refreshes snaps in the background, so the Go version can change without anyone running an install, and tools that stored /snap/go/<revision> as GOROOT break after a refresh.',
    fix: 'Track a versioned channel (for example 1.22/stable) so refreshes stay within one Go release, or install from the official archive or the distribution package.',
  },
  check({ toolchains }) {
    const first = toolchains.installs[0];
    if (!first || first.installKind !== 'snap') return [];
    const minor = /^go(\d+\.\d+)/.exec(first.reportedVersion ?? '')?.[1];
    return [{
      messageId: 'snap',
      data: { path: first.path, version: first.reportedVersion ?? 'unknown version' },
      evidence: { realPath: first.realPath, goroot: first.goroot },
      fixes: [{ kind: 'command', title: fixTitle('stayOnOneGo'), os: 'linux', command: `sudo snap refresh go --channel=${minor ?? '1.N'}/stable`, safety: 'review' }],
    }];
  },
});
