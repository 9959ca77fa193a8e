import { defineRule, type Report } from '../../engine/define-rule.js';
import { byFile, label, loc, platform, rebuild } from './shared.js';

/** `--expect os=…,arch=…`: the binary targets another platform (exec format error at start). */
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
  },
  sources: ['src/debug/buildinfo/buildinfo.go', 'https://go.dev/doc/install/source#environment', 'man:elf(5)'],
  fixable: true,
  docs: {
    what: 'Compares each binary\'s GOOS/GOARCH (from its build info, else from the ELF/Mach-O/PE/XCOFF header) with the os and arch given to --expect.',
    why: 'A binary for another architecture fails with "exec format error" (CrashLoopBackOff on arm64 nodes); one for another OS does not start at all. The usual cause is GOOS/GOARCH left unset in a CI or Docker build.',
    fix: 'Set GOOS and GOARCH explicitly for every build, and publish one binary (or image manifest entry) per platform.',
  },
  check({ artifacts }) {
    const want = artifacts.expect;
    if (!want || (!want.os && !want.arch)) return [];
    const expected = `${want.os ?? '*'}/${want.arch ?? '*'}`;
    const matches = (os: string | null, arch: string | null) => (!want.os || want.os === os) && (!want.arch || want.arch === arch);
    const out: Report<'mismatch' | 'unknown'>[] = [];
    for (const slices of byFile(artifacts.binaries)) {
      if (slices.some((b) => matches(b.goos, b.goarch))) continue;
      const b = slices[0]!;
      const known = slices.some((s) => s.goos || s.goarch);
      out.push({
        messageId: known ? 'mismatch' as const : 'unknown' as const,
        data: { subject: label(b), actual: slices.map(platform).join(', '), expected, machine: b.machine },
        evidence: { format: b.format, machine: b.machine, bits: b.bits, endian: b.endian, platformSource: b.platformSource },
        location: loc(b),
        fixes: [rebuild({ GOOS: want.os ?? '<os>', GOARCH: want.arch ?? '<arch>' })],
      });
    }
    return out;
  },
});
