import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { parseGolangImage, golangTagSuffix, DOCKER_IMAGE_SOURCES } from '../../knowledge/docker-images.js';
import { goModFor, langOf, scalarAt, scalarEdit } from '../file-relations.js';

type M = 'untagged' | 'latest' | 'major';

/** `container: golang:latest` (GitHub) or `image: golang` (GitLab): CI's Go moves under the job. */
export const gd714 = defineRule({
  id: 'GD714',
  name: 'ci-golang-image-unpinned',
  category: 'ci',
  severity: 'warning',
  title: 'CI job image golang without a Go version in its tag',
  requires: ['files'],
  messages: {
    untagged: 'The job image `{image}` has no tag, so it means golang:latest: the Go that CI tests with changes whenever a new Go is released.',
    latest: 'The job image `{image}` follows the newest Go release: CI starts testing with a new Go (and its changed defaults) without a change to this file.',
    major: 'The job image `{image}` follows every Go 1.x release; pin at least the minor version.',
  },
  fixTitles: {
    pinTheGoVersion: 'Pin the Go version of go.mod ({want})',
    pinTheImage: 'Pin the image',
  },
  sources: [...DOCKER_IMAGE_SOURCES, 'https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#jobsjob_idcontainer', 'https://docs.gitlab.com/ci/yaml/#image'],
  fixable: true,
  docs: {
    what: 'Reports GitHub job `container:` images and GitLab `image:` keywords (global, default: and per job) that use the official golang image untagged, as latest, as a variant-only tag (alpine, bookworm) or with only a major version (golang:1). Tags built from variables are not judged.',
    why: 'These tags move to each new Go release, so CI tests with a Go its go.mod and developers never chose: new vet checks fail `go test`, changed GODEBUG defaults alter behaviour, and a pipeline that passed yesterday fails today on an unchanged commit. The same defect in a Dockerfile is GD601.',
    fix: 'Pin golang:1.N (the go.mod language version) or golang:1.N.P, optionally with an @sha256 digest, and update it deliberately (Dependabot and Renovate can).',
  },
  check({ files }) {
    const out: Report<M>[] = [];
    for (const c of files.ci) {
      const mod = goModFor(files, c.path);
      const want = mod?.go ? langOf(mod.go.value) : null;
      for (const { job, image } of c.images) {
        const img = parseGolangImage(image.value);
        if (!img || !['untagged', 'latest', 'major'].includes(img.pinning)) continue;
        const suffix = golangTagSuffix(img);
        const pinned = want ? `${image.value.replace(/:[^/]*$/, '')}:${want}${suffix}` : null;
        const fix = pinned ? scalarEdit(fixTitle('pinTheGoVersion', { want }), c.path, image, pinned) : null;
        out.push({
          messageId: img.pinning as M,
          data: { image: image.value },
          evidence: { job, goModGo: mod?.go?.value ?? null },
          location: scalarAt(c.path, image),
          fixes: fix ? [fix] : [{ kind: 'manual', title: fixTitle('pinTheImage'), steps: ['Use golang:1.N or golang:1.N.P (matching the go.mod go line).'], url: 'https://hub.docker.com/_/golang' }],
        });
      }
    }
    return out;
  },
});
