import type { ToolchainVerification } from '../../facts/schema/verify.js';

/** What the tree was compared with, for messages. */
export function referenceName(v: ToolchainVerification): string {
  const r = v.reference;
  if (r.kind === 'dpkg') return `the md5sums of ${r.module}`;
  if (r.kind === 'module-dir') return `${r.module} (extracted in the module cache)`;
  if (r.kind === 'downloaded') return `${r.module} (downloaded now, checked by go against the checksum database)`;
  return `${r.module ?? 'the release'}`;
}

export function treeName(v: ToolchainVerification): string {
  return `${v.goroot} (${v.release ?? 'unknown release'}${v.platform ? ` ${v.platform}` : ''})`;
}

/** The first few names of a list, and how many more. */
export function someOf(names: readonly string[], total = names.length, max = 8): string {
  const shown = names.slice(0, max).join(', ');
  return total > max ? `${shown} and ${total - max} more` : shown;
}

export const VERIFY_SOURCES = [
  'src/cmd/distpack/pack.go',
  'src/cmd/distpack/archive.go',
  'https://go.dev/doc/toolchain#download',
  'https://go.dev/ref/mod#checksum-database',
];
