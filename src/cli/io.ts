/** What a command may touch of the outside world, injectable for tests. */
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  isTTY: boolean;
  /** stderr is a terminal: the status line may be drawn there (status-line.ts). */
  stderrIsTTY?: boolean;
  /** The terminal's width now (it changes when the window is resized). */
  columns?: () => number;
}

export class UsageError extends Error {}

export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;
