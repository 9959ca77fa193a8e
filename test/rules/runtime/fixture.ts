// Runtime facts for rule tests. Failures go through the real classifier, fed with the go
// command's real error texts (recorded from go1.26 against the loopback servers of
// test/helpers/module-proxy.ts, and for DNS from a lookup of nonexistent.invalid).
import type { RuntimeFacts, RuntimeStep } from '../../../src/facts/schema/runtime.js';
import { classifyFailure } from '../../../src/collectors/runtime-classify.js';
import { factsWith } from '../../helpers/rules.js';

export const GO_ERRORS = {
  proxy404: 'example.com/tiny@v1.0.0: reading http://127.0.0.1:44361/example.com/tiny/@v/v1.0.0.info: 404 Not Found\n\tserver response: status 404',
  proxy410: 'example.com/tiny@v1.0.0: reading http://127.0.0.1:34943/example.com/tiny/@v/v1.0.0.info: 410 Gone\n\tserver response: status 410',
  proxy403: 'example.com/tiny@v1.0.0: reading http://127.0.0.1:40281/example.com/tiny/@v/v1.0.0.info: 403 Forbidden\n\tserver response: status 403',
  proxy500: 'example.com/tiny@v1.0.0: reading http://127.0.0.1:33149/example.com/tiny/@v/v1.0.0.info: 500 Internal Server Error\n\tserver response: status 500',
  sumdb404: 'example.com/tiny@v1.0.0: verifying go.mod: example.com/tiny@v1.0.0/go.mod: reading http://127.0.0.1:33527/lookup/example.com/tiny@v1.0.0: 404 Not Found\n\tserver response: status 404',
  sumdb410: 'example.com/tiny@v1.0.0: verifying go.mod: example.com/tiny@v1.0.0/go.mod: reading http://127.0.0.1:38501/lookup/example.com/tiny@v1.0.0: 410 Gone\n\tserver response: status 410',
  x509: 'example.com/tiny@v1.0.0: Get "https://127.0.0.1:46861/example.com/tiny/@v/v1.0.0.info": tls: failed to verify certificate: x509: certificate signed by unknown authority',
  refused: 'example.com/tiny@v1.0.0: Get "http://127.0.0.1:1/example.com/tiny/@v/v1.0.0.info": dial tcp 127.0.0.1:1: connect: connection refused',
  dns: 'example.com/tiny@v1.0.0: Get "https://nonexistent.invalid/example.com/tiny/@v/v1.0.0.info": dial tcp: lookup nonexistent.invalid on 10.255.255.53:53: no such host',
  off: 'example.com/tiny@v1.0.0: module lookup disabled by GOPROXY=off',
  noexec: 'fork/exec /tmp/noexec/godiag-runtime-abc/hello/hello: permission denied',
  noCC: '# runtime/cgo\ncgo: C compiler "/nonexistent/cc" not found: exec: "/nonexistent/cc": stat /nonexistent/cc: no such file or directory',
  toolchain: 'go: go.mod requires go >= 1.99.0 (running go 1.26.0; GOTOOLCHAIN=local)',
  goflags: 'go: parsing $GOFLAGS: unknown flag -notaflag',
};

/** A step that failed with this output (in go mod download -json form for downloads). */
export function failed(name: RuntimeStep['name'], text: string, target: string | null = null): RuntimeStep {
  const json = name === 'download' ? JSON.stringify({ Path: 'example.com/tiny', Version: 'v1.0.0', Error: text }, null, '\t') : '';
  const failure = classifyFailure({ ok: true, code: 1, stdout: json, stderr: name === 'download' ? '' : text, timedOut: false });
  return { name, target, status: 'failed', ms: 10, command: `go ${name}`, failure, skipped: null, binary: null, problems: [] };
}

export function ok(name: RuntimeStep['name'], target: string | null = null): RuntimeStep {
  return { name, target, status: 'ok', ms: 10, command: `go ${name}`, failure: null, skipped: null, binary: null, problems: [] };
}

export function runtimeFacts(steps: RuntimeStep[], over: Partial<RuntimeFacts> = {}): RuntimeFacts {
  return {
    goBinary: '/usr/local/go/bin/go', tempDir: '/tmp/godiag-runtime-abc', tempRemoved: true,
    network: { module: 'example.com/tiny@v1.0.0', goproxy: 'http://127.0.0.1:44361', gosumdb: 'sum.golang.org' },
    cc: { value: 'gcc', explicit: false, found: '/usr/bin/gcc' }, gotoolchain: 'local', steps, ...over,
  };
}

export const facts = (steps: RuntimeStep[], over: Partial<RuntimeFacts> = {}) => factsWith({ runtime: runtimeFacts(steps, over) });
