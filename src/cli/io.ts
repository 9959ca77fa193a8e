/** What a command may touch of the outside world, injectable for tests. */
export interface CliIO {
  /** false: the text is queued (a pipe whose reader is behind); wait for drain before writing more. */
  stdout: (s: string) => unknown;
  stderr: (s: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  isTTY: boolean;
  /** stderr is a terminal: the status line may be drawn there (status-line.ts). */
  stderrIsTTY?: boolean;
  /** The terminal's width now (it changes when the window is resized). */
  columns?: () => number;
  /** Resolves once stdout has taken what was queued; absent where writes never queue. */
  drain?: () => Promise<void>;
}

export class UsageError extends Error {}

export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;
