// Go's function table (pclntab), read the way debug/gosym/pclntab.go and runtime/symtab.go lay
// it out. It survives `-ldflags=-s -w` and the loss of build info: the runtime needs it for stack
// traces. Layouts (magic → header → tables):
//   go1.2  (0xfffffffb): header(8) nfunc; functab {pc, funcoff}[nfunc] end-pc; u32 filetab offset;
//                        filetab u32[nfiles] of string offsets; every offset is from the header.
//   go1.16 (0xfffffffa): header(8) nfunc nfiles funcname cu filetab pctab pcln (words, from the header).
//   go1.18 (0xfffffff0) and go1.20 (0xfffffff1): as go1.16 with textStart after nfiles, and
//                        functab entries {u32 entryoff, u32 funcoff}.
// _func: entry (word, or u32 since go1.18), then u32 fields: nameOff, args, deferreturn, pcsp,
// pcfile, pcln, npcdata, cuOffset (go1.16+).
// Every read is bounded and goes through a ByteReader, so the table is never loaded whole.
import { Endian, readTransient } from './source.js';

/** Positional reads; shorter at the end of the data, empty past it (src/analyzers/binary/source.ts ByteSource fits). */
export interface ByteReader {
  readonly size: number;
  read(offset: number, length: number): Promise<Buffer>;
  readTransient?(offset: number, length: number): Promise<Buffer>;
}

export type PclntabLayout = 'go1.2' | 'go1.16' | 'go1.18' | 'go1.20';

const MAGICS: Record<number, PclntabLayout> = { 0xfffffffb: 'go1.2', 0xfffffffa: 'go1.16', 0xfffffff0: 'go1.18', 0xfffffff1: 'go1.20' };

export interface PclntabHeader {
  /** File offset of the header. */
  offset: number;
  layout: PclntabLayout;
  little: boolean;
  quantum: number;
  ptrSize: number;
  nfunc: number;
  nfiles: number;
  /** Offsets from the header; in the go1.2 layout every table is addressed from the header itself. */
  funcnameOff: number;
  cuOff: number;
  filetabOff: number;
  pctabOff: number;
  /** Where functab and the _func records start (pclnOffset; 8 + ptrSize in go1.2). */
  funcdataOff: number;
}

/** Tables larger than this are a corrupt header (esbuild's whole pclntab is ~5 MB). */
const MAX_TABLE = 256 * 1024 * 1024;
const MAX_FUNCS = 4_000_000;
/** Chunk size for the sequential table walks. */
const CHUNK = 256 * 1024;

/** Which layout a 4-byte magic names in either byte order, with the byte order that reads it. */
export function pclntabMagic(b: Buffer, o: number): { layout: PclntabLayout; little: boolean } | null {
  if (o + 8 > b.length || b[o + 4] !== 0 || b[o + 5] !== 0) return null;
  if (![1, 2, 4].includes(b[o + 6]!) || ![4, 8].includes(b[o + 7]!)) return null;
  const le = MAGICS[b.readUInt32LE(o)];
  if (le) return { layout: le, little: true };
  const be = MAGICS[b.readUInt32BE(o)];
  return be ? { layout: be, little: false } : null;
}

/** Integers of the table's byte order; words are the target's pointer size. */
class Reader extends Endian {
  constructor(little: boolean, private readonly ptrSize: number) {
    super(little);
  }
  ptr(b: Buffer, o: number): number {
    return this.word(b, o, this.ptrSize === 8);
  }
}

/**
 * Read and check the header at `offset`. `limit` is how many bytes the table may span (the
 * section size, or the rest of the region a scan found it in). Null when the bytes there are not
 * a consistent pclntab: a scan meets the magic by chance too.
 */
export async function readPclntabHeader(r: ByteReader, offset: number, limit = r.size - offset): Promise<PclntabHeader | null> {
  const head = await r.read(offset, 8 + 8 * 8);
  const magic = pclntabMagic(head, 0);
  if (!magic) return null;
  const ptrSize = head[7]!;
  const rd = new Reader(magic.little, ptrSize);
  const word = (i: number) => (8 + (i + 1) * ptrSize <= head.length ? rd.ptr(head, 8 + i * ptrSize) : -1);
  const base = { offset, layout: magic.layout, little: magic.little, quantum: head[6]!, ptrSize };
  let h: PclntabHeader;
  if (magic.layout === 'go1.2') {
    const nfunc = word(0);
    const funcdataOff = 8 + ptrSize;
    if (nfunc <= 0 || nfunc > MAX_FUNCS) return null;
    const fileOffAt = funcdataOff + (nfunc * 2 + 1) * ptrSize;
    const fo = await r.read(offset + fileOffAt, 4);
    if (fo.length < 4) return null;
    const filetabOff = rd.u32(fo, 0);
    const nf = await r.read(offset + filetabOff, 4);
    if (nf.length < 4) return null;
    h = { ...base, nfunc, nfiles: rd.u32(nf, 0), funcnameOff: 0, cuOff: 0, filetabOff, pctabOff: 0, funcdataOff };
  } else {
    const skip = magic.layout === 'go1.16' ? 0 : 1; // textStart
    h = {
      ...base, nfunc: word(0), nfiles: word(1), funcnameOff: word(2 + skip), cuOff: word(3 + skip),
      filetabOff: word(4 + skip), pctabOff: word(5 + skip), funcdataOff: word(6 + skip),
    };
    const order = [8, h.funcnameOff, h.cuOff, h.filetabOff, h.pctabOff, h.funcdataOff];
    // The linker writes the tables in this order (cmd/link/internal/ld/pcln.go writePCToFunc ...).
    for (let i = 1; i < order.length; i++) if (order[i]! < order[i - 1]! || order[i]! > limit) return null;
    if (h.nfunc <= 0 || h.nfunc > MAX_FUNCS || h.nfiles < 0 || h.nfiles > MAX_FUNCS) return null;
    if (h.cuOff - h.funcnameOff > MAX_TABLE || h.pctabOff - h.filetabOff > MAX_TABLE) return null;
  }
  // The function table must lie inside the data and start with the lowest PC.
  const ft = h.funcdataOff + functabSize(h);
  if (ft > limit || offset + ft > r.size) return null;
  return h;
}

function fieldSize(h: PclntabHeader): number {
  return h.layout === 'go1.18' || h.layout === 'go1.20' ? 4 : h.ptrSize;
}

/** functab: nfunc {pc, funcoff} pairs and the end PC. */
function functabSize(h: PclntabHeader): number {
  return (h.nfunc * 2 + 1) * fieldSize(h);
}

export interface NamedAt { at: number; s: string }

/**
 * A run of whole NUL-terminated strings of a table: `at` is the offset of bytes[0] from the
 * table's start. The bytes may be reused once the next run is asked for: consume, do not keep.
 */
export interface StringRun { at: number; bytes: Buffer }

/** The NUL-separated strings of [start, end) from the reader, a run per chunk (funcnametab, filetab). */
async function* stringRuns(r: ByteReader, start: number, end: number): AsyncGenerator<StringRun> {
  let carry = Buffer.alloc(0);
  let carryAt = start;
  for (let off = start; off < end; off += CHUNK) {
    const chunk = await readTransient(r, off, Math.min(CHUNK, end - off));
    if (chunk.length === 0) break;
    const b = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const last = b.lastIndexOf(0);
    const whole = last + 1;
    const run = { at: carryAt - start, bytes: b.subarray(0, whole) };
    // Copied before the run is handed out: the chunk's memory is reused by the next read.
    carryAt += whole;
    carry = b.length - whole > 64 * 1024 ? Buffer.alloc(0) : Buffer.from(b.subarray(whole)); // no name is this long: corrupt table
    if (whole > 0) yield run;
  }
}

/** The strings of [start, end) with their offsets, a batch per chunk: a promise per string cost more than reading them. */
async function* cStrings(r: ByteReader, start: number, end: number): AsyncGenerator<NamedAt[]> {
  for await (const { at, bytes } of stringRuns(r, start, end)) {
    const batch: NamedAt[] = [];
    let pos = 0;
    for (let nul = bytes.indexOf(0, pos); nul >= 0; nul = bytes.indexOf(0, pos)) {
      if (nul > pos) batch.push({ at: at + pos, s: bytes.toString('utf8', pos, nul) });
      pos = nul + 1;
    }
    yield batch;
  }
}

/**
 * The function name table (go1.16+) as runs of bytes: besides the functab functions it names the
 * functions inlined everywhere, so their packages are seen too. A binary names tens of thousands
 * of functions; decoding each to a string was most of a recovery's time and garbage, so the
 * caller reads the bytes. Empty for go1.2, whose names sit among the _func records (funcEntries).
 */
export async function* nameTable(r: ByteReader, h: PclntabHeader): AsyncGenerator<StringRun> {
  if (h.layout === 'go1.2') return;
  yield* stringRuns(r, h.offset + h.funcnameOff, h.offset + h.cuOff);
}

/** The source file table: every file that contributed code or line information. */
export async function* fileNames(r: ByteReader, h: PclntabHeader): AsyncGenerator<string[]> {
  if (h.layout !== 'go1.2') {
    let n = 0;
    for await (const batch of cStrings(r, h.offset + h.filetabOff, h.offset + h.pctabOff)) {
      const names = batch.slice(0, h.nfiles - n).map((x) => x.s);
      n += names.length;
      yield names;
      if (n >= h.nfiles) return;
    }
    return;
  }
  const rd = new Reader(h.little, h.ptrSize);
  const n = Math.min(h.nfiles, MAX_FUNCS);
  const offs = await r.read(h.offset + h.filetabOff, n * 4);
  // Entry 0 is the count itself.
  const names: string[] = [];
  for (let i = 1; i < n && i * 4 + 4 <= offs.length; i++) {
    const s = await cString(r, h.offset + rd.u32(offs, i * 4));
    if (s) names.push(s);
  }
  yield names;
}

interface FuncRecord { at: number; nameOff: number; fields: Buffer }

/**
 * Reads that move forward through one region, served from a chunk: the _func records follow
 * each other in functab order, so a chunk answers hundreds of them (a read each would cost a
 * window refill whenever another table was read in between).
 */
class ForwardCursor {
  /** The current chunk (transient: valid until the next read of the source): indexed with the position `index` gave. */
  buf: Buffer = Buffer.alloc(0);
  private start = 0;
  constructor(private readonly r: ByteReader) {}
  /** Where [offset, offset+len) starts in buf, or -1 when the chunk must be refilled first (fill). */
  index(offset: number, len: number): number {
    return offset < this.start || offset + len > this.start + this.buf.length ? -1 : offset - this.start;
  }
  async fill(offset: number, len: number): Promise<number> {
    this.buf = await readTransient(this.r, offset, Math.max(CHUNK, len));
    this.start = offset;
    return 0;
  }
}

/**
 * The _func records, in functab order (by entry PC), a batch per functab chunk: nameOff and the
 * 32 bytes of u32 fields from it. With `want`, only the records whose name offset it accepts
 * become objects: finding main.main's record read 12,000 of them for one.
 */
async function* funcRecords(r: ByteReader, h: PclntabHeader, want?: (nameOff: number) => boolean): AsyncGenerator<FuncRecord[]> {
  const rd = new Reader(h.little, h.ptrSize);
  const fs = fieldSize(h);
  const base = h.offset + h.funcdataOff;
  const perChunk = Math.floor(CHUNK / (2 * fs));
  const records = new ForwardCursor(r);
  for (let first = 0; first < h.nfunc; first += perChunk) {
    const count = Math.min(perChunk, h.nfunc - first);
    // A kept read: the records come through the cursor's transient chunks meanwhile.
    const tab = await r.read(base + first * 2 * fs, count * 2 * fs);
    const batch: FuncRecord[] = [];
    for (let j = 0; j < count && (j + 1) * 2 * fs <= tab.length; j++) {
      const funcoff = fs === 4 ? rd.u32(tab, (2 * j + 1) * fs) : rd.ptr(tab, (2 * j + 1) * fs);
      // go1.2 offsets count from the header; later ones from the pcln table (funcdata).
      const at = (h.layout === 'go1.2' ? h.offset : base) + funcoff;
      let i = records.index(at + fs, 32);
      if (i < 0) i = await records.fill(at + fs, 32);
      const b = records.buf;
      if (b.length - i < 4) continue;
      const nameOff = rd.u32(b, i);
      if (want && !want(nameOff)) continue;
      // Copied: the cursor's chunk is transient, and the batch is read after the next fill.
      batch.push({ at, nameOff, fields: Buffer.from(b.subarray(i, Math.min(b.length, i + 32))) });
    }
    yield batch;
  }
}

export interface FuncEntry { nameOff: number; name: string; file: string | null }

/** The entry source file of the functions whose name offsets `want` accepts (see funcEntries). */
export async function* entryFiles(r: ByteReader, h: PclntabHeader, want: (nameOff: number) => boolean): AsyncGenerator<Array<{ nameOff: number; file: string | null }>> {
  for await (const records of funcRecords(r, h, want)) {
    const batch: Array<{ nameOff: number; file: string | null }> = [];
    for (const f of records) batch.push({ nameOff: f.nameOff, file: f.fields.length === 32 ? await entryFile(r, h, f.fields) : null });
    yield batch;
  }
}

/**
 * Every function of the functab with its name and (where wanted) the source file of its entry:
 * the first value of its pcfile table, mapped through the compilation unit table (go1.16+) or
 * the file table (go1.2), as debug/gosym LineTable.go12PCToFile does. Names already read from
 * the name table (knownName) are not read again.
 */
export async function* funcEntries(
  r: ByteReader, h: PclntabHeader, wantFile: (name: string, nameOff: number) => boolean = () => true, knownName: (nameOff: number) => string | undefined = () => undefined,
): AsyncGenerator<FuncEntry[]> {
  const names = h.layout === 'go1.2' ? h.offset : h.offset + h.funcnameOff;
  for await (const records of funcRecords(r, h)) {
    const batch: FuncEntry[] = [];
    for (const f of records) {
      const name = knownName(f.nameOff) ?? await cString(r, names + f.nameOff);
      batch.push({ nameOff: f.nameOff, name, file: f.fields.length === 32 && wantFile(name, f.nameOff) ? await entryFile(r, h, f.fields) : null });
    }
    yield batch;
  }
}

/** The file of a function's entry PC from its _func fields (pcfile at 4, cuOffset at 7). */
async function entryFile(r: ByteReader, h: PclntabHeader, fields: Buffer): Promise<string | null> {
  const rd = new Reader(h.little, h.ptrSize);
  const go12 = h.layout === 'go1.2';
  const v = firstValue(await r.read((go12 ? h.offset : h.offset + h.pctabOff) + rd.u32(fields, 4 * 4), 16));
  // go1.2: an index into the file table, whose entry 0 is its length; later: an index into this function's CU of cutab.
  if (v === null || v < (go12 ? 1 : 0)) return null;
  const at = go12 ? h.offset + h.filetabOff + 4 * v : h.offset + h.cuOff + 4 * (rd.u32(fields, 7 * 4) + v);
  const off = await r.read(at, 4);
  const fileOff = off.length === 4 ? rd.u32(off, 0) : 0xffffffff;
  return fileOff === 0xffffffff ? null : cString(r, (go12 ? h.offset : h.offset + h.filetabOff) + fileOff);
}

async function cString(r: ByteReader, at: number, max = 4096): Promise<string> {
  const b = await r.read(at, max);
  const end = b.indexOf(0);
  return b.toString('utf8', 0, end < 0 ? b.length : end);
}

/** First value of a pcvalue table (debug/gosym LineTable.step): zig-zag delta from -1. */
function firstValue(b: Buffer): number | null {
  let v = 0, shift = 0, i = 0;
  for (; i < b.length && shift < 35; i++, shift += 7) {
    v |= (b[i]! & 0x7f) << shift;
    if ((b[i]! & 0x80) === 0) break;
  }
  if (i >= b.length) return null;
  v >>>= 0;
  const delta = v & 1 ? ~(v >>> 1) : v >>> 1;
  return -1 + delta;
}
