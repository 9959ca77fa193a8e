// GOFLAGS validation as cmd/go does it (src/cmd/go/internal/base/goflags.go InitGOFLAGS and
// SetFromGOFLAGS): words, each `-flag`, `--flag`, `-flag=value`; every name must be known to SOME
// go command (the union registered by AddKnownFlags), else every command but `go env`/`go bug`
// fails with "go: parsing $GOFLAGS: unknown flag -NAME". Flags a command does not have are ignored;
// those it has are set as on its command line, so a boolean's value must parse (strconv.ParseBool)
// and -mod must be one of its modes. Words are split by cmd/internal/quoted.Split (single or double
// quotes around a whole word, nothing unescaped) in go1.26.8 and go1.27.3, by strings.Fields in
// go1.19.8 (both checked with the real go). The list is checked in test/knowledge/goflags.test.ts.

export const KNOWN_GOFLAGS = new Set([
  // build flags (go help build)
  'a', 'n', 'p', 'race', 'msan', 'asan', 'cover', 'covermode', 'coverpkg', 'v', 'work', 'x', 'asmflags',
  'buildmode', 'buildvcs', 'compiler', 'gccgoflags', 'gcflags', 'installsuffix', 'ldflags', 'linkshared',
  'mod', 'modcacherw', 'modfile', 'overlay', 'pgo', 'pkgdir', 'tags', 'trimpath', 'toolexec', 'json', 'o',
  // test flags (go help testflag)
  'count', 'cpu', 'failfast', 'fullpath', 'fuzz', 'fuzztime', 'fuzzminimizetime', 'list', 'parallel', 'run',
  'short', 'shuffle', 'skip', 'timeout', 'vet', 'bench', 'benchmem', 'benchtime', 'blockprofile',
  'blockprofilerate', 'coverprofile', 'cpuprofile', 'memprofile', 'memprofilerate', 'mutexprofile',
  'mutexprofilefraction', 'outputdir', 'trace', 'c', 'exec',
  // get, list, mod, work, env, version and debug flags
  't', 'u', 'd', 'f', 'fix', 'insecure', 'tool', 'compiled', 'deps', 'e', 'export', 'find', 'm', 'retracted',
  'reuse', 'test', 'versions', 'i', 'r', 'w', 'diff', 'go', 'exclude', 'droprequire', 'require', 'replace',
  'dropreplace', 'retract', 'dropretract', 'print', 'fmt', 'changed', 'toolchain', 'debug-actiongraph',
  'debug-trace', 'debug-runtime-trace',
]);

export interface GoflagsProblem {
  word: string;
  problem: string;
}

/**
 * The first release whose GOFLAGS parser is quoted.Split. go1.19.8 uses strings.Fields and
 * go1.26.8 quoted.Split (both read and run here); the release in between that switched was not
 * available to check, and 1.21 is assumed.
 */
export const GOFLAGS_QUOTES_SINCE = '1.21';

/** cmd/internal/quoted.Split: quotes around a whole word; an unterminated quote is an error. */
export function splitQuoted(s: string): { words: string[]; error: string | null } {
  const words: string[] = [];
  let i = 0;
  const space = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  while (i < s.length) {
    while (i < s.length && space(s[i])) i++;
    if (i >= s.length) break;
    const q = s[i];
    if (q === '"' || q === "'") {
      const end = s.indexOf(q, i + 1);
      if (end < 0) return { words, error: `unterminated ${q} string` };
      words.push(s.slice(i + 1, end));
      i = end + 1;
      continue;
    }
    const start = i;
    while (i < s.length && !space(s[i])) i++;
    words.push(s.slice(start, i));
  }
  return { words, error: null };
}

/**
 * Problems the go command reports for GOFLAGS=value. `quoted`: whether the go that runs splits
 * with quoted.Split (see GOFLAGS_QUOTES_SINCE); unknown version → the current behaviour.
 */
export function checkGoflags(value: string, quoted = true): GoflagsProblem[] {
  const problems: GoflagsProblem[] = [];
  let words: string[];
  if (quoted) {
    const split = splitQuoted(value);
    if (split.error) return [{ word: value, problem: `"go: parsing $GOFLAGS: ${split.error}"` }];
    words = split.words;
  } else words = value.split(/\s+/).filter(Boolean);
  let previous: { name: string; word: string } | null = null;
  for (const word of words) {
    const problem = wordProblem(word, previous, quoted);
    if (problem) problems.push({ word, problem });
    const name = flagName(word);
    previous = name ? { name, word } : null;
  }
  return problems;
}

/**
 * A GOFLAGS value go accepts, from one it rejects: words whose problem is a go env flag glued from
 * the previous value are joined back into it (quoted, as quoted.Join would), other bad words
 * dropped. Null when nothing valid is left or the value cannot be repaired that way.
 */
export function repairGoflags(value: string, quoted = true): string | null {
  const split = quoted ? splitQuoted(value) : { words: value.split(/\s+/).filter(Boolean), error: null };
  if (split.error) return null;
  const out: string[] = [];
  let previous: { name: string; word: string } | null = null;
  for (const word of split.words) {
    const name = flagName(word);
    if (name && GO_ENV_WRITE_FLAGS.has(name) && previous && FLAGS_WITH_VALUES.has(previous.name) && quoted) {
      out[out.length - 1] = `${out[out.length - 1]!} ${word}`;
      continue;
    }
    if (!wordProblem(word, previous, quoted)) out.push(word);
    previous = name ? { name, word } : null;
  }
  const joined = out.map((w) => (/\s/.test(w) ? (w.includes('"') ? `'${w}'` : `"${w}"`) : w)).join(' ');
  return joined || null;
}

function flagName(word: string): string | null {
  if (!word.startsWith('-') || word === '-' || word === '--' || word.startsWith('---') || word.startsWith('-=') || word.startsWith('--=')) return null;
  let name = word.slice(1);
  if (name.startsWith('-')) name = name.slice(1);
  const eq = name.indexOf('=');
  return eq >= 0 ? name.slice(0, eq) : name;
}

function wordProblem(word: string, previous: { name: string; word: string } | null, quoted: boolean): string | null {
  const name = flagName(word);
  if (name === null) {
    const hint = !quoted && /^["']/.test(word) ? ' (this go splits GOFLAGS at spaces and does not understand quotes; that arrived after go1.19)' : ' (each word must be -flag or -flag=value)';
    return `non-flag ${JSON.stringify(word)}${hint}`;
  }
  if (name === 'C') return '-C cannot be set in GOFLAGS: it must be the first flag on the command line';
  if (!KNOWN_GOFLAGS.has(name)) return `unknown flag -${name}`;
  const eq = word.indexOf('=');
  const value = eq >= 0 ? word.slice(eq + 1) : null;
  if (GO_ENV_WRITE_FLAGS.has(name)) {
    const glued = previous && FLAGS_WITH_VALUES.has(previous.name) ? ` It looks like the rest of ${previous.word}: ${quoted ? `quote the whole word, GOFLAGS='"${previous.word} ${word}"'` : 'this go cannot put a space inside a GOFLAGS value'}.` : '';
    return `-${name} is go env's ${name === 'w' ? 'write' : 'unset'} flag: go build ignores it, but every \`go env KEY\` becomes \`go env -${name} KEY\` and fails or rewrites the go env file.${glued}`;
  }
  if (value === null && FLAGS_WITH_VALUES.has(name)) return `-${name} needs a value: write -${name}=VALUE (GOFLAGS words cannot be separated from their values): "go: flag needs an argument: -${name} (from $GOFLAGS)"`;
  if (value !== null && BOOL_FLAGS.has(name) && !PARSE_BOOL.has(value)) return `"go: invalid boolean value ${JSON.stringify(value)} for flag -${name} (from $GOFLAGS): parse error"`;
  if (value !== null && name === 'buildvcs' && value !== 'auto' && !PARSE_BOOL.has(value)) return `"go: invalid boolean value ${JSON.stringify(value)} for flag -buildvcs (from $GOFLAGS): value is neither 'auto' nor a valid bool"`;
  if (value !== null && name === 'mod' && !['', 'mod', 'readonly', 'vendor'].includes(value)) return `"-mod=${value} not supported (can be '', 'mod', 'readonly', or 'vendor')"`;
  return null;
}

/** strconv.ParseBool's accepted spellings. */
const PARSE_BOOL = new Set(['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False']);

/** Boolean build flags (go help build): a value must be a ParseBool spelling. */
const BOOL_FLAGS = new Set(['a', 'n', 'race', 'msan', 'asan', 'cover', 'v', 'work', 'x', 'linkshared', 'modcacherw', 'trimpath']);

/** go env's -w and -u: as GOFLAGS they turn every `go env KEY` into a write or an unset. */
const GO_ENV_WRITE_FLAGS = new Set(['w', 'u']);

/** Flags that take a value: in GOFLAGS they must be written -flag=value. */
const FLAGS_WITH_VALUES = new Set(['p', 'covermode', 'coverpkg', 'asmflags', 'buildmode', 'compiler', 'gccgoflags', 'gcflags', 'installsuffix', 'ldflags', 'mod', 'modfile', 'overlay', 'pgo', 'pkgdir', 'tags', 'toolexec', 'o', 'count', 'cpu', 'fuzz', 'fuzztime', 'fuzzminimizetime', 'list', 'parallel', 'run', 'skip', 'timeout', 'vet', 'bench', 'benchtime', 'blockprofile', 'blockprofilerate', 'coverprofile', 'cpuprofile', 'memprofile', 'memprofilerate', 'mutexprofile', 'mutexprofilefraction', 'outputdir', 'trace', 'exec', 'shuffle']);
