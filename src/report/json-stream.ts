// JSON.stringify(value, null, indent), byte for byte, as a sequence of pieces: a report of a
// /usr-sized tree runs to tens of megabytes, and one string of it (then its redacted and escaped
// copies) would cost several times that in memory. Pieces end between array elements or object
// members, never inside a string, so each one can be redacted on its own.

const PIECE = 64 * 1024;

/** The pieces, each about PIECE characters (a single long string value stays whole). */
export function* jsonPieces(value: unknown, indent?: number): Generator<string> {
  let buffer = '';
  for (const part of parts(value, indent ? ' '.repeat(indent) : '', '')) {
    buffer += part;
    if (buffer.length >= PIECE) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/** A value JSON leaves out of an object (and writes as null in an array). */
function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/**
 * A list kept in some compact form (inspect's skipped files): an iterable whose toJSON is the
 * array of what it iterates. It is written element by element, never made into an array.
 */
function isStreamedList(v: object): v is Iterable<unknown> {
  return !Array.isArray(v) && Symbol.iterator in v && typeof (v as { toJSON?: unknown }).toJSON === 'function';
}

/** A small object or array whose members are all primitives (or absent). */
function isFlat(v: object): boolean {
  let n = 0;
  for (const k in v) {
    const x = (v as Record<string, unknown>)[k];
    if ((x !== null && typeof x === 'object') || ++n > 8) return false;
  }
  return true;
}

function* parts(v: unknown, gap: string, at: string): Generator<string> {
  if (v !== null && typeof v === 'object' && isStreamedList(v)) return yield* listParts(v, gap, at);
  if (v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function' || isFlat(v)) {
    // Leaves, values with their own toJSON and objects of leaves only (one per skipped file of a
    // tree: one string each, not one per member).
    yield whole(v, gap, at);
    return;
  }
  if (Array.isArray(v)) return yield* listParts(v, gap, at);
  const inner = at + gap;
  const open = gap ? `\n${inner}` : '';
  const close = gap ? `\n${at}` : '';
  const entries = Object.entries(v).filter(([, x]) => !omitted(x));
  if (entries.length === 0) return yield '{}';
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [k, x] = entries[i]!;
    yield `${i ? ',' : ''}${open}${JSON.stringify(k)}:${gap ? ' ' : ''}`;
    yield* parts(x, gap, inner);
  }
  yield `${close}}`;
}

/** JSON.stringify itself, re-indented to this depth. */
function whole(v: unknown, gap: string, at: string): string {
  const text = JSON.stringify(v, null, gap) ?? 'null';
  return gap && at && text.includes('\n') ? text.replaceAll('\n', `\n${at}`) : text;
}

function* listParts(list: Iterable<unknown>, gap: string, at: string): Generator<string> {
  const inner = at + gap;
  const open = gap ? `\n${inner}` : '';
  let first = true;
  for (const x of list) {
    yield first ? `[${open}` : `,${open}`;
    first = false;
    // An element that is an object is written whole: reports are long lists of findings, files
    // and binaries, each small, and a generator frame per member of each was most of the time.
    if (omitted(x)) yield 'null';
    else if (x !== null && typeof x === 'object' && !Array.isArray(x) && !isStreamedList(x)) yield whole(x, gap, inner);
    else yield* parts(x, gap, inner);
  }
  yield first ? '[]' : `${gap ? `\n${at}` : ''}]`;
}
