import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { parseGolangImage, DOCKER_IMAGE_SOURCES } from '../../knowledge/docker-images.js';
import { at, buildsModule, goLineRelated, goModFor, instructionsOf, lineEdit, olderThan, stageChain, switchesToolchain } from '../file-relations.js';

/** ENV GOTOOLCHAIN set to anything but local: the go command may switch to the go line's toolchain. */
function allowsSwitch(instructions: ReturnType<typeof instructionsOf>): boolean {
  let value: string | null = null;
  for (const i of instructions) for (const p of i.pairs) if (i.keyword === 'ENV' && p.name === 'GOTOOLCHAIN') value = p.value;
  return value !== null && value.trim() !== '' && !/^local$/.test(value.trim());
}

/** golang:1.21 building a module that says `go 1.22`: fails under the image's GOTOOLCHAIN=local. */
export const gd602 = defineRule({
  id: 'GD602',
  name: 'golang-image-older-than-go-mod',
  category: 'dockerfile',
  severity: 'error',
  title: 'golang image older than the go.mod go line',
  requires: ['files'],
  messages: {
    fails: '`FROM {image}` has Go {imageGo}, but {gomod} requires go >= {goLine}; the image sets GOTOOLCHAIN=local, so the build fails with "go.mod requires go >= {goLine}".',
    tooOld: '`FROM {image}` has Go {imageGo}, older than the go {goLine} that {gomod} requires; Go before 1.21 cannot switch toolchains and fails on newer modules.',
  },
  fixTitles: {
    useAGolangImage: 'Use a golang image with Go {value}',
    raiseTheImageVersion: 'Raise the image version',
  },
  sources: [...DOCKER_IMAGE_SOURCES, 'https://go.dev/doc/toolchain', 'src/cmd/go/internal/gover/mod.go'],
  fixable: true,
  docs: {
    what: 'Compares the Go version in each golang:<version> FROM tag with the go line of the go.mod the Dockerfile builds (the nearest go.mod at or above the Dockerfile), in stages that copy go.mod or the build context (a stage that only runs `go install tool@version` does not use go.mod), following stage aliases to the image; skipped when the Dockerfile sets ENV GOTOOLCHAIN to something other than local.',
    why: 'Since Go 1.21 the go line is a minimum. The official images set GOTOOLCHAIN=local, so an older image stops with "go.mod requires go >= 1.N (running go 1.M; GOTOOLCHAIN=local)" instead of downloading a toolchain; with GOTOOLCHAIN=auto it would download one on every uncached build.',
    fix: 'Raise the image tag to at least the go line (golang:1.N), or lower the go line if the module really supports the older Go.',
  },
  check({ files }) {
    const out: Report<'fails' | 'tooOld'>[] = [];
    for (const d of files.dockerfiles) {
      const mod = goModFor(files, d.path);
      if (!mod?.go) continue;
      const judged = new Set<number>();
      for (const build of d.stages) {
        if (!buildsModule(build)) continue;
        // The image is that of the stage chain's root (`FROM golang:1.21 AS base` … `FROM base`).
        const s = stageChain(d, build)[0]!;
        if (judged.has(s.index)) continue;
        judged.add(s.index);
        const img = s.resolvedImage ? parseGolangImage(s.resolvedImage) : null;
        if (!img?.goVersion || img.pinning === 'major' || !olderThan(img.goVersion, mod.go.value)) continue;
        // ENV GOTOOLCHAIN=auto (or a version) replaces the image's local: the go command downloads the toolchain.
        if (switchesToolchain(img.goVersion) && allowsSwitch(instructionsOf(d, build))) continue;
        const data = { image: s.image ?? '', imageGo: img.goVersion, goLine: mod.go.value, gomod: mod.path };
        const fixed = s.image && !s.image.includes('$') ? s.source.replace(s.image, s.image.replace(img.goVersion, mod.go.value)) : null;
        out.push({
          messageId: switchesToolchain(img.goVersion) ? 'fails' : 'tooOld',
          data,
          evidence: { image: s.resolvedImage, imageGo: img.goVersion, goModGo: mod.go.value, goMod: mod.path, goModLine: mod.go.line },
          location: at(d.path, s.line, s.imageColumn, s.imageEndColumn),
          related: goLineRelated(mod, `the image ${s.resolvedImage ?? s.image ?? ''}`, at(d.path, s.line)),
          fixes: fixed
            ? [lineEdit(fixTitle('useAGolangImage', { value: mod.go.value }), d.path, s.line, s.line + s.source.split('\n').length - 1, fixed)]
            : [{ kind: 'manual', title: fixTitle('raiseTheImageVersion'), steps: [`Set the ARG that names the image version to ${mod.go.value} or later.`] }],
        });
      }
    }
    return out;
  },
});
