/** What a command may touch of the outside world, injectable for tests. */
export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  isTTY: boolean;
}

export class UsageError extends Error {}

export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;
