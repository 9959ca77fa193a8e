import { defineRule, fixTitle, type Report } from '../../engine/define-rule.js';
import { parseGolangImage } from '../../knowledge/docker-images.js';
import { exactSetupGoVersion, goModFor, olderThan, scalarAt, scalarEdit, setupGoOutcome, ciGoToolchain, preToolchainGoRejects, goLineRelated } from '../file-relations.js';

type M = 'switches' | 'fails' | 'failsLocal' | 'failsEnv' | 'unknownRef' | 'image';

/** setup-go go-version (or a golang:X job image) older than the module's go line. */
export const gd702 = defineRule({
  id: 'GD702',
  name: 'ci-go-older-than-go-mod',
  category: 'ci',
  severity: 'error',
  title: 'CI Go version older than the go.mod go line',
  requires: ['files'],
  messages: {
    switches: 'setup-go@{ref} installs Go {version} but {gomod} requires go >= {goLine}: the go command (GOTOOLCHAIN=auto from go.env) downloads go{goLine} at run time, so this job does not test Go {version}.',
    fails: 'setup-go installs Go {version}, older than the go {goLine} that {gomod} requires; Go before 1.21 cannot switch toolchains and cannot read a three-part go line or a toolchain directive, so the build fails with "errors parsing go.mod".',
    failsLocal: 'setup-go@{ref} installs Go {version}, older than the go {goLine} that {gomod} requires; setup-go v6+ exports GOTOOLCHAIN=local, so the build fails with "go.mod requires go >= {goLine}".',
    failsEnv: 'setup-go installs Go {version}, older than the go {goLine} that {gomod} requires; the workflow sets GOTOOLCHAIN=local, so the build fails with "go.mod requires go >= {goLine}".',
    unknownRef: 'setup-go installs Go {version}, older than the go {goLine} that {gomod} requires: with setup-go v6+ (GOTOOLCHAIN=local) the build fails, with v5 and earlier the go command downloads go{goLine} and the job does not test Go {version}.',
    image: 'The job image {image} has Go {version}, older than the go {goLine} that {gomod} requires; golang images set GOTOOLCHAIN=local, so the build fails with "go.mod requires go >= {goLine}".',
  },
  fixTitles: {
    useGo: 'Use Go {goLine}',
    followGoMod: 'Follow go.mod',
    useAGolangImage: 'Use a golang image with Go {goLine}',
  },
  sources: ['https://go.dev/doc/toolchain', 'src/cmd/go/internal/modload/init.go', 'https://github.com/actions/setup-go#getting-go-version-from-the-gomod-file', 'https://github.com/actions/setup-go/pull/460', 'https://github.com/docker-library/golang/pull/472'],
  fixable: true,
  docs: {
    what: 'Compares the fixed go-version of actions/setup-go steps, and golang:<version> job images (GitHub container:, GitLab image:), with the go line of the repository\'s go.mod.',
    why: 'Since Go 1.21 the go line is a minimum. setup-go v6 and later export GOTOOLCHAIN=local (actions/setup-go#460), as the golang images do, so the build fails; with setup-go v5 and earlier go.env\'s GOTOOLCHAIN=auto silently downloads the newer toolchain, so the job no longer tests the version it names and pays a download. Go before 1.21 fails on a three-part go line or a toolchain directive ("errors parsing go.mod"); a two-part go line is advisory to it (it builds, and names the line only when compiling fails), so that case is not reported.',
    fix: 'Use go-version-file: go.mod, or raise go-version / the image tag to the go line.',
  },
  check({ files }) {
    const out: Report<M>[] = [];
    for (const c of files.ci) {
      const mod = goModFor(files, c.path);
      if (!mod?.go) continue;
      const goLine = mod.go.value;
      for (const g of c.setupGo) {
        const v = g.version && !g.matrixKey && !g.versionFile ? exactSetupGoVersion(g.version.value) : null;
        if (!g.version || !v || !olderThan(v, goLine)) continue;
        const fix = scalarEdit(fixTitle('useGo', { goLine }), c.path, g.version, `'${goLine}'`);
        const outcome = setupGoOutcome(v, g.ref, ciGoToolchain(c, g.job));
        // Go before 1.21 builds a module whose two-part go line is newer: nothing fails for that.
        if (outcome === 'fails' && !preToolchainGoRejects(mod)) continue;
        out.push({
          messageId: outcome,
          data: { version: v, goLine, gomod: mod.path, ref: g.ref ?? '' },
          evidence: { job: g.job, action: `actions/setup-go@${g.ref ?? ''}`, goMod: mod.path, goModLine: mod.go.line },
          location: scalarAt(c.path, g.version),
          related: goLineRelated(mod, `setup-go's Go ${v}`, scalarAt(c.path, g.version)),
          fixes: fix ? [fix] : [{ kind: 'manual', title: fixTitle('followGoMod'), steps: ['Use `go-version-file: go.mod` (or raise the version/image to the go line).'], url: 'https://github.com/actions/setup-go#getting-go-version-from-the-gomod-file' }],
          ...(outcome === 'switches' || outcome === 'unknownRef' ? { severity: 'warning' as const } : {}),
        });
      }
      for (const { job, image } of c.images) {
        const img = parseGolangImage(image.value);
        if (!img?.goVersion || img.pinning === 'major' || !olderThan(img.goVersion, goLine)) continue;
        const fix = scalarEdit(fixTitle('useAGolangImage', { goLine }), c.path, image, image.raw.replace(img.goVersion, goLine));
        out.push({
          messageId: 'image',
          data: { image: image.value, version: img.goVersion, goLine, gomod: mod.path },
          evidence: { job, goMod: mod.path },
          location: scalarAt(c.path, image),
          related: goLineRelated(mod, `the job image ${image.value}`, scalarAt(c.path, image)),
          fixes: fix ? [fix] : [{ kind: 'manual', title: fixTitle('followGoMod'), steps: ['Use `go-version-file: go.mod` (or raise the version/image to the go line).'], url: 'https://github.com/actions/setup-go#getting-go-version-from-the-gomod-file' }],
        });
      }
    }
    return out;
  },
});
