import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { findImage, imageHasLibrary, loaderFamily } from '../../knowledge/images.js';
import { label, linuxElf, loc } from './shared.js';

/** `--target-image`: shared libraries the binary needs (DT_NEEDED) are not in the image. */
export const gd812 = defineRule({
  id: 'GD812',
  name: 'library-missing-in-image',
  category: 'artifact',
  severity: 'error',
  title: 'The binary needs shared libraries the target image does not contain',
  requires: ['artifacts'],
  messages: {
    missing: '{subject} needs {libraries}, not in {image}: it fails with "error while loading shared libraries".',
    installable: '{subject} needs {libraries}, not in the base {image} image; install them in the runtime stage.',
  },
  fixTitles: {
    installThePackagesThat: 'Install the packages that provide them',
  },
  sources: ['man:ld.so(8)', 'man:elf(5)', 'https://github.com/GoogleContainerTools/distroless/blob/main/base/README.md'],
  fixable: true,
  docs: {
    what: 'With --target-image, checks every DT_NEEDED library of each dynamically linked executable against the libraries the image is known to contain.',
    why: 'The loader resolves each needed library at start; one missing library stops the program before main with "error while loading shared libraries: …: cannot open shared object file".',
    fix: 'Install the libraries in the runtime image (apt-get/apk/dnf), pick an image that has them (distroless/cc for libstdc++ and libgcc), or link statically.',
  },
  check({ artifacts }) {
    const image = artifacts.targetImage ? findImage(artifacts.targetImage) : null;
    // Without a C library the loader itself is missing: GD810 says so.
    if (!image || image.libc === 'none') return [];
    const out: Report<'missing' | 'installable'>[] = [];
    for (const b of artifacts.binaries.filter(linuxElf)) {
      // A loader of the wrong C library (GD810) makes every library missing; say it once.
      if (b.interpreter && loaderFamily(b.interpreter) !== image.libc) continue;
      const missing = b.libraries.filter((l) => !imageHasLibrary(image, l));
      if (missing.length === 0) continue;
      const data = { subject: label(b), libraries: missing.join(', '), image: image.name };
      out.push(image.minimal || !image.install
        ? { messageId: 'missing' as const, data, location: loc(b) }
        : {
          messageId: 'installable' as const, severity: 'warning' as const, data, location: loc(b),
          fixes: [{ kind: 'manual' as const, title: fixTitle('installThePackagesThat'), steps: [`In the runtime stage: RUN ${image.install} <packages providing ${missing.join(', ')}>`] }],
        });
    }
    return out;
  },
});
