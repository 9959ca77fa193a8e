import { defineRule, fixTitle } from '../../engine/define-rule.js';
import { compareDotted } from '../../knowledge/platform-minimums.js';
import { findImage } from '../../knowledge/images.js';
import { label, linuxElf, loc } from './shared.js';

/** `--target-image`: the binary needs newer glibc symbol versions than the image provides. */
export const gd811 = defineRule({
  id: 'GD811',
  name: 'glibc-too-old-in-image',
  category: 'artifact',
  severity: 'error',
  title: 'The binary requires a newer glibc than the target image provides',
  requires: ['artifacts'],
  messages: {
    tooOld: '{subject} requires GLIBC_{required}, but {image} provides glibc {provided}: it fails with "version `GLIBC_{required}\' not found".',
  },
  fixTitles: {
    buildAgainstTheRuntime: 'Build against the runtime image\'s glibc',
  },
  sources: ['https://sourceware.org/glibc/wiki/Glibc%20Timeline', 'man:ld.so(8)', 'https://refspecs.linuxfoundation.org/LSB_5.0.0/LSB-Core-generic/LSB-Core-generic/symversion.html', 'https://packages.debian.org/bookworm/libc6'],
  fixable: true,
  docs: {
    what: 'With --target-image, compares the highest GLIBC_x.y symbol version the binary needs (from .gnu.version_r) with the glibc release of the image.',
    why: 'A cgo binary built on a newer distribution than it runs on links against versioned glibc symbols (e.g. GLIBC_2.34 for the merged libpthread) that the older glibc lacks; the loader refuses to start it.',
    fix: 'Build on the oldest glibc you deploy to (a golang image on the same Debian release as the runtime image), use a newer runtime image, or build statically with CGO_ENABLED=0.',
  },
  check({ artifacts }) {
    const image = artifacts.targetImage ? findImage(artifacts.targetImage) : null;
    if (!image || image.libc !== 'glibc' || !image.libcVersion) return [];
    const provided = image.libcVersion;
    return artifacts.binaries.filter((b) => linuxElf(b) && b.glibcRequired && compareDotted(b.glibcRequired, provided) > 0).map((b) => ({
      messageId: 'tooOld' as const,
      data: { subject: label(b), required: b.glibcRequired!, image: image.name, provided },
      evidence: { versionNeeds: b.versionNeeds, imageSource: image.source },
      location: loc(b),
      fixes: [{ kind: 'manual' as const, title: fixTitle('buildAgainstTheRuntime'), steps: [`Build in an image with glibc ≤ ${provided} (the same release as ${image.name}), or`, 'build with CGO_ENABLED=0 when no C code is needed.'] }],
    }));
  },
});
