/**
 * A pseudo-terminal without native addons. Node cannot ioctl(TIOCSPTLCK/TIOCGPTN), so it
 * cannot unlock a /dev/ptmx it opens. Options weighed: python3's pty module (not on every
 * machine), a helper Go program built at run time (needs a toolchain and writes a binary),
 * util-linux script(1) (package bsdutils, Essential in Debian/Ubuntu; in util-linux on
 * Fedora/RHEL/Arch; Alpine: util-linux-misc). script holds the master and copies it to
 * its stdout; we give that stdout our stalled FIFO, so script stops draining the master
 * once the FIFO is full, and the program's pty fills: the undrained-pty case.
 *
 * script(1) only takes a shell command (-c, run by $SHELL -c). That is the one shell
 * string godiag builds: /bin/sh forced, every argument single-quoted (POSIX quoting,
 * ' → '\''), so no argument is ever interpreted by the shell.
 */
import { shQuote } from '../../knowledge/shell-quote.js';

export function scriptArgv(argv: readonly string[], userShell: string | undefined): { file: string; args: string[]; shell: string } {
  const restore = userShell === undefined ? 'unset SHELL' : `SHELL=${shQuote(userShell)}; export SHELL`;
  const command = `${restore}; exec ${argv.map(shQuote).join(' ')}`;
  // -q no banner, -e return the child's exit status, log to /dev/null.
  return { file: 'script', args: ['-q', '-e', '-c', command, '/dev/null'], shell: '/bin/sh' };
}
