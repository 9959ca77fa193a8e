// The one status line: a single line on stderr, rewritten in place, that tells a person at a
// terminal what a long command is doing (files scanned, the probe that runs, elapsed time).
// It is erased before anything else is written and for good before the report, and it is never
// drawn when stderr is not a terminal, so pipes, CI logs and machine formats get the same bytes
// with or without it. Ctrl-C erases it and exits 130 without a stack trace.
import type { CliIO } from './io.js';

/** Carriage return, then erase to the end of the line: the cursor ends where the line began. */
export const ERASE_LINE = '\r\u001b[K';
/** Redraws at most this often: a terminal needs no more, and a walk calls set() per file. */
const REDRAW_MS = 100;
/** Ctrl-C and kill: 128 + signal number, as a shell reports a program killed by it. */
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

export interface Status {
  /**
   * What is happening now; cheap to call per file: drawn at most every REDRAW_MS, and a function
   * is called only when the line is drawn.
   */
  set(text: string | (() => string)): void;
  /** Erase the line and stop: call before the report is written. */
  done(): void;
  /** The command's io, whose every write erases the line first; the line comes back with the next set(). */
  readonly io: CliIO;
}

/**
 * A terminal on stderr, and nobody asked for plain output: --no-progress, NO_COLOR (the
 * plain-output convention), CI (CI=true on GitHub, GitLab and most others: a log, not a
 * person) and TERM=dumb (no cursor control) all turn it off.
 */
export function statusLineWanted(io: CliIO, noProgress: boolean): boolean {
  if (noProgress || !io.stderrIsTTY) return false;
  const { NO_COLOR, CI, TERM } = io.env;
  if (NO_COLOR) return false;
  if (CI && CI !== 'false' && CI !== '0') return false;
  return TERM !== 'dumb';
}

/**
 * Start a command's status line, labelled with the command (`inspect`, `doctor` ...). Ctrl-C is
 * handled from here on whether or not a line is drawn: exit 130 at once, the line erased, and
 * the process's exit handlers run (they kill the probes' process groups).
 */
export function startStatus(io: CliIO, label: string, noProgress: boolean): Status {
  return statusLineWanted(io, noProgress) ? new TerminalStatus(io, label) : new SilentStatus(io);
}

class SilentStatus implements Status {
  private readonly interrupts: Interrupts;
  constructor(readonly io: CliIO) {
    this.interrupts = onInterrupt(() => undefined);
  }
  set(): void {}
  done(): void {
    this.interrupts.remove();
  }
}

class TerminalStatus implements Status {
  readonly io: CliIO;
  private text: string | (() => string) = '';
  private drawn = false;
  private closed = false;
  private lastDraw = 0;
  private readonly started = performance.now();
  private readonly timer: NodeJS.Timeout;
  private readonly interrupts: Interrupts;

  constructor(private readonly raw: CliIO, private readonly label: string) {
    const beforeWrite = (write: (s: string) => unknown) => (s: string) => {
      this.erase();
      return write(s);
    };
    this.io = { ...raw, stdout: beforeWrite(raw.stdout), stderr: beforeWrite(raw.stderr) };
    // Elapsed time keeps moving while the work waits on child processes; unref: never holds the process open.
    this.timer = setInterval(() => this.draw(), REDRAW_MS).unref();
    this.interrupts = onInterrupt(() => this.erase());
    this.draw();
  }

  set(text: string | (() => string)): void {
    this.text = text;
    if (!this.drawn || performance.now() - this.lastDraw >= REDRAW_MS) this.draw();
  }

  done(): void {
    if (this.closed) return;
    this.erase();
    this.closed = true;
    clearInterval(this.timer);
    this.interrupts.remove();
  }

  private draw(): void {
    if (this.closed) return;
    this.lastDraw = performance.now();
    const seconds = ((this.lastDraw - this.started) / 1000).toFixed(1);
    const text = typeof this.text === 'function' ? this.text() : this.text;
    const line = `${this.label}: ${text ? `${text} ` : ''}(${seconds} s)`;
    this.raw.stderr(`\r${fitLine(line, this.raw.columns?.() ?? 80)}\u001b[K`);
    this.drawn = true;
  }

  private erase(): void {
    if (!this.drawn) return;
    this.raw.stderr(ERASE_LINE);
    this.drawn = false;
  }
}

/**
 * One terminal row: control characters (a file name may hold any) shown as `?`, and cut one
 * short of the width, since writing the last column wraps on many terminals and an erase then
 * clears only the second row.
 */
export function fitLine(text: string, columns: number): string {
  const chars = [...text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')];
  const room = Math.max(10, columns - 1);
  return chars.length <= room ? chars.join('') : `${chars.slice(0, room - 1).join('')}…`;
}

interface Interrupts { remove(): void }

function onInterrupt(before: () => void): Interrupts {
  const handlers = Object.entries(SIGNAL_EXIT).map(([signal, code]) => {
    const handler = () => {
      before();
      process.exit(code);
    };
    process.on(signal, handler);
    return () => process.removeListener(signal, handler);
  });
  return { remove: () => handlers.forEach((remove) => remove()) };
}
