import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';

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
    same: 'GOPATH={entry} is GOROOT: every go command prints a warning (go1.26.8: "warning: both GOPATH and GOROOT are the same directory ({entry})"; go1.19.8: "warning: GOPATH set to GOROOT ({entry}) has no effect"), and the module cache ({entry}/pkg/mod) and go install ({entry}/bin) write into the Go installation.',
    inside: 'GOPATH entry {entry} is GOROOT {goroot} or inside it: go prints no warning, but the module cache and installed tools land inside the toolchain tree and are lost or mixed on the next upgrade.',
  },
  fixTitles: {
    useTheDefaultGopath: 'Use the default GOPATH',
  },
  sources: ['src/cmd/go/main.go (main: the GOPATH = GOROOT warning)', 'src/cmd/go/internal/modfetch/cache.go (module cache under GOPATH/pkg/mod)', 'https://pkg.go.dev/cmd/go#hdr-GOPATH_environment_variable'],
  fixable: true,
  docs: {
    what: 'Compares each GOPATH entry with GOROOT.',
    why: 'GOPATH holds the module cache (GOPATH/pkg/mod) and installed binaries (GOPATH/bin); GOROOT holds the toolchain. A GOPATH equal to GOROOT is not ignored: cmd/go/main.go only warns (the text changed between releases; go1.19.8 says "has no effect", which is true only of GOPATH/src lookups), and `go env GOMODCACHE` then names GOROOT/pkg/mod, so downloads and installs land in the toolchain tree and vanish with the next "rm -rf /usr/local/go" upgrade. The check compares the whole GOPATH value with GOROOT, so an entry inside GOROOT gets no warning at all.',
    fix: 'Unset GOPATH to use the default ($HOME/go), or set it to a directory outside GOROOT.',
  },
  check({ goenv }) {
    const goroot = goenv.settings.GOROOT?.value;
    const gopath = goenv.settings.GOPATH;
    if (!goroot || !gopath?.value) return [];
    const sep = gopath.value.includes(';') ? ';' : ':';
    const entries = gopath.value.split(sep).filter(Boolean);
    return entries.flatMap((entry): Report<'same' | 'inside'>[] => {
      const e = norm(entry);
      const r = norm(goroot);
      const fixes = [{ kind: 'command' as const, title: fixTitle('useTheDefaultGopath'), command: gopath.source === 'user-file' ? 'go env -u GOPATH' : 'unset GOPATH   # and remove the export from your startup files', safety: 'review' as const }];
      // main.go compares the whole value: one of several entries equal to GOROOT gets no warning.
      if (e === r && entries.length === 1) return [{ messageId: 'same' as const, data: { entry }, evidence: { GOROOT: goroot, GOPATH: gopath.value, source: gopath.source }, fixes }];
      if (e === r || e.startsWith(r + '/') || e.startsWith(r + '\\')) return [{ messageId: 'inside' as const, data: { entry, goroot }, evidence: { source: gopath.source }, fixes }];
      return [];
    });
  },
});
