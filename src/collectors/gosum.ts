// The gosum area: the main module's go.sum, and whether each line agrees with what the module
// cache holds for that version (.ziphash, and the h1 of the cached .mod). Offline: files only.
import * as path from 'node:path';
import { defineCollector, earlierValue, type Partial_ } from './collector.js';
import type { Host } from './host.js';
import type { GoSumFacts } from '../facts/schema/gosum.js';
import { parseGoSum } from '../analyzers/gomod/gosum.js';
import { hash1GoMod } from '../knowledge/dirhash.js';
import { moduleDownloadFiles } from '../knowledge/module-cache.js';

/** go.sum files of real modules run to thousands of lines; the cache is asked about each. */
const MAX_GOSUM = 16 << 20;

/** cmd/go/internal/modfetch/fetch.go emptyGoModHash: the hash of an empty go.mod, ignored by go. */
const EMPTY_GOMOD_HASH = 'h1:G7mAYYxgmS0lVkHyy2hEOLQCFB0DlQFTMLWggykrydY=';

export async function collectGoSum(host: Host, earlier: Partial_): Promise<GoSumFacts> {
  const project = earlierValue(earlier, 'project');
  const goenv = earlierValue(earlier, 'goenv');
  if (!project?.gomod) return { path: null, exists: false, lines: [], malformed: [], workspace: !!project?.gowork, cache: { gomodcache: null, checked: 0, notInCache: 0, mismatches: [] } };
  const p = host.platform === 'win32' ? path.win32 : path.posix;
  const file = p.join(p.dirname(project.gomod.path), 'go.sum');
  const text = await host.readText(file, MAX_GOSUM);
  const { lines, malformed } = parseGoSum(text ?? '');
  const gomodcache = goenv?.settings.GOMODCACHE?.value || null;
  const cache: GoSumFacts['cache'] = { gomodcache, checked: 0, notInCache: 0, mismatches: [] };
  if (gomodcache) {
    // go accepts a version when any of its lines matches (checkModSum), so lines are grouped.
    const groups = new Map<string, typeof lines>();
    for (const l of lines) {
      if (l.hash === EMPTY_GOMOD_HASH) continue; // go drops these (an old bug wrote them)
      const key = `${l.path} ${l.version} ${l.goMod}`;
      groups.set(key, [...(groups.get(key) ?? []), l]);
    }
    for (const group of groups.values()) {
      const l = group[0]!;
      const files = moduleDownloadFiles(gomodcache, l.path, l.version);
      const cached = l.goMod ? await host.readBytes(files.mod, 4 << 20) : await host.readText(files.ziphash, 4096);
      if (cached === null) { cache.notInCache++; continue; }
      cache.checked++;
      const actual = l.goMod ? hash1GoMod(cached) : cached.toString().trim();
      if (!group.some((g) => g.hash === actual)) cache.mismatches.push({ path: l.path, version: l.version, goMod: l.goMod, line: l.line, gosum: l.hash, cache: actual, file: l.goMod ? files.mod : files.ziphash });
    }
  }
  return { path: file, exists: text !== null, lines, malformed, workspace: !!project.gowork, cache };
}

export const gosumCollector = defineCollector({
  area: 'gosum',
  after: ['project', 'goenv'],
  collect: (host, _opts, earlier) => collectGoSum(host, earlier),
});
