import { defineRule, type Report } from '../../engine/define-rule.js';
import { parseGolangImage, runtimeLibc, DOCKER_IMAGE_SOURCES } from '../../knowledge/docker-images.js';
import { at, copiesBuildOutput, lineEdit, prefixGoBuild, stageByRef } from '../../analyzers/files/relations.js';
import { goCommands, type GoCommand } from '../../analyzers/files/go-commands.js';
import type { DockerStage } from '../../facts/schema/files.js';

/** The binary is static anyway: cgo off, or netgo+osusergo tags, or -extldflags -static. */
function staticAnyway(c: GoCommand, stageCgo: string | null): boolean {
  const cgo = c.env.CGO_ENABLED ?? stageCgo;
  if (cgo === '0') return true;
  const args = c.args.join(' ');
  return /-extldflags[= ]['"]?[^'"]*-static/.test(args) || (/\bnetgo\b/.test(args) && /\bosusergo\b/.test(args));
}

/** Does this stage have a C compiler: a Debian golang image, or gcc/build-base installed? */
function hasCompiler(s: DockerStage): boolean {
  const img = s.resolvedImage ? parseGolangImage(s.resolvedImage) : null;
  if (img?.hasGcc) return true;
  return s.instructions.some((i) => i.keyword === 'RUN' && /\b(apk|apt-get|apt|dnf|yum|microdnf)\b.*\b(gcc|build-base|build-essential|clang|musl-dev)\b/.test(i.args));
}

/** The first go build/install RUN of a stage that can produce a cgo (dynamically linked) binary. */
function cgoBuild(s: DockerStage) {
  let stageCgo: string | null = null;
  for (const ins of s.instructions) {
    for (const p of ins.pairs) if (p.name === 'CGO_ENABLED' && p.value !== null) stageCgo = p.value;
    if (ins.keyword !== 'RUN') continue;
    const c = goCommands(ins.args).commands.find((x) => x.sub === 'build' || x.sub === 'install');
    if (c && !staticAnyway(c, stageCgo)) return { ins, cmd: c };
  }
  return null;
}

/** A cgo binary from a gcc-equipped golang image copied into scratch/distroless-static/alpine. */
export const gd605 = defineRule({
  id: 'GD605',
  name: 'cgo-binary-in-static-image',
  category: 'dockerfile',
  severity: 'warning',
  title: 'Binary built with cgo copied into an image without glibc',
  requires: ['files'],
  messages: {
    noLibc: 'COPY --from={from} brings a binary built with cgo enabled (stage {from} has gcc and its go build at line {buildLine} does not set CGO_ENABLED=0) into `{final}`, which has no C library: if it links net or os/user it fails with "no such file or directory".',
    musl: 'COPY --from={from} brings a binary built with cgo enabled against glibc (go build at line {buildLine}) into `{final}`, which has musl: a dynamically linked binary fails to start there.',
  },
  sources: ['src/go/build/build.go', 'https://pkg.go.dev/cmd/cgo', 'https://pkg.go.dev/net#hdr-Name_Resolution', ...DOCKER_IMAGE_SOURCES],
  fixable: true,
  docs: {
    what: 'Follows COPY --from into final stages based on scratch, distroless/static or alpine, and reports binaries built in a stage that has a C compiler (golang:* Debian images ship gcc; or gcc/build-base installed) by a go build without CGO_ENABLED=0, netgo+osusergo tags or -extldflags -static.',
    why: 'With a C compiler present and no cross-compilation, CGO_ENABLED defaults to 1 (go/build defaultContext, and since Go 1.20 only when a compiler is found). Packages net and os/user then use the C resolver and link libc dynamically; the kernel cannot find the interpreter /lib64/ld-linux-x86-64.so.2 in scratch or on Alpine and exec fails with a misleading "no such file or directory".',
    fix: 'Build with CGO_ENABLED=0 (or -tags netgo,osusergo), or run the binary on an image with the same glibc (distroless/base, debian).',
  },
  check({ files }) {
    const out: Report<'noLibc' | 'musl'>[] = [];
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        const libc = s.resolvedImage ? runtimeLibc(s.resolvedImage) : 'unknown';
        if (libc !== 'none' && libc !== 'musl') continue;
        for (const ins of s.instructions) {
          if (ins.keyword !== 'COPY') continue;
          const from = ins.flags.find((f) => f.name === 'from')?.value;
          const src = from ? stageByRef(d, from) : null;
          if (!src || !hasCompiler(src)) continue;
          const found = cgoBuild(src);
          if (!found || !copiesBuildOutput(ins.args, found.cmd)) continue;
          const build = found.ins;
          const fixed = prefixGoBuild(build.source, 'CGO_ENABLED=0');
          out.push({
            messageId: libc === 'none' ? 'noLibc' : 'musl',
            data: { from: from!, final: s.image ?? '', buildLine: build.line },
            evidence: { builderImage: src.resolvedImage, finalImage: s.resolvedImage, build: build.args.slice(0, 200) },
            location: at(d.path, ins.line, ins.column),
            fixes: fixed ? [lineEdit('Build a static binary', d.path, build.line, build.endLine, fixed)] : [{ kind: 'manual', title: 'Build a static binary', steps: [`Set CGO_ENABLED=0 for the go build at line ${build.line}, or use a runtime image with glibc.`] }],
          });
        }
      }
    }
    return out;
  },
});
