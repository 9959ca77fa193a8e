import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { findImage, loaderFamily } from '../../knowledge/images.js';
import { label, linuxElf, loc, rebuild, REBUILD_FIX_TITLES } from './shared.js';

/** `--target-image`: the binary's ELF interpreter (dynamic loader) does not exist in the image. */
export const gd810 = defineRule({
  id: 'GD810',
  name: 'loader-missing-in-image',
  category: 'artifact',
  severity: 'error',
  title: 'The binary needs a dynamic loader the target image does not have',
  requires: ['artifacts'],
  messages: {
    noLibc: '{subject} needs the loader {interpreter}, but {image} has no C library: it fails with "no such file or directory".',
    wrongLibc: '{subject} needs the {family} loader {interpreter}, but {image} provides {libc}: it fails with "no such file or directory".',
  },
  fixTitles: { ...REBUILD_FIX_TITLES, buildStaticNoLoader: 'Build a static binary that needs no loader' },
  sources: ['man:ld.so(8)', 'man:execve(2)', 'https://wiki.musl-libc.org/functional-differences-from-glibc.html', 'https://github.com/GoogleContainerTools/distroless/blob/main/base/README.md'],
  fixable: true,
  docs: {
    what: 'With --target-image, compares the ELF interpreter (PT_INTERP) of each executable with the C library of the image: none (scratch, distroless/static), glibc (Debian, Ubuntu, distroless/base, UBI) or musl (Alpine).',
    why: 'execve loads the interpreter named in the binary before anything else; when it is missing the kernel reports ENOENT, shown as "no such file or directory" for a file that plainly exists. A cgo build on a glibc builder copied into Alpine or scratch fails this way.',
    fix: 'Build a static binary (CGO_ENABLED=0), or build on the same C library as the runtime image (golang:*-alpine for Alpine), or switch the runtime image.',
  },
  check({ artifacts }) {
    const image = artifacts.targetImage ? findImage(artifacts.targetImage) : null;
    if (!image) return [];
    const out: Report<'noLibc' | 'wrongLibc'>[] = [];
    for (const b of artifacts.binaries.filter(linuxElf)) {
      const base = { subject: label(b), image: image.name };
      if (!b.interpreter) continue;
      const family = loaderFamily(b.interpreter);
      const fixes = [rebuild({ CGO_ENABLED: '0', GOOS: 'linux', GOARCH: b.goarch ?? '<arch>' }, [], fixTitle('buildStaticNoLoader'))];
      if (image.libc === 'none') {
        out.push({ messageId: 'noLibc' as const, data: { ...base, interpreter: b.interpreter }, evidence: { libraries: b.libraries }, location: loc(b), fixes });
      } else if (family !== image.libc) {
        out.push({ messageId: 'wrongLibc' as const, data: { ...base, interpreter: b.interpreter, family, libc: image.libc }, evidence: { libraries: b.libraries }, location: loc(b), fixes });
      }
    }
    return out;
  },
});
