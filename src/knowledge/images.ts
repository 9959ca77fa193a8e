// Runtime images a Go binary is shipped in, as data: which C library and loader they provide,
// which shared libraries the base image holds, and whether a CA bundle is present.
// Sources (checked per tag; a tag moves, so the data names the release it describes):
//   Debian libc6 versions: https://packages.debian.org/bullseye/libc6 (2.31), /bookworm/libc6 (2.36), /trixie/libc6 (2.41)
//   Ubuntu libc6 versions: https://packages.ubuntu.com/focal/libc6 (2.31), /jammy/libc6 (2.35), /noble/libc6 (2.39)
//   Debian/Ubuntu images install no ca-certificates: https://github.com/debuerreotype/debuerreotype (minbase variant),
//     https://github.com/docker-library/buildpack-deps (adds ca-certificates on top of debian)
//   Alpine: musl and its loader /lib/ld-musl-<arch>.so.1, https://pkgs.alpinelinux.org/package/v3.22/main/x86_64/musl;
//     ca-certificates-bundle is part of the base image, https://gitlab.alpinelinux.org/alpine/docker-abuild / alpine-baselayout
//   Distroless: https://github.com/GoogleContainerTools/distroless/blob/main/base/README.md
//     (static: ca-certificates, tzdata, /etc/passwd, no libc; base: + glibc, libssl; cc: + libgcc, libstdc++)
//   scratch: an empty filesystem, https://docs.docker.com/build/building/base-images/#create-a-minimal-base-image-using-scratch
//   UBI: https://access.redhat.com/articles/3078 (RHEL 8 glibc 2.28, RHEL 9 glibc 2.34)
//   Amazon Linux: https://docs.aws.amazon.com/linux/al2023/ug/compare-with-al2.html (AL2 glibc 2.26, AL2023 glibc 2.34)

export const IMAGE_SOURCES = [
  'https://packages.debian.org/bookworm/libc6',
  'https://packages.ubuntu.com/noble/libc6',
  'https://pkgs.alpinelinux.org/package/v3.22/main/x86_64/musl',
  'https://github.com/GoogleContainerTools/distroless/blob/main/base/README.md',
  'https://docs.docker.com/build/building/base-images/#create-a-minimal-base-image-using-scratch',
] as const;

export type ImageLibc = 'glibc' | 'musl' | 'none';

export interface ImageFacts {
  /** The canonical name this entry describes. */
  name: string;
  aliases: string[];
  libc: ImageLibc;
  /** glibc version (x.y) for glibc images, musl version for Alpine. */
  libcVersion: string | null;
  /** Shared libraries the base image holds (sonames), beyond the C library itself. */
  libraries: string[];
  caCertificates: boolean;
  /** No package manager: missing pieces cannot be installed in a later layer. */
  minimal: boolean;
  /** How to add what is missing. */
  install: string | null;
  source: string;
  /**
   * Platforms the image is published for, in docker's syntax (GOARCH[/variant]); null: any
   * (scratch is empty, so it takes whatever is built) or not recorded here.
   */
  architectures: string[] | null;
}

/**
 * Published architectures, from the "Supported architectures" line of each image's page
 * (https://github.com/docker-library/docs, <image>/README.md) and the distroless README; docker's
 * arm32v6/arm32v7/arm64v8/i386 are GOARCH arm/v6, arm/v7, arm64, 386.
 */
const ALPINE_ARCHES = ['amd64', 'arm/v6', 'arm/v7', 'arm64', '386', 'ppc64le', 'riscv64', 's390x'];
const DISTROLESS_ARCHES = ['amd64', 'arm64', 'arm', 's390x', 'ppc64le'];
/** The union over bullseye, bookworm and trixie (riscv64 from trixie on, mips64le until bookworm): lenient, never a false alarm. */
const DEBIAN_ARCHES = ['amd64', 'arm/v5', 'arm/v7', 'arm64', '386', 'mips64le', 'ppc64le', 's390x', 'riscv64'];
const UBUNTU_ARCHES = ['amd64', 'arm/v7', 'arm64', 'ppc64le', 'riscv64', 's390x'];

/** Sonames glibc itself provides (libc6). */
export const GLIBC_SONAMES = ['libc.so.6', 'libm.so.6', 'libpthread.so.0', 'libdl.so.2', 'librt.so.1', 'libresolv.so.2', 'libutil.so.1', 'libanl.so.1', 'libnsl.so.1'];
const DEBIAN_BASE_LIBS = ['libgcc_s.so.1', 'libstdc++.so.6', 'libz.so.1', 'libselinux.so.1', 'libacl.so.1'];

const debian = (release: string, codename: string, glibc: string): ImageFacts => ({
  name: `debian:${release}`, aliases: [`debian:${codename}`, `debian:${codename}-slim`, `debian:${release}-slim`], libc: 'glibc', libcVersion: glibc,
  libraries: DEBIAN_BASE_LIBS, caCertificates: false, minimal: false, install: 'apt-get install -y --no-install-recommends', source: `https://packages.debian.org/${codename}/libc6`,
  architectures: DEBIAN_ARCHES,
});
const ubuntu = (release: string, codename: string, glibc: string): ImageFacts => ({
  name: `ubuntu:${release}`, aliases: [`ubuntu:${codename}`], libc: 'glibc', libcVersion: glibc,
  libraries: DEBIAN_BASE_LIBS, caCertificates: false, minimal: false, install: 'apt-get install -y --no-install-recommends', source: `https://packages.ubuntu.com/${codename}/libc6`,
  architectures: UBUNTU_ARCHES,
});
const glibcImage = (name: string, aliases: string[], glibc: string, source: string): ImageFacts => ({
  name, aliases, libc: 'glibc', libcVersion: glibc, libraries: ['libgcc_s.so.1', 'libstdc++.so.6', 'libz.so.1'], caCertificates: true,
  minimal: false, install: 'dnf install -y', source, architectures: null,
});

export const IMAGES: readonly ImageFacts[] = [
  { name: 'scratch', aliases: [], libc: 'none', libcVersion: null, libraries: [], caCertificates: false, minimal: true, install: null, source: IMAGE_SOURCES[4], architectures: null },
  {
    name: 'alpine', aliases: ['alpine:latest', 'alpine:3', 'alpine:3.22', 'alpine:3.21', 'alpine:3.20'], libc: 'musl', libcVersion: '1.2.5',
    libraries: ['libz.so.1', 'libssl.so.3', 'libcrypto.so.3'], caCertificates: true, minimal: false, install: 'apk add --no-cache', source: IMAGE_SOURCES[2],
    architectures: ALPINE_ARCHES,
  },
  {
    name: 'distroless-static', aliases: ['gcr.io/distroless/static', 'gcr.io/distroless/static-debian12', 'gcr.io/distroless/static-debian13', 'distroless/static'],
    libc: 'none', libcVersion: null, libraries: [], caCertificates: true, minimal: true, install: null, source: IMAGE_SOURCES[3],
    architectures: DISTROLESS_ARCHES,
  },
  {
    name: 'distroless-base', aliases: ['gcr.io/distroless/base', 'gcr.io/distroless/base-debian12', 'distroless/base'],
    libc: 'glibc', libcVersion: '2.36', libraries: ['libssl.so.3', 'libcrypto.so.3'], caCertificates: true, minimal: true, install: null, source: IMAGE_SOURCES[3],
    architectures: DISTROLESS_ARCHES,
  },
  {
    name: 'distroless-base-nossl', aliases: ['gcr.io/distroless/base-nossl', 'gcr.io/distroless/base-nossl-debian12'],
    libc: 'glibc', libcVersion: '2.36', libraries: [], caCertificates: true, minimal: true, install: null, source: IMAGE_SOURCES[3],
    architectures: DISTROLESS_ARCHES,
  },
  {
    name: 'distroless-cc', aliases: ['gcr.io/distroless/cc', 'gcr.io/distroless/cc-debian12'],
    libc: 'glibc', libcVersion: '2.36', libraries: ['libssl.so.3', 'libcrypto.so.3', 'libgcc_s.so.1', 'libstdc++.so.6', 'libgomp.so.1'], caCertificates: true, minimal: true, install: null, source: IMAGE_SOURCES[3],
    architectures: DISTROLESS_ARCHES,
  },
  debian('11', 'bullseye', '2.31'),
  debian('12', 'bookworm', '2.36'),
  debian('13', 'trixie', '2.41'),
  ubuntu('20.04', 'focal', '2.31'),
  ubuntu('22.04', 'jammy', '2.35'),
  ubuntu('24.04', 'noble', '2.39'),
  glibcImage('ubi8', ['registry.access.redhat.com/ubi8', 'ubi8/ubi', 'rockylinux:8', 'almalinux:8'], '2.28', 'https://access.redhat.com/articles/3078'),
  glibcImage('ubi9', ['registry.access.redhat.com/ubi9', 'ubi9/ubi', 'rockylinux:9', 'almalinux:9'], '2.34', 'https://access.redhat.com/articles/3078'),
  glibcImage('amazonlinux:2', [], '2.26', 'https://docs.aws.amazon.com/linux/al2023/ug/compare-with-al2.html'),
  glibcImage('amazonlinux:2023', ['amazonlinux', 'amazonlinux:latest'], '2.34', 'https://docs.aws.amazon.com/linux/al2023/ug/compare-with-al2.html'),
];

/** Find an image by name or alias; `docker.io/library/` prefixes and `@sha256:` digests are ignored. */
export function findImage(ref: string): ImageFacts | null {
  const key = ref.trim().toLowerCase().split('@')[0]!.replace(/^(docker\.io\/)?(library\/)?/, '').replace(/:latest$/, '');
  return IMAGES.find((i) => i.name === key || i.aliases.includes(key) || i.aliases.includes(`${key}:latest`)) ?? null;
}

export type LoaderFamily = 'glibc' | 'musl' | 'android' | 'bsd' | 'solaris' | 'other';

/** Which C library an ELF interpreter belongs to (glibc: ld-linux*.so / ld64.so; musl: ld-musl-*). */
export function loaderFamily(interp: string): LoaderFamily {
  const base = interp.split('/').pop() ?? interp;
  if (/^ld-musl-/.test(base)) return 'musl';
  if (/^ld-linux.*\.so\.\d$|^ld64\.so\.\d$|^ld\.so\.1$/.test(base) && interp.startsWith('/lib')) return 'glibc';
  if (interp.startsWith('/system/bin/linker')) return 'android';
  if (/^\/(usr\/)?libexec\/ld(-elf)?\.so/.test(interp)) return 'bsd';
  if (interp.startsWith('/usr/lib/ld.so') || interp.startsWith('/lib/amd64/ld.so')) return 'solaris';
  return 'other';
}

/** What an image provides for a library: glibc sonames come with glibc images, musl covers libc.so on Alpine. */
export function imageHasLibrary(image: ImageFacts, soname: string): boolean {
  if (image.libraries.includes(soname)) return true;
  if (image.libc === 'glibc') return GLIBC_SONAMES.includes(soname) || /^ld-linux|^ld64\.so/.test(soname);
  if (image.libc === 'musl') return /^libc\.musl-|^ld-musl-/.test(soname) || soname === 'libc.so';
  return false;
}
