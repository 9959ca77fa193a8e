import { COMMANDS } from './commands.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { VERSION } from '../report/version.js';
import { redactString } from '../engine/redact.js';
import { neutralizeControls } from '../report/escape.js';
import { decideColor } from '../report/style.js';

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const lines = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`);
  return [
    'godiag: why Go fails on this machine, in this container, in this pipeline',
    '',
    'usage: godiag <command> [flags]',
    '',
    'commands:',
    ...lines,
    '',
    'global flags: --help, --version',
    'run `godiag <command> --help` for a command\'s flags; `godiag explain GDnnn` for a rule.',
    '',
  ].join('\n');
}

/**
 * The io every command gets: each byte written is redacted first, error messages included, and
 * no control character but line breaks, tabs (and colours, where colour may be on) gets through.
 */
export function redactingIO(io: CliIO): CliIO {
  const color = decideColor(io.env, io.isTTY, false);
  const safe = (s: string) => neutralizeControls(redactString(s), color);
  const status = !!io.stderrIsTTY;
  const safeErr = (s: string) => neutralizeControls(redactString(s), color, status);
  return { ...io, stdout: (s) => io.stdout(safe(s)), stderr: (s) => io.stderr(safeErr(s)) };
}

/** One line for an error that is not the user's; the stack only with -v. */
export function internalErrorText(command: string, e: unknown, verbose: boolean): string {
  const err = e as NodeJS.ErrnoException;
  if (!(e instanceof Error)) return `godiag ${command}: internal error: ${String(e)}\n`;
  const line = `godiag ${command}: ${err.code ? '' : 'internal error: '}${err.message.split('\n')[0]}`;
  return verbose ? `${line}\n${err.stack ?? ''}\n` : `${line}\n`;
}

export async function main(argv: string[], rawIO: CliIO): Promise<number> {
  const io = redactingIO(rawIO);
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-V' || first === 'version') {
    io.stdout(`godiag ${VERSION}\n`);
    return EXIT.clean;
  }
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(usage());
    return first === undefined ? EXIT.usage : EXIT.clean;
  }
  const cmd = COMMANDS[first];
  if (!cmd) {
    io.stderr(`godiag: unknown command ${JSON.stringify(first)}\n\n${usage()}`);
    return EXIT.usage;
  }
  try {
    const mod = await cmd.load();
    return await mod.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`godiag ${first}: ${e.message}\n`);
      return EXIT.usage;
    }
    io.stderr(internalErrorText(first, e, rest.includes('-v') || rest.includes('--verbose')));
    return EXIT.usage;
  }
}
