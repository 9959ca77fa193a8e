import { defineRule, type Report } from '../../engine/define-rule.js';

const norm = (p: string) => p.replace(/[/\\]+$/, '');

/** GOPATH equal to or inside GOROOT: go ignores it or mixes user code into the toolchain tree. */
export const gd203 = defineRule({
  id: 'GD203',
  name: 'gopath-overlaps-goroot',
  category: 'settings',
  severity: 'warning',
  title: 'GOPATH is GOROOT or inside it',
  requires: ['goenv'],
  messages: {
    same: 'GOPATH entry {entry} is GOROOT: go warns "both GOPATH and GOROOT are the same directory" and the entry has no effect.',
    inside: 'GOPATH entry {entry} is inside GOROOT {goroot}: the module cache and installed tools land inside the toolchain tree and are lost or mixed on the next upgrade.',
  },
  sources: ['src/cmd/go/main.go', 'https://pkg.go.dev/cmd/go#hdr-GOPATH_environment_variable'],
  fixable: true,
  docs: {
    what: 'Compares each GOPATH entry with GOROOT.',
    why: 'GOPATH holds the module cache (GOPATH/pkg/mod) and installed binaries (GOPATH/bin); GOROOT holds the toolchain. Go ignores a GOPATH equal to GOROOT, and an entry inside GOROOT is deleted with the next "rm -rf /usr/local/go" upgrade.',
    fix: 'Unset GOPATH to use the default ($HOME/go), or set it to a directory outside GOROOT.',
  },
  check({ goenv }) {
    const goroot = goenv.settings.GOROOT?.value;
    const gopath = goenv.settings.GOPATH;
    if (!goroot || !gopath?.value) return [];
    const sep = gopath.value.includes(';') ? ';' : ':';
    return gopath.value.split(sep).filter(Boolean).flatMap((entry): Report<'same' | 'inside'>[] => {
      const e = norm(entry);
      const r = norm(goroot);
      const fixes = [{ kind: 'command' as const, title: 'Use the default GOPATH', command: gopath.source === 'user-file' ? 'go env -u GOPATH' : 'unset GOPATH   # and remove the export from your startup files', safety: 'review' as const }];
      if (e === r) return [{ messageId: 'same' as const, data: { entry }, evidence: { GOROOT: goroot, GOPATH: gopath.value, source: gopath.source }, fixes }];
      if (e.startsWith(r + '/') || e.startsWith(r + '\\')) return [{ messageId: 'inside' as const, data: { entry, goroot }, evidence: { source: gopath.source }, fixes }];
      return [];
    });
  },
});
