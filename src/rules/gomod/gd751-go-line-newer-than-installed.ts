import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { compareGoVersions } from '../../knowledge/goversion.js';
import { at } from '../file-relations.js';

/** go.mod says go 1.27, the installed Go is 1.26: auto downloads a toolchain, local fails. */
export const gd751 = defineRule({
  id: 'GD751',
  name: 'go-line-newer-than-installed',
  category: 'gomod',
  severity: 'warning',
  title: 'go line newer than the installed Go',
  requires: ['files'],
  messages: {
    newer: '{file} requires go >= {goLine}, but the installed Go is {installed}: with GOTOOLCHAIN=auto every go command here downloads go{goLine} (golang.org/toolchain); with GOTOOLCHAIN=local it fails with "go.mod requires go >= {goLine}".',
  },
  fixTitles: {
    installGoOrLater: 'Install Go {value} or later',
  },
  sources: ['https://go.dev/doc/toolchain', 'src/cmd/go/internal/toolchain/select.go'],
  fixable: false,
  docs: {
    what: 'Compares the go line of each go.mod and go.work with the Go that `go version` reports on this machine (run once, with GOTOOLCHAIN=local, from a neutral directory).',
    why: 'Since Go 1.21 the go line is a minimum. The default GOTOOLCHAIN=auto then fetches a toolchain module through GOPROXY on first use (slow, and impossible offline or behind a proxy that blocks golang.org/toolchain); GOTOOLCHAIN=local, as in the golang Docker images and many distributions, stops the build.',
    fix: 'Install Go at least as new as the go line (https://go.dev/dl/), or lower the go line if the module does not need the newer language.',
  },
  check({ files }) {
    const out: Report<'newer'>[] = [];
    const installed = files.installedGo.version;
    if (!installed) return out;
    for (const m of files.mods) {
      if (!m.go || compareGoVersions(`go${m.go.value}`, installed) <= 0) continue;
      out.push({
        messageId: 'newer',
        data: { file: m.path, goLine: m.go.value, installed },
        evidence: { installed, goLine: m.go.value },
        location: at(m.path, m.go.line, m.go.column),
        fixes: [{ kind: 'manual', title: fixTitle('installGoOrLater', { value: m.go.value }), steps: [`Download go${m.go.value} from https://go.dev/dl/ and put it first on PATH.`], url: 'https://go.dev/doc/install' }],
      });
    }
    return out;
  },
});
