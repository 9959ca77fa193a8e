import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { fetchedVersion } from '../../knowledge/gomod-replace.js';

/** Content hashes of versions go.mod no longer selects. */
export const gd521 = defineRule({
  id: 'GD521',
  name: 'gosum-stale-entry',
  category: 'modules',
  severity: 'info',
  title: 'go.sum holds content hashes of module versions no longer required',
  requires: ['project', 'gosum'],
  messages: {
    stale: '{gosum} holds the content hash of {count} module version(s) go.mod no longer requires: {entries}. They are left from older requirements; `go mod tidy` removes them.',
  },
  fixTitles: {
    tidyGoModAnd: 'Tidy go.mod and go.sum',
  },
  sources: ['https://go.dev/ref/mod#go-sum-files', 'src/cmd/go/internal/modload/init.go'],
  fixable: true,
  docs: {
    what: 'Lists go.sum content-hash lines ("module version h1:...", not "/go.mod" lines) for a module that go.mod requires at another version. "/go.mod" lines of other versions are kept: go needs them to load the module graph.',
    why: 'Only the selected version of a module is downloaded and built, so the other content hashes are never consulted. They are harmless but hide what the project really depends on, and make reviews of go.sum changes noisier.',
    fix: 'Run `go mod tidy`.',
  },
  check({ project, gosum }) {
    const mod = project.gomod;
    if (!mod || gosum.workspace || !gosum.exists) return [];
    const required = new Map<string, string>();
    for (const r of mod.requires) {
      const v = fetchedVersion(mod.replaces, r.path, r.version);
      if (v) required.set(v.path, v.version);
    }
    const stale = gosum.lines.filter((l) => !l.goMod && required.has(l.path) && required.get(l.path) !== l.version);
    if (stale.length === 0) return [];
    const shown = stale.slice(0, 8).map((l) => `${l.path} ${l.version} (line ${l.line}; required: ${required.get(l.path)})`).join(', ');
    return [{
      messageId: 'stale',
      data: { gosum: gosum.path ?? 'go.sum', count: stale.length, entries: stale.length > 8 ? `${shown} and ${stale.length - 8} more` : shown },
      location: { file: gosum.path ?? 'go.sum', line: stale[0]!.line },
      fixes: [{ kind: 'command', title: fixTitle('tidyGoModAnd'), command: 'go mod tidy', safety: 'review' }],
    }];
  },
});
