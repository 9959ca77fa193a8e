// A global replace that tries a pattern only where a match of it can begin. Several secret
// patterns open with a character class (`[A-Za-z0-9_]*TOKEN...`, `[a-z][a-z0-9+.-]*://`), so the
// regex engine tries them at every offset of the text and re-reads each word from each of its
// letters: most of the redaction of a report's megabytes. Each start finder below names every
// offset where its pattern can match, in increasing order, from a literal that every match holds
// ("://", "@", a secret word); the pattern itself, sticky, decides there. The result is the one
// String.prototype.replace gives (test/engine/redact-scan.test.ts compares them).

/** The smallest offset >= from where a match may begin, or -1: never one past a possible start. */
export type StartFinder = (text: string, from: number) => number;

/** text.replace(pattern, replacement) for a global pattern, trying it only where `next` says. */
export function replaceAtStarts(text: string, sticky: RegExp, replacement: string, next: StartFinder): string {
  let out = '';
  let copied = 0;
  for (let from = 0, at = next(text, 0); at >= 0; at = next(text, from)) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m || m[0] === '') {
      from = at + 1;
      continue;
    }
    out += text.slice(copied, at) + expand(replacement, m);
    from = copied = at + m[0].length;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** The pattern as a sticky one (flags kept but g), for replaceAtStarts. */
export function stickyOf(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace('g', '') + 'y');
}

/** $1..$9 as String.prototype.replace reads them (an unmatched group is empty). */
function expand(replacement: string, m: RegExpExecArray): string {
  return replacement.replace(/\$([1-9])/g, (_, n: string) => m[Number(n)] ?? '');
}

const code = (text: string, i: number) => text.charCodeAt(i);
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAlnum = (c: number) => isLetter(c) || isDigit(c);
/** \w without the u flag. */
const isWordChar = (c: number) => isAlnum(c) || c === 95;
/** [a-z0-9+.-] with the i flag: a URL scheme's characters. */
const isSchemeChar = (c: number) => isAlnum(c) || c === 43 || c === 46 || c === 45;
/** [a-z0-9-] with the i flag: a flag or header name's characters. */
const isDashedNameChar = (c: number) => isAlnum(c) || c === 45;
const SPACE = /\s/;
/** \s: ASCII by code, the rest (no-break and other Unicode spaces) by the regex's own class. */
const isSpaceCode = (c: number) => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(String.fromCharCode(c)));
const isSpace = (text: string, i: number) => isSpaceCode(code(text, i));
/** Where ^ matches under the m flag: the text's start or after a line terminator. */
const isLineStart = (text: string, i: number) => {
  if (i === 0) return true;
  const c = code(text, i - 1);
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
};
/** \b just before offset i (no u flag). */
const wordBoundaryBefore = (text: string, i: number) => (i === 0 || !isWordChar(code(text, i - 1))) !== (i >= text.length || !isWordChar(code(text, i)));

/**
 * The first offset of the run of `inRun` characters that ends at `end` (exclusive). The last run
 * found is remembered: the finders ask about one run again and again (a word holds several secret
 * words; a failed start is followed by the next one), and walking it back each time would make a
 * long run cost its length squared.
 */
function runStart(text: string, end: number, inRun: (c: number) => boolean): number {
  if (end === 0 || !inRun(code(text, end - 1))) return end;
  // Two strings of the same content but different objects compare by content: once per
  // replaceAtStarts, since the text just compared is remembered below.
  const known = lastRun.inRun === inRun && lastRun.text === text;
  let i = end;
  while (i > 0 && inRun(code(text, i - 1))) {
    if (known && i - 1 >= lastRun.start && i - 1 < lastRun.end) {
      i = lastRun.start;
      break;
    }
    i--;
  }
  lastRun = { text, inRun, start: i, end };
  return i;
}
let lastRun: { text: string; inRun: ((c: number) => boolean) | null; start: number; end: number } = { text: '', inRun: null, start: 0, end: 0 };

/**
 * scheme://userinfo@: a match begins at a letter of the scheme, and the scheme runs to "://". Every
 * letter of one run gives the same match or none, so the run's first letter from `from` is the one.
 */
export const urlStarts: StartFinder = (text, from) => {
  let sep = text.indexOf('://', from);
  // Inside a scheme run, one of whose letters just failed: the others fail alike.
  if (sep >= 0 && from > 0 && isSchemeChar(code(text, from - 1)) && runStart(text, sep, isSchemeChar) <= from) sep = text.indexOf('://', sep + 1);
  for (; sep >= 0; sep = text.indexOf('://', sep + 1)) {
    for (let i = Math.max(runStart(text, sep, isSchemeChar), from); i < sep; i++) if (isLetter(code(text, i))) return i;
  }
  return -1;
};

/** Characters that end user:password@ going back from its @ (\s / ? # " ` , | @). */
const isUserinfoStop = (c: number) => c === 47 || c === 63 || c === 35 || c === 34 || c === 96 || c === 44 || c === 124 || c === 64 || isSpaceCode(c);
const isUserinfoChar = (c: number) => !isUserinfoStop(c);
/** What may precede user:password@ (the pattern's (^|[\s=,|"'(]) ). */
const isUserinfoBefore = (c: number) => c === 61 || c === 44 || c === 124 || c === 34 || c === 39 || c === 40 || isSpaceCode(c);

/**
 * user:password@ without a scheme: a match holds one @, at its end, and everything before it back
 * to the character that precedes it is free of those characters: it begins at such a character or at
 * a line start there.
 */
export const userinfoStarts: StartFinder = (text, from) => {
  for (let at = text.indexOf('@', from); at >= 0; at = text.indexOf('@', at + 1)) {
    const first = runStart(text, at, isUserinfoChar);
    for (let i = Math.max(first - 1, from); i < at; i++) if (isUserinfoBefore(code(text, i)) || isLineStart(text, i)) return i;
  }
  return -1;
};

/** Every offset where the scan matches, in order: three patterns share one secret-word scan of a text. */
function hitsOf(scan: RegExp, text: string): number[] {
  if (lastHits?.scan === scan && lastHits.text === text) {
    lastHits.text = text; // the same object next time: no second comparison by content
    return lastHits.hits;
  }
  const hits: number[] = [];
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) hits.push(m.index), (scan.lastIndex = m.index + 1);
  lastHits = { scan, text, hits };
  return hits;
}
let lastHits: { scan: RegExp; text: string; hits: number[] } | null = null;
const scans = new Map<string, RegExp>();

/** The starts of a pattern that holds a secret word: `startsOf` maps an offset where a word begins to the match's start. */
export function secretWordStarts(words: RegExp, startsOf: (text: string, hit: number, floor: number) => number): StartFinder {
  const key = `${words.source}/${words.flags}`;
  let scan = scans.get(key);
  if (!scan) scans.set(key, (scan = new RegExp(words.source, words.flags.includes('g') ? words.flags : `${words.flags}g`)));
  const wordScan = scan;
  return (text, from) => {
    const hits = hitsOf(wordScan, text);
    // Offsets below `floor` are no start: before `from`, or found none for an earlier word of the same run.
    let floor = from;
    for (let i = firstAtOrAfter(hits, from); i < hits.length; i++) {
      const start = startsOf(text, hits[i]!, floor);
      if (start >= 0) return start;
      floor = hits[i]! + 1;
    }
    return -1;
  };
}

/** The index of the first element >= n in an ascending list (its length when none). */
function firstAtOrAfter(list: readonly number[], n: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A header name (X-Api-Key:, Private-Token:): dashed words ending in the secret word, opening at a
 * word boundary. Any boundary of the word's dashed run before the word may open a match.
 */
export function headerStart(text: string, hit: number, floor: number): number {
  for (let i = Math.max(runStart(text, hit, isDashedNameChar), floor); i <= hit; i++) if (isAlnum(code(text, i)) && wordBoundaryBefore(text, i)) return i;
  return -1;
}

/** A flag (--api-key=, -password ): its dashed name opens right after a space or quote, or at a line start. */
export function flagStart(text: string, hit: number, floor: number): number {
  const name = runStart(text, hit, isDashedNameChar);
  if (code(text, name) !== 45) return -1;
  if (name - 1 >= floor && (isSpace(text, name - 1) || text[name - 1] === '"')) return name - 1;
  return name >= floor && isLineStart(text, name) ? name : -1;
}

/** NAME=value: the name is the whole word (letters, digits, _) that holds the secret word. */
export function assignmentStart(text: string, hit: number, floor: number): number {
  const name = runStart(text, hit, isWordChar);
  return name >= floor ? name : -1;
}
