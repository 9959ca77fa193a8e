// Core vocabulary shared by rules, the engine and reporters.
// Findings carry data; prose is rendered at the edge (reporters).

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Areas group rules in reports, like flutter doctor's sections. */
export const CATEGORIES = [
  'toolchain', // 1xx: go binaries, PATH, installs
  'settings', // 2xx: go env values and their provenance
  'shell', // 3xx: shell startup files and contexts
  'system', // 4xx: OS, kernel, libc, SELinux, cgroups, temp dirs, CA
  'modules', // 5xx: proxy, checksum DB, private modules
  'dockerfile', // 6xx
  'ci', // 7xx: CI workflows, Makefiles
  'gomod', // 7xx: go.mod, go.work, tools.go
  'deploy', // 77x-78x: Kubernetes manifests, Helm values, compose files
  'artifact', // 8xx: built binaries
  'runtime', // 9xx: real build/run probes
  'hang', // 95x: blocked output
  'remote', // 97x: remote targets (doctor --on): sessions, transports, fleet
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Location {
  file: string;
  line?: number; // 1-based
  column?: number; // 1-based
  endLine?: number;
  endColumn?: number;
}

/** Another place the finding concerns (the go.mod line a CI version falls short of), with why. */
export interface RelatedLocation extends Location {
  message: string;
}

export type FixSafety = 'safe' | 'review' | 'destructive';

/** A shell command the user can paste, per OS/shell variant. */
export interface CommandFix {
  kind: 'command';
  title: string;
  command: string;
  shell?: 'sh' | 'bash' | 'zsh' | 'fish' | 'powershell' | 'cmd';
  os?: string; // e.g. 'linux', 'darwin', 'windows', 'debian', 'rhel'
  safety: FixSafety;
}

/** An idempotent file edit: replace a range, or append a marked block. */
export interface EditFix {
  kind: 'edit';
  title: string;
  file: string;
  /** 1-based inclusive line range to replace; absent = append. */
  range?: { startLine: number; endLine: number };
  replacement: string;
  /** A marker that makes the edit idempotent (already present = nothing to do). */
  marker?: string;
  safety: FixSafety;
}

export interface ManualFix {
  kind: 'manual';
  title: string;
  steps: string[];
  url?: string;
}

export type Fix = CommandFix | EditFix | ManualFix;

export type Evidence = Record<string, unknown>;

export interface Finding {
  ruleId: string;
  ruleName: string;
  category: Category;
  severity: Severity;
  messageId: string;
  data: Record<string, string | number | boolean>;
  message: string;
  evidence: Evidence;
  fixes: Fix[];
  sources: string[];
  location?: Location;
  /** Other places a reader of them must see this finding from. */
  related?: RelatedLocation[];
}

export interface Skipped {
  ruleId: string;
  reason: string;
}

export function severityRank(s: Severity): number {
  return s === 'error' ? 3 : s === 'warning' ? 2 : 1;
}
