import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { parseGolangImage, golangTagSuffix, DOCKER_IMAGE_SOURCES } from '../../knowledge/docker-images.js';
import { at, goModFor, langOf, lineEdit, parentStage } from '../file-relations.js';

type M = 'untagged' | 'latest' | 'major';

/** FROM golang, golang:latest, golang:alpine or golang:1: the Go version moves under the build. */
export const gd601 = defineRule({
  id: 'GD601',
  name: 'golang-image-unpinned',
  category: 'dockerfile',
  severity: 'warning',
  title: 'golang base image without a Go version in its tag',
  requires: ['files'],
  messages: {
    untagged: '`FROM {image}` has no tag, so it means golang:latest: the Go version changes whenever a new Go is released.',
    latest: '`FROM {image}` follows the newest Go release; a new Go (and its changed defaults) arrives without a change to this file.',
    major: '`FROM {image}` follows every Go 1.x release; pin at least the minor version.',
  },
  fixTitles: {
    pinTheGoVersion: 'Pin the Go version {value} ({want})',
    pinTheImage: 'Pin the image',
  },
  sources: [...DOCKER_IMAGE_SOURCES, 'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions'],
  fixable: true,
  docs: {
    what: 'Reports FROM lines using the official golang image (not an earlier stage of the same name) untagged, as latest, as a variant-only tag (alpine, bookworm) or with only a major version (golang:1).',
    why: 'These tags move to each new Go release. The build then compiles with a Go its go.mod and CI never saw: new vet checks fail `go test`, changed GODEBUG defaults alter behaviour, and two builds of one commit differ.',
    fix: 'Pin golang:1.N (the go.mod language version) or golang:1.N.P, ideally with an @sha256 digest, and update it deliberately (Dependabot and Renovate can).',
  },
  check({ files }) {
    const out: Report<M>[] = [];
    for (const d of files.dockerfiles) {
      const mod = goModFor(files, d.path);
      const want = mod?.go ? langOf(mod.go.value) : files.installedGo.version ? langOf(files.installedGo.version) : null;
      for (const s of d.stages) {
        // `FROM golang AS x` after `FROM golang:1.N AS golang` names the earlier stage, not the image.
        const img = s.resolvedImage && !parentStage(d, s) ? parseGolangImage(s.resolvedImage) : null;
        if (!img || !s.image || !['untagged', 'latest', 'major'].includes(img.pinning)) continue;
        const messageId = img.pinning as M;
        const suffix = golangTagSuffix(img);
        const fixed = want ? s.source.replace(s.image, `${s.image.split('@')[0]!.replace(/:[^/]*$/, '')}:${want}${suffix}`) : null;
        out.push({
          messageId,
          data: { image: s.image },
          evidence: { image: s.resolvedImage, goModGo: mod?.go?.value ?? null },
          location: at(d.path, s.line, s.imageColumn, s.imageEndColumn),
          fixes: fixed && !s.image.includes('$')
            ? [lineEdit(fixTitle('pinTheGoVersion', { value: mod?.go ? 'of go.mod' : 'installed here', want }), d.path, s.line, s.line + s.source.split('\n').length - 1, fixed)]
            : [{ kind: 'manual', title: fixTitle('pinTheImage'), steps: ['Use golang:1.N or golang:1.N.P (matching the go.mod go line), optionally @sha256:<digest>.'], url: 'https://hub.docker.com/_/golang' }],
        });
      }
    }
    return out;
  },
});
