import type { ToolchainVerification } from '../../facts/schema/verify.js';
import { shQuote } from '../../knowledge/shell-quote.js';
import { fixTitle } from '../../engine/define-rule.js';

/** What the tree was compared with, for messages. */
export function referenceName(v: ToolchainVerification): string {
  const r = v.reference;
  if (r.kind === 'dpkg') return `the md5sums of ${r.module}`;
  if (r.kind === 'rpm') return `the RPM database's file digests of ${r.module}`;
  if (r.kind === 'module-dir') return `${r.module} (extracted in the module cache)`;
  if (r.kind === 'downloaded') return `${r.module} (downloaded now, checked by go against the checksum database)`;
  return `${r.module ?? 'the release'}`;
}

/**
 * The command that puts back a package-owned tree's files, when the reference was the package
 * manager's (dpkg, RPM): removing the directory and unpacking an archive would fight the package.
 */
export function reinstallCommand(v: ToolchainVerification): string | null {
  const r = v.reference;
  const names = (r.module ?? '').split(', ').filter(Boolean).map(shQuote).join(' ');
  if (!names) return null;
  if (r.kind === 'dpkg') return `sudo apt-get install --reinstall ${names}`;
  if (r.kind === 'rpm') return `sudo dnf reinstall ${names}`;
  return null;
}

/** The fix titles of reinstallFix, declared by each rule that offers it. */
export const REINSTALL_FIX_TITLES = {
  reinstallTheReleaseInto: 'Reinstall the release into an empty directory',
  reinstallThePackages: 'Reinstall the packages that own the installation',
};

/** Put the release's files back: through the package manager that owns the tree, else from the archive. */
export function reinstallFix(v: ToolchainVerification) {
  const command = reinstallCommand(v);
  return command
    ? { kind: 'manual' as const, title: fixTitle('reinstallThePackages'), steps: [command] }
    : { kind: 'manual' as const, title: fixTitle('reinstallTheReleaseInto'), steps: [`Remove ${v.goroot} and extract the ${v.release} archive from https://go.dev/dl/ again`], url: 'https://go.dev/doc/install' };
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
  'man:dpkg(1)',
  'man:rpm(8)',
];
