// go.sum as cmd/go reads it (cmd/go/internal/modfetch/fetch.go readGoSum): one
// "<module> <version>[/go.mod] <hash>" per line; a line with another number of fields makes
// go fail with "malformed go.sum"; empty lines are skipped.

export interface GoSumLine {
  path: string;
  version: string;
  /** The line hashes the module's go.mod file (version suffixed /go.mod), not its zip. */
  goMod: boolean;
  hash: string;
  line: number;
}

export function parseGoSum(text: string): { lines: GoSumLine[]; malformed: Array<{ line: number; text: string }> } {
  const lines: GoSumLine[] = [];
  const malformed: Array<{ line: number; text: string }> = [];
  text.split('\n').forEach((raw, i) => {
    const f = raw.trim().split(/\s+/).filter(Boolean);
    if (f.length === 0) return;
    if (f.length !== 3) { malformed.push({ line: i + 1, text: raw }); return; }
    const goMod = f[1]!.endsWith('/go.mod');
    lines.push({ path: f[0]!, version: goMod ? f[1]!.slice(0, -'/go.mod'.length) : f[1]!, goMod, hash: f[2]!, line: i + 1 });
  });
  return { lines, malformed };
}
