import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { at, sites, where } from './shared.js';

const ARCH_WORDS: Record<string, string> = {
  amd64: 'amd64', x86_64: 'amd64', arm64: 'arm64', aarch64: 'arm64', arm64v8: 'arm64',
  armv7: 'arm', arm32v7: 'arm', armhf: 'arm', arm32v6: 'arm', ppc64le: 'ppc64le', s390x: 's390x', i386: '386', '386': '386', riscv64: 'riscv64',
};
const ARCH_RE = new RegExp(`(?:^|[-_.])(${Object.keys(ARCH_WORDS).join('|')})(?=$|[-_.])`);

/** The architecture an image reference names in its tag (app:1.2-arm64) or its Docker Hub namespace (arm64v8/alpine). */
export function imageArch(image: string): { arch: string; word: string } | null {
  const ref = image.split('@')[0]!;
  const lastSlash = ref.lastIndexOf('/');
  const colon = ref.indexOf(':', lastSlash + 1);
  const tag = colon < 0 ? '' : ref.slice(colon + 1);
  const m = ARCH_RE.exec(tag);
  if (m) return { arch: ARCH_WORDS[m[1]!]!, word: m[1]! };
  const ns = /^(amd64|arm64v8|arm32v7|arm32v6|ppc64le|s390x|i386|riscv64)\//.exec(ref);
  return ns ? { arch: ARCH_WORDS[ns[1]!]!, word: `${ns[1]}/` } : null;
}

/** An image built for one architecture, scheduled on nodes of another. */
export const gd774 = defineRule({
  id: 'GD774',
  name: 'image-arch-vs-node-arch',
  category: 'deploy',
  severity: 'error',
  title: 'An architecture-specific image is scheduled on nodes of another architecture',
  requires: ['files'],
  messages: {
    mismatch: '{where} runs {image}, an {arch} image ({word} in its name), on nodes selected by {label}={nodeArch} (line {archLine}): the container fails to start with "exec format error" (or runs emulated where binfmt is set up).',
  },
  fixTitles: {
    useTheMultiArchitecture: 'Use the multi-architecture image or matching nodes',
  },
  sources: ['https://kubernetes.io/docs/reference/labels-annotations-taints/#kubernetes-io-arch', 'https://docs.docker.com/reference/compose-file/services/#platform', 'https://github.com/docker-library/official-images#architectures-other-than-amd64', 'man:execve(2)'],
  fixable: true,
  docs: {
    what: 'Compares the architecture an image reference names — a tag such as 1.4-arm64 or a Docker Hub namespace such as arm64v8/ — with the architectures the pod may be scheduled on (nodeSelector or required node affinity on kubernetes.io/arch, a compose service\'s platform:).',
    why: 'A single-architecture image pulled onto a node of another architecture pulls fine and then fails with "exec format error" (standard_init_linux.go: exec user process caused: exec format error); a Go binary built with GOARCH=amd64 cannot run on arm64 nodes, and Kubernetes does not check the image\'s platform against the node.',
    fix: 'Use the multi-architecture image (the tag without the architecture suffix, built with docker buildx --platform linux/amd64,linux/arm64), or select the nodes of the image\'s architecture.',
  },
  check({ files }) {
    const out: Report<'mismatch'>[] = [];
    for (const s of sites(files)) {
      const image = s.container.image;
      const nodes = s.workload.nodeArch;
      if (!image || !nodes || image.value.includes('{{') || image.value.includes('$')) continue;
      const arch = imageArch(image.value);
      if (!arch || nodes.values.some((v) => (ARCH_WORDS[v] ?? v) === arch.arch)) continue;
      out.push({
        messageId: 'mismatch',
        data: { where: where(s), image: image.value, arch: arch.arch, word: arch.word, label: s.workload.kind === 'compose service' ? 'platform' : 'kubernetes.io/arch', nodeArch: nodes.values.join(','), archLine: nodes.line },
        location: at(s, image.line),
        fixes: [{ kind: 'manual', title: fixTitle('useTheMultiArchitecture'), steps: [`image: ${image.value.replace(new RegExp(`[-_.]?${arch.word.replace('/', '\\/')}`), '')} (multi-arch)`, `or nodeSelector: kubernetes.io/arch: ${arch.arch}`] }],
      });
    }
    return out;
  },
});
