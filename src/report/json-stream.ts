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

function* parts(v: unknown, gap: string, at: string): Generator<string> {
  if (v === null || typeof v !== 'object' || typeof (v as { toJSON?: unknown }).toJSON === 'function') {
    // Leaves, and values with their own toJSON: JSON.stringify itself, re-indented to this depth.
    const text = JSON.stringify(v, null, gap) ?? 'null';
    yield gap && at && text.includes('\n') ? text.replaceAll('\n', `\n${at}`) : text;
    return;
  }
  const inner = at + gap;
  const open = gap ? `\n${inner}` : '';
  const close = gap ? `\n${at}` : '';
  if (Array.isArray(v)) {
    if (v.length === 0) return yield '[]';
    yield '[';
    for (let i = 0; i < v.length; i++) {
      yield i ? `,${open}` : open;
      yield* omitted(v[i]) ? ['null'] : parts(v[i], gap, inner);
    }
    return yield `${close}]`;
  }
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
