// GOFLAGS validation as cmd/go does it (src/cmd/go/internal/base/goflags.go InitGOFLAGS):
// space-separated words, each `-flag`, `--flag`, `-flag=value`; every name must be known to SOME
// go command (the union registered by AddKnownFlags), else every command but `go env`/`go bug`
// fails with "go: parsing $GOFLAGS: unknown flag -NAME". Flags a command does not have are ignored.
// The list is checked against the real go command in test/knowledge/goflags.test.ts.

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

export function checkGoflags(value: string): GoflagsProblem[] {
  const problems: GoflagsProblem[] = [];
  for (const word of value.split(/[ \t\n\r]+/).filter(Boolean)) {
    if (!word.startsWith('-') || word === '-' || word === '--' || word.startsWith('---') || word.startsWith('-=') || word.startsWith('--=')) {
      problems.push({ word, problem: `non-flag ${JSON.stringify(word)} (each word must be -flag or -flag=value)` });
      continue;
    }
    let name = word.slice(1);
    if (name.startsWith('-')) name = name.slice(1);
    const eq = name.indexOf('=');
    if (eq >= 0) name = name.slice(0, eq);
    if (name === 'C') problems.push({ word, problem: '-C cannot be set in GOFLAGS: it must be the first flag on the command line' });
    else if (!KNOWN_GOFLAGS.has(name)) problems.push({ word, problem: `unknown flag -${name}` });
    else if (eq < 0 && FLAGS_WITH_VALUES.has(name)) problems.push({ word, problem: `-${name} needs a value: write -${name}=VALUE (GOFLAGS words cannot be separated from their values)` });
  }
  return problems;
}

/** Flags that take a value: in GOFLAGS they must be written -flag=value. */
const FLAGS_WITH_VALUES = new Set(['p', 'covermode', 'coverpkg', 'asmflags', 'buildmode', 'compiler', 'gccgoflags', 'gcflags', 'installsuffix', 'ldflags', 'mod', 'modfile', 'overlay', 'pgo', 'pkgdir', 'tags', 'toolexec', 'o', 'count', 'cpu', 'fuzz', 'fuzztime', 'fuzzminimizetime', 'list', 'parallel', 'run', 'skip', 'timeout', 'vet', 'bench', 'benchtime', 'blockprofile', 'blockprofilerate', 'coverprofile', 'cpuprofile', 'memprofile', 'memprofilerate', 'mutexprofile', 'mutexprofilefraction', 'outputdir', 'trace', 'exec', 'shuffle']);
