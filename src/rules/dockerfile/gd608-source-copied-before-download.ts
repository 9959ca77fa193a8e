import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, lineEdit } from '../file-relations.js';

/** A COPY of the whole context: any source change invalidates every later layer. */
function copiesEverything(args: string): boolean {
  const parts = args.trim().split(/\s+/);
  return parts.length >= 2 && parts.slice(0, -1).some((p) => p === '.' || p === './' || p === '*');
}

/** COPY . . before `go mod download`: every source edit re-downloads all modules. */
export const gd608 = defineRule({
  id: 'GD608',
  name: 'source-copied-before-download',
  category: 'dockerfile',
  severity: 'warning',
  title: 'Source copied before go mod download',
  requires: ['files'],
  messages: {
    order: '`COPY {args}` (line {copyLine}) copies the whole source before `go mod download` (line {runLine}), so any code change invalidates the module download layer.',
  },
  fixTitles: {
    downloadModulesFromGo: 'Download modules from go.mod and go.sum before copying the source',
  },
  sources: ['https://docs.docker.com/build/cache/', 'https://docs.docker.com/guides/golang/build-images/'],
  fixable: true,
  docs: {
    what: 'Within a stage, reports a COPY of the whole build context that comes before the first RUN with `go mod download`.',
    why: 'Docker reuses a layer only while everything before it is unchanged. Copying all sources first makes the download layer depend on every file, so each edit re-downloads every module: slow builds and needless load on the proxy.',
    fix: 'COPY go.mod go.sum ./, RUN go mod download, then COPY . . (or use RUN --mount=type=cache,target=/go/pkg/mod).',
  },
  check({ files }) {
    const out: Report<'order'>[] = [];
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        // Flag the first `go mod download` that runs after a whole-context COPY, unless modules
        // were already downloaded before that COPY (a second download is then a cached no-op).
        let wholeCopy: (typeof s.instructions)[number] | null = null;
        for (const ins of s.instructions) {
          if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
            if (!wholeCopy && !ins.flags.some((f) => f.name === 'from') && copiesEverything(ins.args)) wholeCopy = ins;
            continue;
          }
          if (ins.keyword !== 'RUN') continue;
          const dl = ins.goCommands.some((c) => c.sub === 'mod' && c.args.includes('download'));
          if (!dl) continue;
          if (!wholeCopy) break;
          out.push({
            messageId: 'order',
            data: { args: wholeCopy.args, copyLine: wholeCopy.line, runLine: ins.line },
            evidence: { stage: s.name ?? s.index },
            location: at(d.path, wholeCopy.line, wholeCopy.column),
            fixes: [lineEdit(fixTitle('downloadModulesFromGo'), d.path, wholeCopy.line, wholeCopy.endLine, `COPY go.mod go.sum ./\nRUN go mod download\n${wholeCopy.source}`)],
          });
          break;
        }
      }
    }
    return out;
  },
});
