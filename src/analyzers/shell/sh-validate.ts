// Shell syntax validation with mvdan/sh (sh-syntax-check.ts), cached by content. The checker
// (a WASM build of a Go program) is loaded on first use, or earlier through warmUpShellValidation.
import type { Dialect } from './startup.js';

/** mvdan/sh's WASM build runs out of memory on inputs around 1 MB; stay well below. */
export const VALIDATE_MAX_BYTES = 256 * 1024;

export interface SyntaxProblem {
  line: number;
  column: number;
  message: string;
  /** zsh support in mvdan/sh is incomplete: its errors are hints, not proof. */
  advisory: boolean;
}

type ShDialect = Exclude<Dialect, 'fish'>;

let checker: Promise<typeof import('./sh-syntax-check.js')> | null = null;
const loadChecker = () => (checker ??= import('./sh-syntax-check.js'));

/** Start loading and compiling the checker now, so it overlaps other work. */
export function warmUpShellValidation(): void {
  loadChecker().then((m) => m.warmUp(), () => undefined);
}

const results = new Map<string, Promise<SyntaxProblem | null>>();

/** Null when the file parses (or is too large to check, which the caller reports). Cached by content. */
export function validateShell(text: string, dialect: ShDialect): Promise<SyntaxProblem | null> {
  if (Buffer.byteLength(text) > VALIDATE_MAX_BYTES) return Promise.resolve(null);
  const key = `${dialect}\0${text}`;
  let r = results.get(key);
  if (!r) {
    r = loadChecker().then((m) => m.checkSyntax(text, dialect));
    results.set(key, r);
    if (results.size > 256) results.delete(results.keys().next().value!);
  }
  return r;
}
