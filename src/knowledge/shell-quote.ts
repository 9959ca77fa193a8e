// The one place a value becomes shell text. Every fix, startup-file block and command godiag
// builds quotes values here, so a GOPATH holding `$(...)`, a quote or a newline stays a value.

/** Shells whose quoting godiag speaks; bash, zsh, dash and busybox ash all follow POSIX sh here. */
export type QuoteShell = 'sh' | 'bash' | 'zsh' | 'fish';

/** Words that mean the same quoted or not, in every shell above (no globs, no ~, no $, no spaces). */
const PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * POSIX sh single quotes: nothing inside is special, not even a newline; a ' is closed, escaped
 * and reopened ('\''). bash and zsh read this the same way (man bash QUOTING, zshmisc QUOTING).
 */
export function shQuote(value: string): string {
  return PLAIN.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** fish single quotes: only \' and \\ are escapes inside them (fish-doc "Quotes"). */
export function fishQuote(value: string): string {
  return PLAIN.test(value) ? value : `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

export function quoteFor(shell: QuoteShell, value: string): string {
  return shell === 'fish' ? fishQuote(value) : shQuote(value);
}

