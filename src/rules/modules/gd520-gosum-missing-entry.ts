import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { WEAKENING_RULES } from './gosum-shared.js';
import { fetchedVersion } from '../../knowledge/gomod-replace.js';

type Id = 'noGoSum' | 'goModLine' | 'zipLine';

/** go.mod requires a module version go.sum cannot vouch for. */
export const gd520 = defineRule({
  id: 'GD520',
  name: 'gosum-missing-entry',
  category: 'modules',
  severity: 'error',
  title: 'go.mod requires a module version that go.sum has no line for',
  requires: ['project', 'gosum'],
  messages: {
    noGoSum: '{file} requires {count} module version(s) but {gosum} does not exist: go commands that load the module graph fail with "missing go.sum entry".',
    goModLine: '{module} {version} is required, but go.sum has no "{module} {version}/go.mod" line: go commands that load the module graph fail with "missing go.sum entry for go.mod file".',
    zipLine: '{module} {version} is a direct requirement, but go.sum has no "{module} {version}" line (the hash of its content): building its packages fails with "missing go.sum entry for module providing package".',
  },
  fixTitles: {
    writeGoSum: 'Write go.sum',
    addTheMissingLines: 'Add the missing lines (checked against the checksum database)',
  },
  sources: ['src/cmd/go/internal/modfetch/fetch.go', 'src/cmd/go/internal/modload/import.go', 'https://go.dev/ref/mod#go-sum-files', 'https://go.dev/ref/mod#authenticating'],
  fixable: true,
  docs: {
    what: `Reads go.mod and the go.sum beside it (no network) and reports each requirement (after replace directives; local directory replacements need no line) without a "/go.mod" hash line, and each direct requirement without a content hash line. In workspace mode go also reads go.work.sum, so nothing is reported there. Related: ${WEAKENING_RULES}, which switch off or hide this check.`,
    why: 'go.sum is how the go command authenticates every module it downloads. Since Go 1.16 builds run with -mod=readonly and refuse to add missing lines themselves, so a go.sum edited by hand, merged badly or not committed makes builds fail in CI; with GOFLAGS=-mod=mod the lines are added silently, from whatever the proxy serves when GOSUMDB is off.',
    fix: 'Run `go mod tidy` (or `go mod download <module>`) with the checksum database on, and commit go.sum.',
  },
  check({ project, gosum }) {
    const mod = project.gomod;
    if (!mod || gosum.workspace || !gosum.path) return [];
    const fetched = mod.requires.map((r) => ({ r, v: fetchedVersion(mod.replaces, r.path, r.version) })).filter((x): x is { r: (typeof mod.requires)[number]; v: { path: string; version: string } } => x.v !== null);
    if (fetched.length === 0) return [];
    if (!gosum.exists) {
      return [{ messageId: 'noGoSum', data: { file: mod.path, count: fetched.length, gosum: gosum.path }, location: { file: mod.path }, fixes: [{ kind: 'command', title: fixTitle('writeGoSum'), command: 'go mod tidy', safety: 'review' }] }];
    }
    const have = new Set(gosum.lines.map((l) => `${l.path} ${l.version}${l.goMod ? '/go.mod' : ''}`));
    const out: Report<Id>[] = [];
    for (const { r, v } of fetched) {
      const data = { module: v.path, version: v.version };
      const fix = { kind: 'command' as const, title: fixTitle('addTheMissingLines'), command: `go mod download ${v.path}@${v.version}`, safety: 'safe' as const };
      if (!have.has(`${v.path} ${v.version}/go.mod`)) out.push({ messageId: 'goModLine', data, location: { file: mod.path, line: r.line }, fixes: [fix] });
      else if (!r.indirect && !have.has(`${v.path} ${v.version}`)) out.push({ messageId: 'zipLine', data, location: { file: mod.path, line: r.line }, fixes: [fix] });
    }
    return out;
  },
});
