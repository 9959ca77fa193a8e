import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { WEAKENING_RULES } from './gosum-shared.js';

/** go.sum and the module cache disagree about a module version. */
export const gd522 = defineRule({
  id: 'GD522',
  name: 'gosum-cache-mismatch',
  category: 'modules',
  severity: 'error',
  title: 'go.sum and the module cache disagree about a module version',
  requires: ['gosum'],
  messages: {
    mismatch: 'go.sum line {line} records {gosum} for {module} {version}{what}, but the module cache holds {cache} ({file}): go.sum or the cache was altered, and go commands using it fail with "checksum mismatch ... SECURITY ERROR".',
  },
  fixTitles: {
    reHashTheModule: 'Re-hash the module cache against what go recorded',
  },
  sources: ['src/cmd/go/internal/modfetch/fetch.go', 'src/cmd/go/internal/modfetch/cache.go', 'https://go.dev/ref/mod#module-cache', 'https://pkg.go.dev/golang.org/x/mod/sumdb/dirhash#Hash1'],
  fixable: true,
  docs: {
    what: `Offline, compares each go.sum line with the module cache: the content hash with the .ziphash go wrote after downloading the zip, and the "/go.mod" hash with the h1 (dirhash Hash1) of the cached .mod file, and reports both hashes where they differ. Related: ${WEAKENING_RULES}.`,
    why: 'go checks a download against go.sum once; later builds trust the cache\'s .ziphash. A go.sum line changed by hand (or a merge) or a cache changed after download means one of them no longer describes the code that gets built: either someone tampered with a file, or go.sum was edited to match tampered code.',
    fix: 'Find out which side changed: `go mod verify` re-hashes the cache; `git log -p go.sum` shows who changed the line. Then `go clean -modcache` and download again with the checksum database on.',
  },
  check({ gosum }) {
    return gosum.cache.mismatches.map((m) => ({
      messageId: 'mismatch' as const,
      data: { line: m.line, gosum: m.gosum, module: m.path, version: m.version, what: m.goMod ? ' (its go.mod)' : '', cache: m.cache, file: m.file },
      location: gosum.path ? { file: gosum.path, line: m.line } : undefined,
      evidence: { gosum: m.gosum, cache: m.cache, file: m.file },
      fixes: [{ kind: 'command' as const, title: fixTitle('reHashTheModule'), command: 'go mod verify', safety: 'safe' as const }],
    }));
  },
});
