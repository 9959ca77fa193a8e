// Differential test: our MatchPrefixPatterns and path.Match against the real ones, compiled
// from golang.org/x/mod (fetched once through the Go module proxy, cached under .cache/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { matchPrefixPatterns, pathMatch } from '../../src/knowledge/goprivate.js';

const XMOD = 'golang.org/x/mod@v0.43.0';
const PROGRAM = `package main

import (
	"bufio"
	"fmt"
	"os"
	"path"
	"strings"

	"golang.org/x/mod/module"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for sc.Scan() {
		glob, target, _ := strings.Cut(sc.Text(), "\\t")
		m, err := path.Match(glob, target)
		fmt.Fprintln(w, module.MatchPrefixPatterns(glob, target), m, err != nil)
	}
}
`;

function run(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; input?: string }): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(cmd, args, { cwd: opts.cwd, env: opts.env, timeout: 180_000, maxBuffer: 64 << 20 }, (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }));
    if (opts.input !== undefined) child.stdin!.end(opts.input);
  });
}

/** Build the oracle once per program text; null (with why) when x/mod cannot be fetched. */
async function oracle(): Promise<{ bin: string } | { skip: string }> {
  const key = createHash('sha256').update(PROGRAM + XMOD).digest('hex').slice(0, 16);
  const dir = path.resolve('.cache/xmod-oracle', key);
  const bin = path.join(dir, 'oracle');
  if (existsSync(bin)) return { bin };
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'main.go'), PROGRAM);
  writeFileSync(path.join(dir, 'go.mod'), 'module godiag.test/oracle\n\ngo 1.22\n');
  const env = { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-modcacherw', GOMODCACHE: path.resolve('.cache/xmod-oracle/modcache'), GOWORK: 'off' };
  const get = await run('/usr/local/go/bin/go', ['get', XMOD], { cwd: dir, env });
  if (get.code !== 0) return { skip: `cannot fetch ${XMOD} through the module proxy: ${get.stderr.trim().split('\n').pop()}` };
  const build = await run('/usr/local/go/bin/go', ['build', '-o', bin, '.'], { cwd: dir, env });
  assert.equal(build.code, 0, build.stderr);
  return { bin };
}

/** Deterministic pseudo-random strings over the characters that matter to the matchers. */
function cases(n: number): Array<[string, string]> {
  let seed = 0x9e3779b9;
  const rnd = (k: number) => { seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0; return seed % k; };
  const globParts = ['*', '*', '?', 'a', 'b', 'corp', '.', '/', '/', ',', ' ', '[a-c]', '[^b]', '[', ']', '-', '\\', '\\*', 'x.io', '**', '[]a]', 'é'];
  const targetParts = ['a', 'b', 'corp', '.', '/', 'x.io', 'c', '-', '*', ']', 'é', 'v2'];
  const out: Array<[string, string]> = [];
  for (let i = 0; i < n; i++) {
    const g = Array.from({ length: 1 + rnd(6) }, () => globParts[rnd(globParts.length)]).join('');
    const t = Array.from({ length: 1 + rnd(7) }, () => targetParts[rnd(targetParts.length)]).join('');
    out.push([g, t]);
  }
  return out;
}

test('MatchPrefixPatterns and path.Match agree with golang.org/x/mod and Go on 20000 generated cases', { timeout: 300_000 }, async (t) => {
  const o = await oracle();
  if ('skip' in o) { t.skip(o.skip); return; }
  const all = cases(20_000);
  const r = await run(o.bin, [], { cwd: process.cwd(), env: {}, input: all.map(([g, x]) => `${g}\t${x}`).join('\n') + '\n' });
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, all.length);
  let mismatches = 0;
  const shown: string[] = [];
  all.forEach(([g, x], i) => {
    const pm = pathMatch(g, x);
    const ours = `${matchPrefixPatterns(g, x)} ${pm.matched} ${pm.bad}`;
    if (ours !== lines[i]) { mismatches++; if (shown.length < 10) shown.push(`${JSON.stringify(g)} ${JSON.stringify(x)}: ours ${ours}, Go ${lines[i]}`); }
  });
  assert.equal(mismatches, 0, shown.join('\n'));
  assert.ok(lines.some((l) => l.startsWith('true')) && lines.some((l) => l.endsWith('true')), 'the cases exercise matches and bad patterns');
});
