// The official `golang` Docker images: what a tag says about the Go inside and the build
// environment. Sources:
//   https://github.com/docker-library/golang (Dockerfile templates): Debian variants install
//     gcc, libc6-dev, make and pkg-config, so cgo is on by default; Alpine variants install no
//     C compiler, so since Go 1.20 cgo defaults to off there (FACTS §5.4, §10).
//   https://github.com/docker-library/golang/pull/472 and the image history: `ENV GOTOOLCHAIN=local`
//     since October 2023 (Go 1.21 images), so a go.mod newer than the image fails to build
//     instead of downloading a toolchain.
//   https://hub.docker.com/_/golang (tag list: 1, 1.N, 1.N.P, with -bookworm, -alpine3.N ...).

export const DOCKER_IMAGE_SOURCES = [
  'https://hub.docker.com/_/golang',
  'https://github.com/docker-library/golang/pull/472',
] as const;

export type Pinning = 'untagged' | 'latest' | 'major' | 'minor' | 'patch' | 'digest' | 'variable';

export interface GolangImage {
  /** Go version the tag names ("1.22", "1.22.3", "1"), null for latest/untagged/variant-only. */
  goVersion: string | null;
  variant: 'debian' | 'alpine' | 'windows' | 'unknown';
  /** gcc is in the image, so CGO_ENABLED defaults to 1. */
  hasGcc: boolean;
  pinning: Pinning;
  tag: string | null;
}

/** Official golang image references: golang, library/golang, docker.io/..., mirrors of library/golang. */
export function isGolangImage(image: string): boolean {
  const name = image.split('@')[0]!.replace(/:[^/]*$/, '').toLowerCase();
  return name === 'golang' || name === 'library/golang' || /^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\/(library\/)?golang$/.test(name) || /\/library\/golang$/.test(name);
}

export function parseGolangImage(image: string): GolangImage | null {
  if (!isGolangImage(image)) return null;
  const [ref, digest] = image.split('@');
  const colon = ref!.lastIndexOf(':');
  const tag = colon > ref!.lastIndexOf('/') ? ref!.slice(colon + 1) : null;
  const t = (tag ?? '').toLowerCase();
  const variant = t.includes('alpine') ? 'alpine' : /windowsservercore|nanoserver/.test(t) ? 'windows' : 'debian';
  const m = /^(\d+(?:\.\d+){0,2}(?:rc\d+|beta\d+)?)(?:-|$)/.exec(t);
  const goVersion = m ? m[1]! : null;
  let pinning: Pinning;
  if (digest) pinning = 'digest';
  else if (tag === null) pinning = 'untagged';
  else if (t.includes('$')) pinning = 'variable';
  else if (!goVersion) pinning = 'latest'; // latest, alpine, bookworm: all follow the newest Go
  else pinning = (['major', 'minor', 'patch'] as const)[Math.min(goVersion.split('.').length, 3) - 1]!;
  return { goVersion, variant, hasGcc: variant === 'debian', pinning, tag };
}

/** What follows the Go version in a golang tag (`-alpine`, `-bookworm`), kept when pinning the version. */
export function golangTagSuffix(img: GolangImage): string {
  return !img.tag || img.tag === 'latest' ? '' : img.goVersion ? img.tag.slice(img.goVersion.length) : `-${img.tag}`;
}

/** Final images with no glibc: a dynamically linked (cgo) glibc binary cannot start there. */
export function runtimeLibc(image: string): 'none' | 'musl' | 'glibc' | 'unknown' {
  const name = image.split('@')[0]!.toLowerCase();
  if (name === 'scratch') return 'none';
  if (/distroless\/static|chainguard\/static|distroless\/static-debian/.test(name)) return 'none';
  if (/(^|\/)alpine(:|$)/.test(name) || /-alpine/.test(name)) return 'musl';
  if (/distroless\/(base|cc)|debian|ubuntu|bookworm|bullseye|trixie|fedora|ubi|centos|rockylinux|almalinux|golang/.test(name)) return 'glibc';
  return 'unknown';
}
