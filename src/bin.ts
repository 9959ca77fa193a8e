#!/usr/bin/env node
// The entry point stays tiny: `godiag --version` answers before any other module is loaded,
// and each subcommand's code is compiled only when that subcommand runs.
declare const __GODIAG_VERSION__: string | undefined;

const argv = process.argv.slice(2);
const first = argv[0];
if (typeof __GODIAG_VERSION__ === 'string' && (first === '--version' || first === '-V' || first === 'version')) {
  process.stdout.write(`godiag ${__GODIAG_VERSION__}\n`);
} else {
  // EPIPE on stdout (e.g. `godiag rules | head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  // A run lasts a second or two, and V8's default tier-up budget spends much of it optimizing code
  // that is hot only briefly: 8x the budget measured lint on 2,700 files 1.53 -> 1.32 s and
  // inspect 0.60 -> 0.54 s, doctor unchanged. A budget given in NODE_OPTIONS or on the node
  // command line wins.
  if (!`${process.env.NODE_OPTIONS ?? ''} ${process.execArgv.join(' ')}`.includes('interrupt-budget')) {
    (await import('node:v8')).setFlagsFromString('--interrupt-budget=540672');
  }
  const { main, internalErrorText, redactingIO } = await import('./cli/main.js');
  const raw = {
    stdout: (s: string) => process.stdout.write(s),
    // A pipe takes 64 KiB at a time: the rest of a large report waits in memory until its reader
    // catches up (inspect --format json of /usr: 19 MB, +22 MB peak RSS), so reports wait for it.
    drain: () => new Promise<void>((resolve) => {
      const done = () => { process.stdout.off('drain', done).off('error', done).off('close', done); resolve(); };
      process.stdout.on('drain', done).on('error', done).on('close', done);
    }),
    stderr: (s: string) => process.stderr.write(s),
    env: process.env,
    cwd: '',
    isTTY: !!process.stdout.isTTY,
    stderrIsTTY: !!process.stderr.isTTY,
    columns: () => process.stderr.columns || 80,
  };
  // main redacts what commands write; what is written here is redacted too.
  const io = redactingIO(raw);
  // Nothing may end as Node's default crash (a stack trace and exit 1, the "findings" code).
  const crash = (e: unknown) => {
    io.stderr(internalErrorText(first ?? 'godiag', e, argv.includes('-v') || argv.includes('--verbose')));
    process.exit(2);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  let cwd: string | null = null;
  try {
    cwd = process.cwd();
  } catch (e) {
    io.stderr(`godiag: the current directory cannot be used (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); it was probably deleted: cd to an existing directory\n`);
    process.exitCode = 2;
  }
  if (cwd !== null) process.exitCode = await main(argv, { ...raw, cwd });
}
