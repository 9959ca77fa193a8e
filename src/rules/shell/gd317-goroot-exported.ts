import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { loc, isUserFile } from './util.js';

/** A Homebrew Cellar version directory, /usr/local/go1.x, /usr/lib/go-1.x, sdk/go1.x: gone after an upgrade. */
const VERSIONED = /\/Cellar\/go(@[\d.]+)?\/\d[^/]*|\/go-?1\.\d+(\.\d+)?(rc\d+|beta\d+)?(\/|$)|\/go@1\.\d+/;

/** GOROOT exported by a startup file, judged from the text alone (the same on every machine). */
export const gd317 = defineRule({
  id: 'GD317',
  name: 'goroot-exported',
  category: 'shell',
  severity: 'info',
  title: 'A startup file exports GOROOT',
  requires: ['shells'],
  messages: {
    exported: '{file}:{line} exports GOROOT={value}: go finds its own installation from its executable, so this line only matters when it is wrong.',
    versioned: '{file}:{line} exports GOROOT={value}, a versioned install directory: the next upgrade removes it and every go command fails with "cannot find GOROOT directory".',
    binDir: '{file}:{line} exports GOROOT={value}, a bin directory: GOROOT must be the root of the installation (the directory that holds bin, src and pkg), so go cannot find its standard library.',
  },
  fixTitles: {
    deleteTheGorootExport: 'Delete the GOROOT export',
  },
  sources: ['src/cmd/go/internal/cfg/cfg.go', 'https://go.dev/doc/install/source#environment', 'https://docs.brew.sh/FAQ#what-does-keg-only-mean'],
  fixable: true,
  docs: {
    what: 'Reports every GOROOT export in a startup file, from its text: info in general, a warning when the value is a versioned install directory (a Homebrew Cellar version, /usr/local/go1.x, /usr/lib/go-1.x) and an error when it points at a bin directory. Unlike GD305 it does not depend on what is installed on the machine running godiag.',
    why: 'cmd/go finds GOROOT from its own executable (cfg.go findGOROOT); an exported GOROOT overrides that. A versioned directory breaks on the next upgrade, and `GOROOT=…/go/bin` makes every build fail with "package fmt is not in std".',
    fix: 'Delete the GOROOT export and put the installation\'s bin directory on PATH instead.',
  },
  check({ shells }) {
    const reports: Report<'exported' | 'versioned' | 'binDir'>[] = [];
    const seen = new Set<string>();
    for (const e of shells.events) {
      if (e.kind !== 'set' || e.name !== 'GOROOT' || !e.exported || !isUserFile(shells, e.file)) continue;
      const key = `${e.file}:${e.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const value = e.value ?? '';
      const messageId = e.known && /\/bin\/?$/.test(value) ? 'binDir' : e.known && VERSIONED.test(value) ? 'versioned' : 'exported';
      reports.push({
        messageId, severity: messageId === 'binDir' ? 'error' : messageId === 'versioned' ? 'warning' : 'info', location: loc(e),
        data: { file: e.file, line: e.line, value: e.known ? value : `${e.text.replace(/^export\s+GOROOT=/, '')} (computed at startup)` },
        evidence: { text: e.text, readBy: e.readBy },
        fixes: [{ kind: 'edit', title: fixTitle('deleteTheGorootExport'), file: e.file, range: { startLine: e.line, endLine: e.line }, replacement: '', safety: 'review' }],
      });
    }
    return reports;
  },
});
