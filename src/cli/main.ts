import { COMMANDS } from './commands.js';
import { EXIT, UsageError, type CliIO } from './io.js';
import { VERSION } from './version.js';

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

export async function main(argv: string[], io: CliIO): Promise<number> {
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
    io.stderr(`godiag ${first}: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.usage;
  }
}
