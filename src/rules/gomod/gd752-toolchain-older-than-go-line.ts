import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { compareGoVersions } from '../../knowledge/goversion.js';
import { at, lineEdit } from '../file-relations.js';

/** `go 1.23` with `toolchain go1.22.5`: the toolchain line is dead weight that misleads readers. */
export const gd752 = defineRule({
  id: 'GD752',
  name: 'toolchain-older-than-go-line',
  category: 'gomod',
  severity: 'warning',
  title: 'toolchain line older than the go line',
  requires: ['files'],
  messages: {
    older: '`toolchain {toolchain}` in {file} is older than `go {goLine}`: toolchain selection ignores it (it only counts when newer than the go line), so it suggests a version that is never used.',
  },
  fixTitles: {
    removeTheToolchainLine: 'Remove the toolchain line',
  },
  sources: ['src/cmd/go/internal/toolchain/select.go', 'https://go.dev/doc/toolchain#config'],
  fixable: true,
  docs: {
    what: 'Reports go.mod and go.work files whose toolchain line names a Go older than the go line.',
    why: 'The go command uses the toolchain line only when it is newer than the go line (toolchain/select.go). An older one usually survives a hand edit of the go line; readers and tools that trust it (CI scripts parsing go.mod, Renovate) then pick a Go that cannot build the module.',
    fix: 'Delete the toolchain line, or raise it to at least the go line (`go get toolchain@go1.N.P`).',
  },
  check({ files }) {
    const out: Report<'older'>[] = [];
    for (const m of files.mods) {
      if (!m.go || !m.toolchain || m.toolchain.value === 'default') continue;
      const tv = m.toolchain.value.replace(/^.*?-?(go1[^-]*)$/, '$1');
      if (compareGoVersions(tv, `go${m.go.value}`) >= 0) continue;
      out.push({
        messageId: 'older',
        data: { toolchain: m.toolchain.value, goLine: m.go.value, file: m.path },
        evidence: { toolchain: m.toolchain.value, goLine: m.go.value },
        location: at(m.path, m.toolchain.line, m.toolchain.column),
        fixes: [lineEdit(fixTitle('removeTheToolchainLine'), m.path, m.toolchain.line, m.toolchain.line, '')],
      });
    }
    return out;
  },
});
