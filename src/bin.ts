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
  const { main } = await import('./cli/main.js');
  process.exitCode = await main(argv, {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    cwd: process.cwd(),
    isTTY: !!process.stdout.isTTY,
  });
}
