// The tools area: Go programs where `go install` puts them (GOBIN, else each GOPATH/bin) and the
// type-checking tools PATH finds first, read from their build info — never run.
import * as path from 'node:path';
import { defineCollector, earlierValue } from './collector.js';
import type { Host } from './host.js';
import type { InstalledTool, ToolsFacts } from '../facts/schema/tools.js';
import { TYPE_CHECKING_TOOLS } from '../knowledge/type-checking-tools.js';
import { lookPath } from './system/context.js';
import { pool } from './pool.js';

interface Candidate { path: string; from: InstalledTool['from'] }

async function candidates(host: Host, binDirs: ReadonlyArray<{ dir: string; from: 'GOBIN' | 'GOPATH'; executables: string[] }>): Promise<Candidate[]> {
  const p = host.platform === 'win32' ? path.win32 : path.posix;
  const found: Candidate[] = binDirs.flatMap((d) => d.executables.map((n) => ({ path: p.join(d.dir, n), from: d.from })));
  for (const t of TYPE_CHECKING_TOOLS) {
    const f = await lookPath(host, t.command);
    if (f) found.push({ path: f, from: 'PATH' });
  }
  // One entry per file: GOPATH/bin on PATH finds the same program twice.
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const c of found) {
    const real = (await host.realpath(c.path)) ?? c.path;
    if (seen.has(real)) continue;
    seen.add(real);
    out.push(c);
  }
  return out;
}

export const toolsCollector = defineCollector({
  area: 'tools',
  after: ['goenv'],
  async collect(host, opts, earlier): Promise<ToolsFacts> {
    opts.progress?.('reading the build info of installed Go tools');
    const goenv = earlierValue(earlier, 'goenv');
    const list = await candidates(host, goenv?.binDirs ?? []);
    // The binary readers are compiled while go env runs, not before doctor starts it.
    const [{ NotABinaryError }, { readBuildInfoSummary }] = await Promise.all([import('../analyzers/binary/index.js'), import('./binary/read.js')]);
    const tools: InstalledTool[] = [];
    const unreadable: ToolsFacts['unreadable'] = [];
    await pool(list, 4, async (c) => {
      try {
        const s = await readBuildInfoSummary(c.path, host);
        if (!s || !s.buildInfo.path) return;
        const b = s.buildInfo;
        tools.push({
          path: c.path,
          command: path.basename(c.path.replaceAll('\\', '/')).replace(/\.exe$/i, ''),
          from: c.from,
          mainPackage: b.path,
          module: b.main?.path ?? '',
          version: b.main?.version ?? '',
          goVersion: b.goVersion,
        });
      } catch (e) {
        if (!(e instanceof NotABinaryError)) unreadable.push({ path: c.path, reason: (e as Error).message });
      }
    });
    const order = new Map(list.map((c, i) => [c.path, i]));
    tools.sort((a, b) => order.get(a.path)! - order.get(b.path)!);
    return { tools, unreadable, read: list.length };
  },
});
