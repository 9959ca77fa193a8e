import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, goModFor } from '../file-relations.js';
import type { FilesFacts, ModFacts } from '../../facts/schema/files.js';

/**
 * A Dockerfile building this module that runs `go mod download` after copying go.mod/go.sum but
 * before the replaced directory: there the download fails. Null when no Dockerfile does that.
 */
function downloadWithoutReplacement(files: FilesFacts, m: ModFacts, to: string): { file: string; line: number } | null {
  const target = to.replace(/^\.\//, '').replace(/\/$/, '');
  for (const d of files.dockerfiles) {
    if (goModFor(files, d.path) !== m) continue;
    for (const s of d.stages) {
      let copiedGoMod = false;
      for (const i of s.instructions) {
        if ((i.keyword === 'COPY' || i.keyword === 'ADD') && !i.flags.some((f) => f.name === 'from')) {
          const sources = i.args.trim().split(/\s+/).slice(0, -1).map((a) => a.replace(/^\.\//, '').replace(/\/$/, ''));
          // The download reads only the replacement's go.mod: copying that one file is enough.
          if (sources.some((a) => a === '.' || a === '' || a === '*' || a === target || target.startsWith(`${a}/`) || a === `${target}/go.mod`)) break;
          if (sources.some((a) => /(^|\/)go\.(mod|sum|\*)$/.test(a))) copiedGoMod = true;
        }
        if (i.keyword === 'RUN' && copiedGoMod && i.goCommands.some((c) => c.sub === 'mod' && c.args.includes('download'))) {
          return { file: d.path, line: i.line };
        }
        if (i.keyword === 'RUN' && i.flags.some((f) => f.name === 'mount' && /type=bind/.test(f.value ?? ''))) break;
      }
    }
  }
  return null;
}

/** `replace x => ../x`: works on one laptop, breaks in Docker build contexts and CI checkouts. */
export const gd753 = defineRule({
  id: 'GD753',
  name: 'replace-to-local-path',
  category: 'gomod',
  severity: 'warning',
  title: 'replace directive pointing to a local path',
  requires: ['files'],
  messages: {
    outside: '`replace {from} => {to}` in {file} points outside the repository: CI checkouts and Docker build contexts do not contain it, so builds fail with "replacement directory {to} does not exist".',
    inside: '`replace {from} => {to}` in {file} needs {to} at build time, but {dockerfile} line {runLine} runs `go mod download` after copying only go.mod/go.sum: it fails with "replacement directory {to} does not exist".',
  },
  fixTitles: {
    buildWithoutTheLocal: 'Build without the local replacement',
    copyTheReplacedDirectory: 'Copy the replaced directory before the download',
  },
  sources: ['https://go.dev/ref/mod#go-mod-file-replace', 'src/cmd/go/internal/modload/init.go'],
  fixable: false,
  docs: {
    what: 'Reports replace directives in go.mod and go.work whose target is a directory (./, ../ or absolute): an error when it leaves the repository; inside the repository (the usual multi-module layout) only when a Dockerfile of the module runs `go mod download` after copying go.mod/go.sum but before the replaced directory.',
    why: 'A directory replacement needs that directory at build time. Paths outside the repository exist only on the author\'s machine; inside paths break the `COPY go.mod go.sum ./ && go mod download` Docker pattern. Replace directives only apply in the main module, so dependents silently get the unreplaced version.',
    fix: 'Publish the module and require a version, use a go.work file (not committed) for local development, or vendor the code into the repository.',
  },
  check({ files }) {
    const out: Report<'outside' | 'inside'>[] = [];
    for (const m of files.mods) {
      const depth = m.path.split('/').length - 1;
      for (const r of m.replaces) {
        if (!r.local) continue;
        const ups = r.to.replace(/\\/g, '/').split('/').filter((p) => p === '..').length;
        const outside = r.to.startsWith('/') || /^[A-Za-z]:/.test(r.to) || ups > depth;
        // Inside the repository a directory replacement is the usual multi-module layout; it only
        // breaks a Docker build that downloads modules before the directory is in the context.
        const docker = outside ? null : downloadWithoutReplacement(files, m, r.to);
        if (!outside && !docker) continue;
        out.push({
          messageId: outside ? 'outside' : 'inside',
          data: { from: r.from, to: r.to, file: m.path, dockerfile: docker?.file ?? '', runLine: docker?.line ?? 0 },
          evidence: { kind: m.kind, ...(docker ? { dockerfile: docker.file, runLine: docker.line } : {}) },
          location: at(m.path, r.line, r.column),
          fixes: outside
            ? [{ kind: 'manual', title: fixTitle('buildWithoutTheLocal'), steps: ['Tag and publish the replaced module, then `go mod edit -dropreplace=' + r.from + '` and require the version.', 'For local work across modules, use `go work init . ' + r.to + '` and keep go.work out of version control.'], url: 'https://go.dev/ref/mod#workspaces' }]
            : [{ kind: 'manual', title: fixTitle('copyTheReplacedDirectory'), steps: [`In ${docker!.file}, COPY ${r.to} (with its go.mod) before the RUN at line ${docker!.line}.`], url: 'https://go.dev/ref/mod#go-mod-file-replace' }],
          severity: outside ? 'error' : 'warning',
        });
      }
    }
    return out;
  },
});
