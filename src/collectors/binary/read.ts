// Reading binaries from a Host for the parsers in analyzers/binary: open, recognise the format
// from the first 16 bytes, hand the opened file (bounded positional reads) to the parser.
import type { BinaryFacts } from '../../facts/schema/artifacts.js';
import { buildInfoSummary, detectFormat, inspectSourceOrNull, NotABinaryError, NOT_A_BINARY, type BuildInfoSummary } from '../../analyzers/binary/index.js';
import { isHostError, LocalHost, type Host, type HostError, type HostFile } from '../host.js';

let defaultHost: Host | undefined;
const local = () => (defaultHost ??= new LocalHost());

/** A Host failure as an exception whose code says what happened (describeFsError reads it). */
export class HostFileError extends Error {
  readonly code: string;
  constructor(e: HostError) {
    super(e.message);
    this.code = e.code;
  }
}

/**
 * Inspect one file. Resolves with the facts of the binary (for a universal Mach-O file, of its
 * first slice; use inspectBinaryAll for every slice). Rejects with NotABinaryError, FormatError
 * (corrupt or truncated) or a HostFileError. Never opens FIFOs, sockets or devices.
 */
export async function inspectBinary(path: string, host: Host = local()): Promise<BinaryFacts> {
  const all = await inspectBinaryAll(path, host);
  return all[0]!;
}

/** Every image in the file: one for thin binaries, one per architecture for universal ones. */
export async function inspectBinaryAll(path: string, host: Host = local()): Promise<BinaryFacts[]> {
  const opened = await openBinary(host, path);
  if (!opened) throw new NotABinaryError(NOT_A_BINARY);
  return inspectOpened(opened, path);
}

/** The build info alone (see buildInfoSummary); null when the file has none or is no binary. */
export async function readBuildInfoSummary(path: string, host: Host = local()): Promise<BuildInfoSummary | null> {
  const opened = await openBinary(host, path);
  if (!opened) return null;
  try {
    return await buildInfoSummary(opened);
  } finally {
    opened.close();
  }
}

/**
 * Open a file and recognise its format from the first 16 bytes; null (and the file closed) when
 * it is in no executable format. Most files of a tree stop here, after one call to the Host.
 * `knownRegular`: the caller has just listed the path as a regular file (a directory walk).
 */
export function openBinary(host: Host, path: string, opts: { knownRegular?: boolean } = {}): Promise<HostFile | null> {
  return host.openFile(path, { ...opts, headBytes: FORMAT_HEAD_BYTES }).then(recognised);
}

function recognised(file: HostFile | HostError): HostFile | null {
  if (isHostError(file)) {
    if (file.code === 'EISDIR' || file.code === 'ENOTREG') throw new NotABinaryError(file.message);
    throw new HostFileError(file);
  }
  if (detectFormat(file.head) !== null) return file;
  file.close();
  return null;
}

/** The number of bytes that identify an executable format. */
export const FORMAT_HEAD_BYTES = 16;

/** Analyse an opened binary; always closes it. */
export async function inspectOpened(file: HostFile, path: string): Promise<BinaryFacts[]> {
  try {
    return (await inspectSourceOrNull(file, path)) ?? [];
  } finally {
    file.close();
  }
}
