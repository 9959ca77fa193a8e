import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { isGolangImage } from '../../knowledge/docker-images.js';
import { at, parentStage, stagesReachingFinal } from '../file-relations.js';

type M = 'untagged' | 'latest';

/** The tag of an image reference (registry ports are not tags), or null; digests pin whatever the tag says. */
function tagOf(image: string): { tag: string | null; digest: boolean } {
  const [ref, digest] = image.split('@');
  const slash = ref!.lastIndexOf('/');
  const colon = ref!.lastIndexOf(':');
  return { tag: colon > slash ? ref!.slice(colon + 1) : null, digest: digest !== undefined };
}

/** Any base image (not only golang) untagged or on a latest tag, in a stage that reaches the final image. */
export const gd611 = defineRule({
  id: 'GD611',
  name: 'base-image-unpinned',
  category: 'dockerfile',
  severity: 'warning',
  title: 'Base image without a tag or on latest',
  requires: ['files'],
  messages: {
    untagged: '`FROM {image}` has no tag, so Docker pulls {image}:latest: whatever is newest on build day becomes this image\'s base.',
    latest: '`FROM {image}` follows a moving tag ({tag}): two builds of the same commit can get different base images.',
  },
  fixTitles: {
    pinTheBaseImage: 'Pin the base image',
  },
  sources: ['https://docs.docker.com/reference/dockerfile/#from', 'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions', 'https://github.com/hadolint/hadolint/wiki/DL3006', 'https://github.com/hadolint/hadolint/wiki/DL3007'],
  fixable: false,
  docs: {
    what: 'Reports FROM lines of stages that reach the final image (the final stage, the stages it derives from and those it copies from, transitively) whose image has no tag, or a latest tag (latest, latest-*, *-latest). golang images are GD601\'s; scratch, stage names, digests and images named by variables are not reported here, except a latest-$VAR tag (latest whatever the variable holds).',
    why: 'Without a tag Docker uses :latest (docker reference: FROM). latest moves with each release of the image: the same commit builds on another OS release, C library or CA bundle, and a build that worked yesterday fails or behaves differently.',
    fix: 'Name a version tag (alpine:3.20, debian:12-slim, gcr.io/distroless/static-debian12:nonroot), ideally with an @sha256 digest, and update it on purpose.',
  },
  check({ files }) {
    const out: Report<M>[] = [];
    for (const d of files.dockerfiles) {
      for (const s of stagesReachingFinal(d)) {
        const image = s.resolvedImage;
        if (!image || !s.image || image.toLowerCase() === 'scratch' || parentStage(d, s) || isGolangImage(image)) continue;
        const { tag, digest } = tagOf(image);
        if (digest) continue;
        // A variable is judged only where the tag is latest whatever it holds: `static:latest-$ARCH`.
        if (image.includes('$') && !/^latest-/.test(tag ?? '')) continue;
        const latest = tag !== null && /^latest$|^latest-|-latest$/.test(tag);
        if (tag !== null && !latest) continue;
        out.push({
          messageId: tag === null ? 'untagged' : 'latest',
          data: { image: s.image, tag: tag ?? '' },
          evidence: { stage: s.name ?? s.index, image },
          location: at(d.path, s.line, s.imageColumn, s.imageEndColumn),
          fixes: [{ kind: 'manual', title: fixTitle('pinTheBaseImage'), steps: [`Replace ${s.image} with a versioned tag (and optionally @sha256:<digest>).`], url: 'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions' }],
        });
      }
    }
    return out;
  },
});
