import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { parseGolangImage, runtimeLibc, DOCKER_IMAGE_SOURCES } from '../../knowledge/docker-images.js';
import { at, copiesBuildOutput, GLIBC_COMPAT_INSTALL, hasCompiler, imageOf, instructionsOf, lineEdit, prefixGoBuild, stageByRef } from '../file-relations.js';
import type { GoCommand } from '../../facts/schema/files.js';
import type { DockerfileFacts, DockerInstruction, DockerStage } from '../../facts/schema/files.js';

/** The binary is static anyway: cgo off, or netgo+osusergo tags, or -extldflags -static. */
function staticAnyway(c: GoCommand, stageCgo: string | null): boolean {
  const cgo = c.env.CGO_ENABLED ?? stageCgo;
  if (cgo === '0') return true;
  const args = c.args.join(' ');
  return /-extldflags[= ]['"]?[^'"]*-static/.test(args) || (/\bnetgo\b/.test(args) && /\bosusergo\b/.test(args));
}


/** The C library a builder links a cgo binary against: from its image (golang Debian → glibc, *-alpine → musl). */
function builderLibc(image: string | null): 'glibc' | 'musl' | 'unknown' {
  if (!image) return 'unknown';
  const golang = parseGolangImage(image);
  if (golang) return golang.variant === 'alpine' ? 'musl' : golang.variant === 'debian' ? 'glibc' : 'unknown';
  const libc = runtimeLibc(image);
  return libc === 'musl' || libc === 'glibc' ? libc : 'unknown';
}

/** The go build/install whose output a COPY takes (the last one that matches), with the CGO_ENABLED in effect. */
function buildCopied(d: DockerfileFacts, s: DockerStage, copyArgs: string) {
  let stageCgo: string | null = null;
  let found: { ins: DockerInstruction; cmd: GoCommand; stageCgo: string | null; nth: number } | null = null;
  for (const ins of instructionsOf(d, s)) {
    for (const p of ins.pairs) if (ins.keyword === 'ENV' && p.name === 'CGO_ENABLED' && p.value !== null) stageCgo = p.value;
    if (ins.keyword !== 'RUN') continue;
    const builds = ins.goCommands.filter((c) => c.sub === 'build' || c.sub === 'install');
    for (let nth = 0; nth < builds.length; nth++) {
      if (copiesBuildOutput(copyArgs, builds[nth]!)) found = { ins, cmd: builds[nth]!, stageCgo, nth };
    }
  }
  return found;
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
    noLibc: 'COPY --from={from} brings a binary built with cgo enabled (stage {from} has a C compiler and the go {sub} at line {buildLine} that builds it does not set CGO_ENABLED=0) into `{final}`, which has no C library: if it links net or os/user it fails with "no such file or directory".',
    musl: 'COPY --from={from} brings a binary built with cgo enabled against glibc (the builder is `{builder}`; go {sub} at line {buildLine}) into `{final}`, which has musl: a dynamically linked glibc binary fails to start there.',
  },
  fixTitles: {
    buildAStaticBinary: 'Build a static binary',
  },
  sources: ['src/go/build/build.go', 'https://pkgs.alpinelinux.org/package/edge/main/x86_64/gcompat', 'https://pkg.go.dev/cmd/cgo', 'https://pkg.go.dev/net#hdr-Name_Resolution', ...DOCKER_IMAGE_SOURCES],
  fixable: true,
  docs: {
    what: 'Follows COPY --from into final stages based on scratch, distroless/static or alpine (through stage aliases), finds the go build/install whose output is copied, and reports it when its stage has a C compiler (golang:* Debian images ship gcc; or gcc/build-base installed) and it sets neither CGO_ENABLED=0, netgo+osusergo tags nor -extldflags -static. On Alpine only binaries from a glibc builder are reported (an Alpine builder links musl), and not when the stage installs the glibc compatibility layer (apk add gcompat or libc6-compat).',
    why: 'With a C compiler present and no cross-compilation, CGO_ENABLED defaults to 1 (go/build defaultContext, and since Go 1.20 only when a compiler is found). Packages net and os/user then use the C resolver and link libc dynamically; the kernel cannot find the interpreter /lib64/ld-linux-x86-64.so.2 in scratch or on Alpine and exec fails with a misleading "no such file or directory".',
    fix: 'Build with CGO_ENABLED=0 (or -tags netgo,osusergo), or run the binary on an image with the same glibc (distroless/base, debian).',
  },
  check({ files }) {
    const out: Report<'noLibc' | 'musl'>[] = [];
    for (const d of files.dockerfiles) {
      for (const s of d.stages) {
        const finalImage = imageOf(d, s);
        const libc = finalImage ? runtimeLibc(finalImage) : 'unknown';
        if (libc !== 'none' && libc !== 'musl') continue;
        // Alpine with its glibc compatibility layer runs a glibc binary.
        if (libc === 'musl' && instructionsOf(d, s).some((i) => i.keyword === 'RUN' && GLIBC_COMPAT_INSTALL.test(i.args))) continue;
        for (const ins of s.instructions) {
          if (ins.keyword !== 'COPY') continue;
          const from = ins.flags.find((f) => f.name === 'from')?.value;
          const src = from ? stageByRef(d, from) : null;
          if (!src || !hasCompiler(d, src)) continue;
          const found = buildCopied(d, src, ins.args);
          if (!found || staticAnyway(found.cmd, found.stageCgo)) continue;
          // A musl binary from an Alpine builder runs on Alpine; only scratch/static lack its loader.
          const linkedAgainst = builderLibc(imageOf(d, src));
          if (libc === 'musl' && linkedAgainst !== 'glibc') continue;
          const build = found.ins;
          const fixed = prefixGoBuild(build.source, 'CGO_ENABLED=0', found.nth);
          out.push({
            messageId: libc === 'none' ? 'noLibc' : 'musl',
            data: { from: from!, final: s.image ?? '', buildLine: build.line, sub: found.cmd.sub, builder: imageOf(d, src) ?? '' },
            evidence: { builderImage: imageOf(d, src), builderLibc: linkedAgainst, finalImage, build: build.args.slice(0, 200) },
            location: at(d.path, ins.line, ins.column),
            fixes: fixed ? [lineEdit(fixTitle('buildAStaticBinary'), d.path, build.line, build.endLine, fixed)] : [{ kind: 'manual', title: fixTitle('buildAStaticBinary'), steps: [`Set CGO_ENABLED=0 for the go build at line ${build.line}, or use a runtime image with glibc.`] }],
          });
        }
      }
    }
    return out;
  },
});
