// Verify-area facts for the toolchain integrity rules' tables.
import type { ToolchainVerification } from '../../src/facts/schema/verify.js';
import type { AnyRule } from '../../src/engine/define-rule.js';
import { check, factsWith } from './rules.js';

export const H = (c: string) => c.repeat(64);
export function tree(over: Partial<ToolchainVerification> = {}): ToolchainVerification {
  return {
    goroot: '/usr/local/go', release: 'go1.26.8', platform: 'linux/amd64', installKind: 'official-tarball',
    reference: { kind: 'module-zip', paths: ['/m/cache/download/golang.org/toolchain/@v/v0.0.1-go1.26.8.linux-amd64.zip'], module: 'golang.org/toolchain@v0.0.1-go1.26.8.linux-amd64', recordedHash: 'h1:a=', computedHash: 'h1:a=', note: null },
    expectedFiles: 11518, matched: 11518, renamedGoMod: 20, modified: [], missing: [], missingCount: 0, extra: [], extraCount: 0,
    outsideCoverage: { 'test/': 3454, 'api/': 29 }, outsideCoverageCount: 3483, hashedFiles: 11518, hashedBytes: 215e6, ms: 6000,
    ...over,
  };
}
export const goenvEdit = (to: string, key = 'GOTOOLCHAIN', from = 'auto') => ({ path: 'go.env', algorithm: 'sha256' as const, expected: H('a'), actual: H('b'), diff: `-${key}=${from}\n+${key}=${to}\n`, envChanges: [{ key, from, to }] });

export const run = (rule: AnyRule, ...trees: ToolchainVerification[]) => check(rule, factsWith({ verify: { toolchains: trees } }));
