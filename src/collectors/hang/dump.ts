import type { HangRun } from '../../facts/schema/hang.js';
import type { ChildEnd } from './child.js';
import { blockedInWrite, dumpStart, parseGoroutines } from '../../analyzers/hang/goroutines.js';

/**
 * A goroutine dump: SIGQUIT makes the Go runtime print every goroutine's stack on fd 2
 * (all of them with GOTRACEBACK=all) and exit with status 2 (runtime/signal_unix.go,
 * https://pkg.go.dev/runtime#hdr-Environment_Variables). It ends the program.
 */
const DUMP_WAIT_MS = 10_000;

/** read() returns everything captured so far. */
export async function collectDump(o: { pid: number; exited: Promise<ChildEnd>; read: () => string }
): Promise<NonNullable<HangRun['goroutines']>> {
  try {
    process.kill(o.pid, 'SIGQUIT');
  } catch (e) {
    return { sent: false, total: 0, blockedInWrite: [], note: `SIGQUIT not sent: ${(e as Error).message}` };
  }
  let text = '';
  // The wait ends as soon as the program exits, which it does once the dump is written; the
  // bound is for a program that handles SIGQUIT and lives on, and is generous for busy machines.
  const deadline = performance.now() + DUMP_WAIT_MS;
  let gone = false;
  void o.exited.then(() => { gone = true; });
  while (performance.now() < deadline) {
    text = o.read();
    if (gone) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  await new Promise((r) => setTimeout(r, 50));
  text = o.read();
  const at = dumpStart(text);
  if (at < 0) return { sent: true, total: 0, blockedInWrite: [], note: 'SIGQUIT sent, but no goroutine dump was printed (not a Go program, or SIGQUIT is handled by signal.Notify)' };
  const all = parseGoroutines(text.slice(at));
  return { sent: true, total: all.length, blockedInWrite: blockedInWrite(all), note: 'SIGQUIT sent with GOTRACEBACK=all; the program printed its goroutines and exited' };
}
