// Classify the go command's failure output into causes a user can act on. Pure; the patterns
// are the error texts of net (dial/lookup), crypto/x509, cmd/go/internal/web (HTTP status),
// modfetch (proxy, sumdb), cmd/cgo and toolchain selection.
import type { Failure, FailureClass } from '../facts/schema/runtime.js';
import type { ExecResult } from './exec.js';
import { redactUserinfo } from '../knowledge/goproxy.js';

const RULES: Array<[RegExp, FailureClass]> = [
  [/go: parsing \$GOFLAGS|GOFLAGS.*unknown flag|invalid value ".*" for flag .* in \$GOFLAGS/i, 'goflags'],
  [/requires go >= \S+ \(running go \S+; GOTOOLCHAIN=|toolchain not available|switching to go\S+|go: downloading go1\.\d/i, 'toolchain-switch'],
  [/cgo: C compiler "[^"]*" not found|exec: "[^"]*(gcc|clang|cc)": executable file not found|C compiler .* not found/i, 'no-c-compiler'],
  [/fork\/exec .*: permission denied|EACCES|spawn .* permission denied|exec format error: permission denied/i, 'noexec'],
  [/x509: certificate signed by unknown authority|x509: certificate is not trusted|certificate verify failed|x509: .*certificate/i, 'x509'],
  [/lookup \S+( on \S+)?: (no such host|server misbehaving|Temporary failure in name resolution)|no such host|dial tcp: lookup/i, 'dns'],
  [/connect: connection refused|connection refused/i, 'connection-refused'],
  [/i\/o timeout|TLS handshake timeout|context deadline exceeded|Client\.Timeout exceeded|timed out after/i, 'timeout'],
  [/module lookup disabled by GOPROXY=off/i, 'proxy-off'],
  [/: 401 Unauthorized|terminal prompts disabled|could not read Username/i, 'http-401'],
  [/: 403 Forbidden/i, 'http-403'],
  [/: 410 Gone/i, 'http-410'],
  [/: 404 Not Found/i, 'http-404'],
  [/: 5\d\d [A-Z][A-Za-z ]+/, 'http-5xx'],
];

/** The interesting lines of go's output: errors, not "go: downloading" chatter. */
function detailOf(text: string): string {
  const lines = text.split('\n').map((l) => l.trimEnd()).filter((l) => l && !/^go: (downloading|finding|extracting) /.test(l));
  return redactUserinfo(lines.slice(0, 6).join('\n')).replace(/(https?:\/\/)[^/\s@]*@/g, '$1xxxxx@');
}

/** The URL the error names (proxy or sumdb request), credentials redacted. */
function urlOf(text: string): string | null {
  const m = /(?:reading|Get "?|fetching) ?"?(https?:\/\/[^\s":]+(?::\d+)?[^\s":]*)/.exec(text);
  return m ? redactUserinfo(m[1]!).replace(/(https?:\/\/)[^/\s@]*@/, '$1xxxxx@') : null;
}

function whereOf(text: string, cls: FailureClass): Failure['where'] {
  if (cls === 'noexec' || cls === 'no-c-compiler' || cls === 'goflags' || cls === 'toolchain-switch') return 'local';
  if (/verifying (module|go\.mod)|\/lookup\/|\/sumdb\/|\/tile\/|checksum database/i.test(text)) return 'sumdb';
  if (/git |hg |svn |fossil |bzr |go-get=1|unrecognized import path|terminal prompts disabled|could not read Username/i.test(text)) return 'origin';
  return 'proxy';
}

/** Classify one failed command; null when it did not fail. */
export function classifyFailure(r: Pick<ExecResult, 'ok' | 'code' | 'stdout' | 'stderr' | 'timedOut' | 'error'>): Failure | null {
  if (r.ok && r.code === 0) return null;
  // `go mod download -json` reports errors inside its JSON on stdout.
  const text = [r.stderr, jsonErrors(r.stdout), r.error ?? ''].filter(Boolean).join('\n');
  let cls: FailureClass = r.timedOut ? 'timeout' : 'other';
  if (!r.timedOut) for (const [re, c] of RULES) if (re.test(text)) { cls = c; break; }
  return { class: cls, where: whereOf(text, cls), url: urlOf(text), detail: detailOf(text) || `exit status ${r.code ?? 'unknown'}` };
}

function jsonErrors(stdout: string): string {
  const errs: string[] = [];
  for (const m of stdout.matchAll(/"Error":\s*"((?:[^"\\]|\\.)*)"/g)) {
    try { errs.push(JSON.parse(`"${m[1]}"`) as string); } catch { errs.push(m[1]!); }
  }
  return errs.join('\n');
}
