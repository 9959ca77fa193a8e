import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, lineEdit, platformOf, repositoryRootOf } from '../file-relations.js';
import type { DockerfileFacts, FilesFacts } from '../../facts/schema/files.js';

const TARGET_ARGS = /\$\{?(TARGETPLATFORM|TARGETOS|TARGETARCH|BUILDPLATFORM)\b/;

/** Evidence that this Dockerfile is built for several platforms. */
function multiPlatform(files: FilesFacts, d: DockerfileFacts): { evidence: string; platforms: string[] } | null {
  const text = d.stages.flatMap((s) => [s.source, ...s.instructions.map((i) => i.source)]).join('\n');
  const fromCi = ciPlatforms(files, d);
  if (fromCi) return fromCi;
  if (TARGET_ARGS.test(text)) return { evidence: 'the Dockerfile uses TARGET*/BUILDPLATFORM arguments', platforms: [] };
  return null;
}

/** A CI job of the Dockerfile's repository that builds it for several platforms. */
function ciPlatforms(files: FilesFacts, d: DockerfileFacts): { evidence: string; platforms: string[] } | null {
  const name = d.path.slice(d.path.lastIndexOf('/') + 1);
  for (const c of files.ci) {
    if (c.dockerBuilds.length === 0) continue;
    // A workflow builds files of its own repository only (in a tree of several repositories too).
    const root = repositoryRootOf(c.path);
    if (root && !d.path.startsWith(`${root}/`)) continue;
    for (const b of c.dockerBuilds) {
      const sameFile = b.file ? b.file.replace(/^\.\//, '').endsWith(d.path) || b.file.endsWith(name) : name === 'Dockerfile';
      if (sameFile && b.platforms.length > 1) return { evidence: `${c.path} line ${b.line} builds it for ${b.platforms.join(', ')}`, platforms: b.platforms };
    }
  }
  return null;
}

/** ENV GOARCH=amd64 in a buildx multi-platform build: every platform gets an amd64 binary. */
export const gd604 = defineRule({
  id: 'GD604',
  name: 'goos-goarch-fixed-in-env',
  category: 'dockerfile',
  severity: 'error',
  title: 'GOOS/GOARCH fixed in a multi-platform build',
  requires: ['files'],
  messages: {
    fixed: '`ENV {name}={value}` fixes the target in a multi-platform build ({evidence}); every platform\'s image gets a {name}={value} binary.',
    emulated: 'This stage cross-compiles with $TARGETOS/$TARGETARCH but its FROM has no --platform=$BUILDPLATFORM, so buildx runs the Go compiler under QEMU emulation for each platform.',
  },
  fixTitles: {
    deriveTheTargetFrom: 'Derive the target from buildx',
    runThisStageOn: 'Run this stage on the build platform',
  },
  sources: ['https://docs.docker.com/build/building/multi-platform/#cross-compilation', 'https://docs.docker.com/reference/dockerfile/#automatic-platform-args-in-the-global-scope'],
  fixable: true,
  docs: {
    what: 'In Dockerfiles built for several platforms (they use TARGETOS/TARGETARCH/TARGETPLATFORM/BUILDPLATFORM, or a CI job builds them with several platforms), reports ENV GOOS/GOARCH with fixed values (GOOS=linux only when a CI job builds a non-Linux platform), and cross-compiling stages that run neither on --platform=$BUILDPLATFORM nor FROM a stage that does.',
    why: 'A fixed ENV GOARCH=amd64 puts an amd64 binary into the arm64 image too: it fails with "exec format error". A builder stage without --platform=$BUILDPLATFORM is emulated, often 5-20 times slower, for a compiler that can cross-compile natively.',
    fix: 'Use `FROM --platform=$BUILDPLATFORM golang:… AS build`, `ARG TARGETOS TARGETARCH` and `RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build …`.',
  },
  check({ files }) {
    const out: Report<'fixed' | 'emulated'>[] = [];
    for (const d of files.dockerfiles) {
      const multi = multiPlatform(files, d);
      if (!multi) continue;
      const { evidence } = multi;
      // Docker builds Linux images; GOOS=linux is right for every platform unless one is not Linux.
      const allLinux = multi.platforms.every((p) => p.startsWith('linux/'));
      for (const s of d.stages) {
        for (const ins of s.instructions) {
          if (ins.keyword !== 'ENV') continue;
          for (const p of ins.pairs) {
            if (p.name === 'GOOS' && p.value === 'linux' && allLinux) continue;
            if ((p.name === 'GOOS' || p.name === 'GOARCH') && p.value && !p.value.includes('$')) {
              out.push({
                messageId: 'fixed',
                data: { name: p.name, value: p.value, evidence },
                evidence: { stage: s.name ?? s.index },
                location: at(d.path, p.line, p.column, p.column + p.name.length),
                fixes: [{ kind: 'manual', title: fixTitle('deriveTheTargetFrom'), steps: ['ARG TARGETOS TARGETARCH', 'RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build …', `Remove ${p.name} from this ENV.`], url: 'https://docs.docker.com/build/building/multi-platform/#cross-compilation' }],
              });
            }
          }
        }
        const crossBuild = s.instructions.some((i) => i.keyword === 'RUN' && i.goCommands.some((c) => c.sub === 'build' && /\$\{?TARGET(OS|ARCH)/.test(`${c.env.GOOS ?? ''}${c.env.GOARCH ?? ''}`)));
        // A stage FROM an earlier stage runs on that stage's platform (`FROM go-build AS x`).
        if (crossBuild && !platformOf(d, s) && s.image) {
          out.push({
            messageId: 'emulated',
            data: {},
            evidence: { stage: s.name ?? s.index, image: s.image },
            location: at(d.path, s.line, s.column),
            fixes: [lineEdit(fixTitle('runThisStageOn'), d.path, s.line, s.line + s.source.split('\n').length - 1, s.source.replace(/^(\s*FROM)\s+/i, '$1 --platform=$BUILDPLATFORM '))],
          });
        }
      }
    }
    return out;
  },
});
