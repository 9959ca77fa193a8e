// godiag route and doctor --runtime vs the by-hand commands they replace, paired in one run.
// Run: npx tsx bench/modules.ts   (after npm run build; the runtime pair uses proxy.golang.org)
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { paired, timeCommand } from './lib.js';
import { routeModule, routeEnvFrom } from '../src/knowledge/goproxy.js';

const CLI = 'dist/godiag.js';
if (!existsSync(CLI)) throw new Error('run npm run build first');
const dir = mkdtempSync(path.join(os.tmpdir(), 'godiag-bench-mod-'));
writeFileSync(path.join(dir, 'go.mod'), 'module example.com/app\n\ngo 1.21\n\nrequire (\n\tgithub.com/stretchr/testify v1.9.0\n\tgit.corp.internal/team/api v0.3.0\n\tgolang.org/x/text v0.14.0\n)\n');
const env = { ...process.env, NO_COLOR: '1', GOPRIVATE: 'git.corp.internal', GOTOOLCHAIN: 'local' };

// What a user types to learn the same about module routing (and still has to reason about).
const ROUTE_BY_HAND = `
go env GOPROXY GOSUMDB GOPRIVATE GONOPROXY GONOSUMDB GOINSECURE GOAUTH GOFLAGS
sed -n '/^require/,/^)/p' go.mod
grep -o '^machine [^ ]*' ~/.netrc 2>/dev/null
git config --get-regexp '^url\\..*\\.insteadof$'
git config --get-all credential.helper
command -v git hg
true`;

// What the runtime layer does, typed by hand.
const RUNTIME_BY_HAND = `
set -e
T=$(mktemp -d); cd "$T"
printf 'module godiag.test/probe\\n\\ngo 1.18\\n' > go.mod
printf 'package main\\nimport "fmt"\\nfunc main() { fmt.Println("hi") }\\n' > main.go
go build -o hello . && ./hello >/dev/null
mkdir cgo && cd cgo && cp ../go.mod . && printf 'package main\\n/*\\nint a(void){return 1;}\\n*/\\nimport "C"\\nfunc main() { println(C.a()) }\\n' > main.go
CGO_ENABLED=1 go build -o hello . && ./hello 2>/dev/null; cd ..
GOMODCACHE="$T/mc" GOFLAGS=-modcacherw go mod download -json rsc.io/quote@v1.5.2 >/dev/null
for t in linux/amd64 linux/arm64 darwin/arm64 windows/amd64; do GOOS=\${t%/*} GOARCH=\${t#*/} CGO_ENABLED=0 go build -o "x-\${t%/*}-\${t#*/}" .; done
go version -m x-* >/dev/null
cd /; rm -rf "$T"`;

console.log('godiag modules/runtime benchmark (medians of paired runs)');
paired('route (3 requirements) vs by-hand commands', () => timeCommand(process.execPath, [CLI, 'route', '--cwd', dir], env), () => timeCommand('bash', ['-c', ROUTE_BY_HAND], env, dir), 9, 1.5);
paired('doctor --runtime vs by-hand probe script', () => timeCommand(process.execPath, [CLI, 'doctor', '--runtime', '--format', 'json', '--cwd', dir], env), () => timeCommand('bash', ['-c', RUNTIME_BY_HAND], env), 3, 1.5);

// In-process routing throughput (no anchor: the go command has no offline equivalent).
const renv = routeEnvFrom((k) => ({ GOPRIVATE: '*.corp.example.com,github.com/acme', GOPROXY: 'https://athens.corp.example.com|https://proxy.golang.org,direct' } as Record<string, string>)[k]);
const paths = Array.from({ length: 20_000 }, (_, i) => (i % 3 ? `github.com/org${i}/repo${i}/v2` : `git${i}.corp.example.com/team/svc`));
const start = performance.now();
for (const p of paths) routeModule(renv, p);
const ms = performance.now() - start;
console.log(`${'routeModule, 20k paths in process'.padEnd(44)} ${ms.toFixed(1)} ms  (${Math.round(paths.length / (ms / 1000))} routes/s)`);
rmSync(dir, { recursive: true, force: true });
