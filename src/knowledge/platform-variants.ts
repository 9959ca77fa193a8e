// Platform variants in docker's syntax (linux/arm/v7, linux/amd64/v3, linux/arm64/v8), read from
// the GOARCH-specific setting Go records in build info (cmd/go/internal/cfg/cfg.go GetArchEnv,
// written by cmd/go/internal/load/pkg.go setBuildInfo): GOARM, GOAMD64, GOARM64.
// Docker's variants: https://github.com/containerd/platforms (platforms.go, Normalize).

/** What of a binary's facts names its variant (the artifacts facts of one binary). */
export interface VariantSource {
  goarch: string | null;
  buildInfo?: { settings: readonly { key: string; value: string }[] } | null;
  arm?: { cpuArch?: string | null } | null;
}

/** The build setting that carries each GOARCH's variant. */
export const VARIANT_SETTING: Record<string, string> = { arm: 'GOARM', amd64: 'GOAMD64', arm64: 'GOARM64' };

/** Accepted spellings per GOARCH, as a pattern on the normalised (v-prefixed) value. */
const VALID: Record<string, RegExp> = { arm: /^v[5-7]$/, amd64: /^v[1-4]$/, arm64: /^v(8|9)(\.\d)?$/ };

/** 'v7', '7' → 'v7'; null when the architecture has no docker variant or the value is not one of its variants. */
export function normalizeVariant(arch: string, variant: string): string | null {
  const v = variant.toLowerCase().replace(/^(?=\d)/, 'v');
  return VALID[arch]?.test(v) ? v : null;
}

/**
 * The binary's variant: GOARM=7 (also "7,softfloat" since Go 1.22) → v7, GOAMD64=v3 → v3,
 * GOARM64=v8.0 → v8.0. Without build info, an ARM binary's EABI attributes (Tag_CPU_arch) tell v5..v7.
 */
export function binaryVariant(b: VariantSource): string | null {
  const key = b.goarch ? VARIANT_SETTING[b.goarch] : undefined;
  if (!key) return null;
  const value = b.buildInfo?.settings.find((s) => s.key === key)?.value;
  if (value) return normalizeVariant(b.goarch!, value.split(',')[0]!) ?? value;
  const cpu = b.goarch === 'arm' ? /^v([5-7])/.exec(b.arm?.cpuArch ?? '')?.[1] : undefined;
  return cpu ? `v${cpu}` : null;
}

/** Does a binary's variant satisfy an expected one? arm64/v8 (docker's default) accepts any v8.x. */
export function variantMatches(expected: string, actual: string | null): boolean {
  if (actual === null) return false;
  return actual === expected || (!expected.includes('.') && actual.startsWith(`${expected}.`));
}
