// The files a walk passed over, kept compactly: /usr holds ~150,000 of them, and one object per
// file (with its path string) cost ~80 MB of heap, more than the rest of inspect together.
// Entries are appended to flat text blocks as NUL-separated fields (no path holds a NUL): a
// directory once for the files that follow it (a walk lists a directory's files together), then
// each name with its reason as an index into a short table (nearly every file has the same one).
import type { SkippedFile, SkippedList } from '../../facts/schema/artifacts.js';

const BLOCK_CHARS = 16 * 1024;
const SEP = '\0';

export class SkippedFiles implements SkippedList {
  #blocks: string[] = [];
  /** Entries since the last full block, joined into one flat string when it fills. */
  #open: string[] = [];
  #openChars = 0;
  #reasons: string[] = [];
  #reasonIndex = new Map<string, number>();
  #label: (path: string) => string = (p) => p;
  #lastDir: string | null = null;
  #length = 0;

  get length(): number {
    return this.#length;
  }

  push(entry: SkippedFile): void {
    let r = this.#reasonIndex.get(entry.reason);
    if (r === undefined) {
      r = this.#reasons.push(entry.reason) - 1;
      this.#reasonIndex.set(entry.reason, r);
    }
    const { dir, name } = splitName(entry.path);
    // A record that starts with an empty field names the directory of the entries after it.
    const dirRecord = dir === this.#lastDir ? '' : `${SEP}${dir}${SEP}`;
    this.#lastDir = dir;
    const text = `${dirRecord}${name}${SEP}${r}${SEP}`;
    this.#open.push(text);
    this.#openChars += text.length;
    this.#length++;
    if (this.#openChars >= BLOCK_CHARS) {
      this.#blocks.push(this.#open.join(''));
      this.#open = [];
      this.#openChars = 0;
    }
  }

  /** Show every path through `label` (the path as the user typed it), now and for later entries. */
  relabel(label: (path: string) => string): void {
    const before = this.#label;
    this.#label = (p) => label(before(p));
  }

  *[Symbol.iterator](): Iterator<SkippedFile> {
    let dir = '';
    for (const block of [...this.#blocks, this.#open.join('')]) {
      let at = 0;
      while (at < block.length) {
        if (block[at] === SEP) {
          const dirEnd = block.indexOf(SEP, at + 1);
          dir = block.slice(at + 1, dirEnd);
          at = dirEnd + 1;
          continue;
        }
        const nameEnd = block.indexOf(SEP, at);
        const reasonEnd = block.indexOf(SEP, nameEnd + 1);
        yield { path: this.#label(dir + block.slice(at, nameEnd)), reason: this.#reasons[Number(block.slice(nameEnd + 1, reasonEnd))]! };
        at = reasonEnd + 1;
      }
    }
  }

  /** What JSON.stringify writes: the entries as an array (report/json-stream.ts streams them instead). */
  toJSON(): SkippedFile[] {
    return [...this];
  }
}

/** A path as its directory (with the separator) and a non-empty last part; dir + name is the path. */
function splitName(p: string): { dir: string; name: string } {
  const cut = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1;
  return cut > 0 && cut < p.length ? { dir: p.slice(0, cut), name: p.slice(cut) } : { dir: '', name: p };
}
