// The files fix --apply and --undo change: the real file behind a path, read only if it is a small
// regular file we may write. The reading guard and the writes themselves are the local writer's
// (collectors/host-write.ts): atomic replace keeping mode and owner, temp files, directories.
import { FileRefused, readEditable, resolveLink } from '../collectors/host-write.js';

/** Startup files and go env files are small; anything bigger is not one. */
export const MAX_EDIT_BYTES = 4 * 1024 * 1024;

/** A file fix will not change, and why. */
export { FileRefused as FixFileError };

/** What a file was before a change: enough to write it back exactly. */
export interface FileState {
  /** The path as a fix names it (a symlink stays a symlink: its target is edited). */
  path: string;
  /** The regular file that is read and replaced. */
  target: string;
  existed: boolean;
  bytes: Buffer | null;
  mode: number;
  uid: number;
  gid: number;
}

/**
 * Read a file fix may change, through a symbolic link to the file it names. Refused: a dangling
 * link, anything but a regular file, files over MAX_EDIT_BYTES, and files the owner cannot write.
 */
export function readForEdit(p: string): FileState {
  const target = resolveLink(p);
  const now = readEditable(target, MAX_EDIT_BYTES);
  if (!now) return { path: p, target, existed: false, bytes: null, mode: 0o644, uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 };
  return { path: p, target, existed: true, ...now };
}
