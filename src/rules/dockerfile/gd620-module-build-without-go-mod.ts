import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, imageOf, instructionsOf, olderThan } from '../file-relations.js';
import { parseGolangImage } from '../../knowledge/docker-images.js';
import type { DockerStage, GoCommand } from '../../facts/schema/files.js';

/** A RUN that makes or fetches a module the lint cannot see: go mod init, a clone, a download. */
const BRINGS_A_MODULE = /\bgo\s+mod\s+init\b|\bgit\s+clone\b|\b(curl|wget)\b|\bgo\s+work\s+init\b/;

/** Do these instructions bring files of the build context in (COPY/ADD without --from, RUN --mount=type=bind)? */
function copiesContext(instructions: readonly DockerStage['instructions'][number][]): boolean {
  return instructions.some((i) => ((i.keyword === 'COPY' || i.keyword === 'ADD') && !i.flags.some((f) => f.name === 'from') && !/:\/\//.test(i.args))
    || (i.keyword === 'RUN' && i.flags.some((f) => f.name === 'mount' && /type=bind/.test(f.value ?? '') && !/from=/.test(f.value ?? ''))));
}

/** Go commands that need a main module: all but `go install/run pkg@version`, `go mod init`, and builds of named .go files. */
function needsModule(c: GoCommand): boolean {
  const targets = c.args.slice(c.args.indexOf(c.sub) + 1).filter((a) => !a.startsWith('-'));
  switch (c.sub) {
    case 'get': return true;
    case 'mod': return !targets.includes('init') && targets.some((t) => t === 'download' || t === 'tidy' || t === 'vendor' || t === 'verify' || t === 'graph');
    case 'install': case 'run': return targets.length === 0 || (!targets.some((t) => t.includes('@')) && !targets.every((t) => t.endsWith('.go')));
    case 'build': case 'test': case 'vet': return targets.length === 0 || !targets.every((t) => t.endsWith('.go'));
    default: return false;
  }
}

/** GOPATH-era Dockerfiles (`go get -d ./...`, `go install ./...` in /go/src/...) in a repository with no go.mod. */
export const gd620 = defineRule({
  id: 'GD620',
  name: 'module-build-without-go-mod',
  category: 'dockerfile',
  severity: 'error',
  title: 'Go build in module mode with no go.mod',
  requires: ['files'],
  messages: {
    noModule: '`go {args}` runs in module mode (the default since Go 1.16, and {image} is Go {version}) but no go.mod reaches it: the repository has none and nothing in the build creates one, so it fails with "go: go.mod file not found in current directory or any parent directory".',
  },
  fixTitles: {
    makeItAModule: 'Make the repository a module',
  },
  sources: ['https://go.dev/doc/go1.16#go-command', 'https://go.dev/doc/go-get-install-deprecation', 'src/cmd/go/internal/modload/init.go', 'https://go.dev/ref/mod#mod-commands'],
  fixable: false,
  docs: {
    what: 'Reports a Dockerfile RUN whose go command needs a main module (go get, go build/install/test/vet of packages, go mod download/tidy) when the linted tree has no go.mod or go.work (nor one above it in the repository), the stage does not create or fetch one (go mod init, git clone, curl/wget), GO111MODULE is not off or auto, and the golang image is Go 1.16 or later (or unknown).',
    why: 'Dockerfiles written for GOPATH mode (`WORKDIR /go/src/github.com/you/app`, `go get -d -v ./...`, `go install -v ./...`, as the golang image once documented) stopped working when Go 1.16 made module mode the default: without a go.mod the go command fails with "go.mod file not found", and since Go 1.22 `go get` outside a module is refused outright.',
    fix: 'Run `go mod init <import path>` and `go mod tidy` in the repository, commit go.mod and go.sum, and COPY them before the build (`go mod download`, then `go build`). A legacy GOPATH build can still run with ENV GO111MODULE=off, but that mode gets no new features.',
  },
  check({ files }) {
    const out: Report<'noModule'>[] = [];
    // Any module in reach (the tree's, or the one a linted subdirectory belongs to): its context may hold it.
    if (files.mods.length || files.outerGoMod) return out;
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        const chain = instructionsOf(d, s);
        const img = parseGolangImage(imageOf(d, s) ?? '');
        if (img?.goVersion && olderThan(img.goVersion, '1.16')) continue;
        const env = Object.fromEntries(chain.filter((i) => i.keyword === 'ENV').flatMap((i) => i.pairs.map((p) => [p.name, p.value ?? ''])));
        let brought = false;
        // Sources from the build context (COPY/ADD without --from, a bind mount): without them the repository's files are not what is built.
        let fromContext = copiesContext(chain.slice(0, chain.length - s.instructions.length));
        for (const i of s.instructions) {
          if ((i.keyword === 'RUN' && BRINGS_A_MODULE.test(i.args)) || i.flags.some((f) => f.name === 'from') || (i.keyword === 'ADD' && /:\/\//.test(i.args))) brought = true;
          if (copiesContext([i])) fromContext = true;
          if (i.keyword !== 'RUN' || brought || !fromContext) continue;
          const c = i.goCommands.find((g) => needsModule(g) && !/^(off|auto)$/.test(g.env.GO111MODULE ?? env.GO111MODULE ?? ''));
          if (!c) continue;
          out.push({
            messageId: 'noModule',
            data: { args: c.args.join(' ').slice(0, 80), image: imageOf(d, s) ?? 'the image', version: img?.goVersion ?? '1.16 or later' },
            evidence: { stage: s.name ?? s.index, workdir: chain.filter((x) => x.keyword === 'WORKDIR').at(-1)?.args ?? null },
            location: at(d.path, i.line, i.column),
            fixes: [{
              kind: 'manual', title: fixTitle('makeItAModule'), url: 'https://go.dev/doc/tutorial/create-module',
              steps: ['In the repository: go mod init <its import path> && go mod tidy; commit go.mod and go.sum.', 'In the Dockerfile: COPY go.mod go.sum ./ and RUN go mod download before copying the sources, then go build (no go get).'],
            }],
          });
          break;
        }
      }
    }
    return out;
  },
});
