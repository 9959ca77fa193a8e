// Helpers shared by the artifact rules (8xx): naming a binary, reading its build settings,
// and suggesting a rebuild command.
import type { BinaryFacts } from '../../facts/schema/artifacts.js';
import type { CommandFix, Location } from '../../facts/findings.js';
import { fixTitle, type Drafted, type FixTitle } from '../../engine/define-rule.js';

/** The subject of a message; the path itself is the finding's location. */
export function label(b: BinaryFacts): string {
  return b.slice ? `The ${b.machine} slice (${b.slice.index + 1} of ${b.slice.count})` : 'The binary';
}

export function loc(b: BinaryFacts): Location {
  return { file: b.path };
}

/** A build setting from Go build info, or undefined (no build info, or not recorded). */
export function setting(b: BinaryFacts, key: string): string | undefined {
  return b.buildInfo?.settings.find((s) => s.key === key)?.value;
}

export function platform(b: BinaryFacts): string {
  return `${b.goos ?? '?'}/${b.goarch ?? '?'}`;
}

/** Binaries grouped per file: a universal Mach-O file's slices stay together. */
export function byFile(binaries: readonly BinaryFacts[]): BinaryFacts[][] {
  const m = new Map<string, BinaryFacts[]>();
  for (const b of binaries) m.set(b.path, [...(m.get(b.path) ?? []), b]);
  return [...m.values()];
}

/** `go build` with the given environment, for fixes. */
/** Title of rebuild's fix, for the fixTitles of the rules that offer it. */
export const REBUILD_FIX_TITLES = { rebuild: 'Rebuild with explicit settings' };

export function rebuild(env: Record<string, string>, flags: string[] = [], title: FixTitle = fixTitle('rebuild')): Drafted<CommandFix> {
  const vars = Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ');
  return { kind: 'command', title, command: `${vars ? `${vars} ` : ''}go build ${flags.length ? `${flags.join(' ')} ` : ''}-o <output> <package>`, shell: 'sh', safety: 'safe' };
}

/** Linux ELF executables that the image must be able to start (other OSes are GD801's). */
export function linuxElf(b: BinaryFacts): boolean {
  return b.format === 'elf' && b.kind === 'executable' && (b.goos === null || b.goos === 'linux');
}
