import { defineRule, type Report } from '../../engine/define-rule.js';
import { findImage } from '../../knowledge/images.js';
import { binaryVariant, VARIANT_SETTING, variantMatches } from '../../knowledge/platform-variants.js';
import { FORMAT_NAMES } from '../../knowledge/binary-formats.js';
import type { BinaryFacts, Platform } from '../../facts/schema/artifacts.js';
import { byFile, label, loc, platform, rebuild, REBUILD_FIX_TITLES } from './shared.js';

const show = (p: Platform) => `${p.os ?? '*'}/${p.arch ?? '*'}${p.variant ? `/${p.variant}` : ''}`;

function matches(want: Platform, b: BinaryFacts): boolean {
  return (!want.os || want.os === b.goos) && (!want.arch || want.arch === b.goarch) && (!want.variant || variantMatches(want.variant, binaryVariant(b)));
}

/** The environment that rebuilds for a platform: GOOS, GOARCH and GOARM/GOAMD64/GOARM64 for a variant. */
function platformEnv(p: Platform): Record<string, string> {
  const env: Record<string, string> = { GOOS: p.os ?? '<os>', GOARCH: p.arch ?? '<arch>' };
  const key = p.arch ? VARIANT_SETTING[p.arch] : undefined;
  if (key && p.variant) env[key] = p.arch === 'arm' ? p.variant.slice(1) : p.variant;
  return env;
}

/**
 * `--expect platform=…` (or os=, arch=), and `--target-image`: the binary targets another platform
 * (exec format error at start). The image's OS and architecture are checked before anything else.
 */
export const gd801 = defineRule({
  id: 'GD801',
  name: 'wrong-target-platform',
  category: 'artifact',
  severity: 'error',
  title: 'Binary targets a different OS or architecture than expected',
  requires: ['artifacts'],
  messages: {
    mismatch: '{subject} is built for {actual}, expected {expected}.',
    unknown: '{subject}: the target platform cannot be determined ({machine}), expected {expected}.',
    imageOs: '{subject} is a {actual} {format} binary; {image} is a Linux image: it cannot start there.',
    imageArch: '{subject} is built for {actual}; {image} is published for {arches} only.',
  },
  fixTitles: { ...REBUILD_FIX_TITLES },
  sources: [
    'src/debug/buildinfo/buildinfo.go', 'https://go.dev/doc/install/source#environment', 'man:elf(5)', 'src/cmd/go/internal/cfg/cfg.go',
    'https://docs.docker.com/reference/cli/docker/buildx/build/#platform', 'https://github.com/docker-library/docs/blob/master/alpine/README.md',
  ],
  fixable: true,
  docs: {
    what: 'Compares each binary\'s GOOS/GOARCH (from its build info, else from the ELF/Mach-O/PE/XCOFF header) and its variant (GOARM, GOAMD64, GOARM64 from build info) with platform= (docker\'s os/arch[/variant] syntax, a comma-separated list: each binary must match one) or os= and arch= given to --expect. With --target-image, first checks that the binary is a Linux ELF file for an architecture the image is published for.',
    why: 'A binary for another architecture fails with "exec format error" (CrashLoopBackOff on arm64 nodes); one for another OS does not start at all. A GOARM=7 binary dies with "illegal instruction" on an ARMv6 board (Raspberry Pi Zero), a GOAMD64=v3 one on CPUs without AVX2. The usual cause is GOOS/GOARCH/GOARM left unset in a CI or Docker build.',
    fix: 'Set GOOS, GOARCH and the variant (GOARM, GOAMD64) explicitly for every build, and publish one binary (or image manifest entry) per platform.',
  },
  check({ artifacts }) {
    const out: Report<'mismatch' | 'unknown' | 'imageOs' | 'imageArch'>[] = [];
    const image = artifacts.targetImage ? findImage(artifacts.targetImage) : null;
    const checked = new Set<string>();
    if (image) {
      for (const slices of byFile(artifacts.binaries)) {
        const b = slices[0]!;
        const data = { subject: label(b), actual: slices.map(platform).join(', '), image: image.name, format: FORMAT_NAMES[b.format] };
        const linux = slices.filter((s) => s.format === 'elf' && (s.goos === 'linux' || s.goos === null));
        if (linux.length === 0) {
          out.push({ messageId: 'imageOs', data, location: loc(b), fixes: [rebuild({ GOOS: 'linux', GOARCH: b.goarch ?? '<arch>' })] });
          checked.add(b.path);
        // GOARCH only: an older variant runs on newer hardware (arm/v6 on an arm/v7 image).
        } else if (image.architectures && !linux.some((s) => image.architectures!.some((a) => a.split('/')[0] === s.goarch))) {
          out.push({ messageId: 'imageArch', data: { ...data, arches: image.architectures.join(', ') }, evidence: { imageSource: image.source }, location: loc(b) });
          checked.add(b.path);
        }
      }
    }
    const wanted = artifacts.expect?.platforms ?? [];
    if (wanted.length === 0) return out;
    const expected = wanted.map(show).join(' or ');
    for (const slices of byFile(artifacts.binaries)) {
      const b = slices[0]!;
      if (checked.has(b.path) || slices.some((s) => wanted.some((w) => matches(w, s)))) continue;
      const known = slices.some((s) => s.goos || s.goarch);
      // Show the variant where one was asked for, so arm/v6 vs arm/v7 is visible.
      const withVariant = (s: BinaryFacts) => `${platform(s)}${wanted.some((w) => w.variant) ? `/${binaryVariant(s) ?? '(variant unknown)'}` : ''}`;
      out.push({
        messageId: known ? 'mismatch' as const : 'unknown' as const,
        data: { subject: label(b), actual: slices.map(withVariant).join(', '), expected, machine: b.machine },
        evidence: { format: b.format, machine: b.machine, bits: b.bits, endian: b.endian, platformSource: b.platformSource, variant: binaryVariant(b) },
        location: loc(b),
        fixes: [rebuild(platformEnv(wanted[0]!))],
      });
    }
    return out;
  },
});
